import { evaluateIkdpCase, evaluateItkfdpCase } from '../../core/rules';
import { formatIssues } from '../../core/lib/validation';
import { getApplication, type Application } from '../../db/repositories/applications';
import { loadCase } from '../../db/repositories/case-loading';
import {
  decidePendingRequests,
  ikdpDecisionSnapshots,
  itkfdpDecisionSnapshots,
  loadPaymentDecision,
  type PaymentDecisionSnapshot,
} from '../../db/repositories/payment-decisions';
import { createIkdpPaymentRequest, createItkfdpPaymentRequest, getPaymentRequest } from '../../db/repositories/payment-requests';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import { actorOf, type SignedInCall } from './app-context';
import { notFound, ServiceError } from './service-error';
import { applicationState } from './workflows/workflow-subject';

/**
 * Payment requests (issue 13 item 1): IKDP months or ITKFDP-II periods;
 * decisions only from core/, stored with every check and the rule version;
 * a live preview that evaluates the request as if entered, saving nothing.
 * MADDE 13(2): a terminated IKDP programme takes no new request.
 */

type RequestInput = ChannelRequest<'payment:create'>;

function decisionDto(snapshot: PaymentDecisionSnapshot): ChannelResponse<'payment:preview'>['decision'] {
  return {
    approved: snapshot.approved,
    amount: snapshot.amount,
    currency: snapshot.currency,
    rulesVersion: snapshot.rulesVersion,
    editionName: snapshot.editionName,
    notes: [...snapshot.notes],
    parts: snapshot.parts.map((part) => ({
      label: part.label,
      approved: part.approved,
      amount: part.amount,
      checks: part.checks.map((check) => ({ ...check })),
      amountLines: part.amountLines.map((line) => ({ ...line })),
    })),
  };
}

function checkShape(application: Application, request: RequestInput): void {
  const itkfdp = application.program === 'ITKFDP-II';
  if (itkfdp && (request.periods === undefined || request.months !== undefined)) {
    throw new ServiceError('invalid-input', 'ITKFDP-II talebi dönem numaralarıyla (periods) yapılır, ay ile değil.');
  }
  if (!itkfdp && (request.months === undefined || request.periods !== undefined)) {
    throw new ServiceError('invalid-input', 'İstihdamı Koruma talebi aylarla (months) yapılır, dönem ile değil.');
  }
}

function requireApplication(call: SignedInCall, id: number): Application {
  const application = getApplication(call.app.db, id);
  if (application === undefined) throw notFound('Başvuru');
  return application;
}

function flag<K extends string>(key: K, value: boolean | undefined): { [P in K]?: boolean } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: boolean };
}

export function create(call: SignedInCall, request: RequestInput): ChannelResponse<'payment:create'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const application = requireApplication(call, request.applicationId);
    checkShape(application, request);
    const state = applicationState(w.db, application);
    if (state === 'sonlandirildi')
      throw new ServiceError('conflict', 'Program sonlandırıldı: yeni ödeme talebi işleme alınmaz (MADDE 13(2)).');
    if (!['onaylandi', 'kredi_kullandirildi', 'destek_suresinde'].includes(state)) {
      throw new ServiceError('conflict', 'Ödeme talebi yalnızca onaylanmış bir başvuru için girilir.');
    }
    const created =
      application.program === 'ITKFDP-II'
        ? createItkfdpPaymentRequest(w, {
            applicationId: application.id,
            submittedOn: request.submittedOn,
            periods: request.periods ?? [],
            ...flag('overdueTaxOrSgkDebt', request.overdueTaxOrSgkDebt),
            ...flag('commitmentDeclared', request.commitmentDeclared),
            ...flag('excuseAccepted', request.excuseAccepted),
          })
        : createIkdpPaymentRequest(w, {
            applicationId: application.id,
            submittedOn: request.submittedOn,
            months: request.months ?? [],
            ...flag('taxLiabilityActive', request.taxLiabilityActive),
            ...flag('overdueKosgebDebt', request.overdueKosgebDebt),
          });
    return { paymentRequestId: created.id, state: 'alindi' };
  });
}

export function preview(call: SignedInCall, request: RequestInput): ChannelResponse<'payment:preview'> {
  const application = requireApplication(call, request.applicationId);
  checkShape(application, request);
  const loaded = loadCase(call.app.db, application.id);
  if (!loaded.ok) throw new ServiceError('invalid-input', `Dosyada eksik veri var: ${formatIssues(loaded.issues)}`);
  const input = loaded.value;
  let snapshot: PaymentDecisionSnapshot | undefined;
  if (input.program === 'ITKFDP-II') {
    const requests = [
      ...input.requests,
      {
        periods: [...(request.periods ?? [])],
        submittedOn: request.submittedOn,
        ...flag('overdueTaxOrSgkDebt', request.overdueTaxOrSgkDebt),
        ...flag('commitmentDeclared', request.commitmentDeclared),
        ...flag('excuseAccepted', request.excuseAccepted),
      },
    ];
    snapshot = itkfdpDecisionSnapshots(evaluateItkfdpCase({ ...input, requests }), requests).at(-1);
  } else {
    const requests = [
      ...input.requests,
      {
        submittedOn: request.submittedOn,
        months: [...(request.months ?? [])],
        ...flag('taxLiabilityActive', request.taxLiabilityActive),
        ...flag('overdueKosgebDebt', request.overdueKosgebDebt),
      },
    ];
    snapshot = ikdpDecisionSnapshots(evaluateIkdpCase({ ...input, requests })).at(-1);
  }
  if (snapshot === undefined) throw new Error('the rules returned no decision for the previewed request');
  return { decision: decisionDto(snapshot) };
}

export function evaluate(call: SignedInCall, request: ChannelRequest<'payment:evaluate'>): ChannelResponse<'payment:evaluate'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const application = requireApplication(call, request.applicationId);
    if (application.program !== 'ITKFDP-II' && applicationState(w.db, application) === 'sonlandirildi') {
      throw new ServiceError('conflict', 'Program sonlandırıldı: bekleyen ödeme talepleri işleme alınmaz (MADDE 13(2)).');
    }
    const decided = decidePendingRequests(w, application.id);
    if (!decided.ok) throw new ServiceError('invalid-input', `Dosyada eksik veri var: ${formatIssues(decided.issues)}`);
    return {
      decided: decided.value.map((item) => ({
        paymentRequestId: item.id,
        approved: item.approved === true,
        amount: item.amount ?? '0',
        currency: item.currency ?? (application.program === 'ITKFDP-II' ? 'EUR' : 'TRY'),
      })),
    };
  });
}

export function getDecision(call: SignedInCall, request: ChannelRequest<'payment:get-decision'>): ChannelResponse<'payment:get-decision'> {
  if (getPaymentRequest(call.app.db, request.paymentRequestId) === undefined) throw notFound('Ödeme talebi');
  const loaded = loadPaymentDecision(call.app.db, request.paymentRequestId);
  if (loaded === undefined) return { decision: null };
  if (!loaded.ok) throw new Error('stored decision does not parse');
  return { decision: decisionDto(loaded.value) };
}
