import { evaluateEligibility } from '../../core/rules';
import { formatIssues } from '../../core/lib/validation';
import { createApplication, getApplication, type Application } from '../../db/repositories/applications';
import { loadEligibility } from '../../db/repositories/case-loading';
import { answerEligibilityItems } from '../../db/repositories/impact-items';
import { loadRuleReference } from '../../db/repositories/rule-reference';
import { getEnterprise, enterpriseProvinces } from '../../db/repositories/enterprises';
import { listEvaluations, saveEvaluation, type StoredEvaluation } from '../../db/repositories/evaluations';
import { listMonitoringVisits } from '../../db/repositories/monitoring-visits';
import { loadPaymentDecision } from '../../db/repositories/payment-decisions';
import { listPaymentRequests } from '../../db/repositories/payment-requests';
import { historyOfRows } from '../../db/repositories/record-history';
import { getUser } from '../../db/repositories/users';
import { getVisitReport } from '../../db/repositories/visit-reports';
import { getWorkflowStates, listTransitions } from '../../db/repositories/workflow-records';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { CheckResultDto } from '../contract/values';
import { stateLabel } from '../contract/workflow-catalogue';
import { actorOf, type SignedInCall } from './app-context';
import { canonicalProvince } from './provinces';
import { notFound, ServiceError } from './service-error';
import { applicationWorkflow, impliedPaymentState, impliedVisitState } from './workflows/current-state';
import { allowedTransitions } from './workflows/workflow-service';
import { applicationState } from './workflows/workflow-subject';

/** A case file as the UI shows it, its history, its evaluation (issue 13 item 1). */

/** Users' full names, looked up once each as needed (a case names a handful of users, the müdürlük has hundreds). */
function userNames(call: SignedInCall): { get(id: number): string | undefined } {
  const known = new Map<number, string | undefined>();
  return {
    get(id) {
      if (!known.has(id)) known.set(id, getUser(call.app.db, id)?.fullName);
      return known.get(id);
    },
  };
}

function checksOf(result: Readonly<Record<string, unknown>>): CheckResultDto[] {
  const checks = result['checks'];
  return Array.isArray(checks) ? (checks as CheckResultDto[]) : [];
}

function evaluationDto(evaluation: StoredEvaluation, names: { get(id: number): string | undefined }) {
  return {
    id: evaluation.id,
    eligible: evaluation.eligible,
    checks: checksOf(evaluation.result),
    rulesVersion: evaluation.rulesVersion,
    preparedBy: names.get(evaluation.preparedByUserId) ?? `#${evaluation.preparedByUserId}`,
    createdAt: evaluation.createdAt,
  };
}

function requireApplication(call: SignedInCall, id: number): Application {
  const application = getApplication(call.app.db, id);
  if (application === undefined) throw notFound('Başvuru');
  return application;
}

export function getCase(call: SignedInCall, request: ChannelRequest<'case:get'>): ChannelResponse<'case:get'> {
  const { db } = call.app;
  const application = requireApplication(call, request.applicationId);
  const enterprise = getEnterprise(db, application.enterpriseId);
  if (enterprise === undefined) throw notFound('İşletme');
  const names = userNames(call);
  const workflow = applicationWorkflow(application);
  const state = applicationState(db, application);
  const requests = listPaymentRequests(db, application.id);
  const requestStates = getWorkflowStates(
    db,
    'payment_request',
    requests.map((item) => item.id),
  );
  const visits = listMonitoringVisits(db, application.id);
  const visitStates = getWorkflowStates(
    db,
    'monitoring_visit',
    visits.map((item) => item.id),
  );
  return {
    application: {
      id: application.id,
      program: application.program,
      workflow,
      state,
      stateLabel: stateLabel(workflow, state),
      appliedOn: application.appliedOn,
      approvedOn: application.approvedOn,
      applicationProvince: application.applicationProvince,
      responsibleUserId: application.responsibleUserId,
      responsibleUserName: application.responsibleUserId === null ? null : (names.get(application.responsibleUserId) ?? null),
      terminatedOn: application.terminatedOn,
      allowed: allowedTransitions(call.user, { kind: workflow, state }),
    },
    enterprise: { ...enterprise },
    transitions: listTransitions(db, workflow, application.id).map((item) => ({
      from: item.fromState,
      to: item.toState,
      toLabel: stateLabel(workflow, item.toState),
      userId: item.userId,
      userName: names.get(item.userId) ?? `#${item.userId}`,
      at: item.at,
      note: item.note,
      facts: item.facts === null ? null : { ...item.facts },
    })),
    evaluations: listEvaluations(db, application.id).map((evaluation) => evaluationDto(evaluation, names)),
    paymentRequests: requests.map((item) => {
      const itemState = requestStates.get(item.id) ?? impliedPaymentState(item);
      const decision = item.status === 'DECIDED' ? loadPaymentDecision(db, item.id) : undefined;
      return {
        id: item.id,
        submittedOn: item.submittedOn,
        months: item.months === null ? null : [...item.months],
        periods: item.periods === null ? null : [...item.periods],
        state: itemState,
        stateLabel: stateLabel('payment_request', itemState),
        decided: item.status === 'DECIDED',
        approved: item.approved,
        amount: item.amount,
        currency: item.currency,
        checks:
          decision?.ok === true
            ? decision.value.parts.flatMap((part) =>
                part.checks.map((check) => ({
                  code: check.code,
                  article: check.article,
                  outcome: check.outcome,
                  explanation: check.explanation,
                })),
              )
            : [],
        allowed: allowedTransitions(call.user, { kind: 'payment_request', state: itemState }),
      };
    }),
    visits: visits.map((visit) => {
      const visitState = visitStates.get(visit.id) ?? impliedVisitState(visit);
      return {
        id: visit.id,
        kind: visit.kind,
        dueOn: visit.dueOn,
        visitedOn: visit.visitedOn,
        outcome: visit.outcome,
        visitorUserId: visit.visitorUserId,
        visitorName: visit.visitorUserId === null ? null : (names.get(visit.visitorUserId) ?? null),
        state: visitState,
        stateLabel: stateLabel('monitoring_visit', visitState),
        hasReport: getVisitReport(db, visit.id) !== undefined,
        allowed: allowedTransitions(call.user, { kind: 'monitoring_visit', state: visitState }),
      };
    }),
  };
}

/** Who changed what and when: the audit entries of the application and of every record of its file. */
export function history(call: SignedInCall, request: ChannelRequest<'case:history'>): ChannelResponse<'case:history'> {
  const { db } = call.app;
  const application = requireApplication(call, request.applicationId);
  const names = userNames(call);
  const rows = [
    { table: 'applications', id: application.id },
    ...listPaymentRequests(db, application.id).map((item) => ({ table: 'payment_requests', id: item.id })),
    ...listMonitoringVisits(db, application.id).map((item) => ({ table: 'monitoring_visits', id: item.id })),
    ...listEvaluations(db, application.id).map((item) => ({ table: 'evaluations', id: item.id })),
  ];
  return {
    entries: historyOfRows(db, rows).map((entry) => {
      const before = entry.before === null ? {} : (JSON.parse(entry.before) as Record<string, unknown>);
      const after = entry.after === null ? {} : (JSON.parse(entry.after) as Record<string, unknown>);
      const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
        (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
      );
      const userId = /^user:(\d+)$/.exec(entry.actor)?.[1];
      return {
        at: entry.at,
        who: userId === undefined ? entry.actor : (names.get(Number(userId)) ?? entry.actor),
        what: ACTION_LABELS[entry.action] ?? entry.action,
        table: entry.tableName,
        rowId: entry.rowId,
        changes: fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
      };
    }),
  };
}

const ACTION_LABELS: Readonly<Record<string, string>> = { insert: 'oluşturdu', update: 'değiştirdi', delete: 'sildi' };

export function createCase(call: SignedInCall, request: ChannelRequest<'application:create'>): ChannelResponse<'application:create'> {
  const province = canonicalProvince(request.applicationProvince);
  if (province === undefined) throw new ServiceError('invalid-input', `Bilinmeyen il: "${request.applicationProvince}".`);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    if (getEnterprise(w.db, request.enterpriseId) === undefined) throw notFound('İşletme');
    if (!enterpriseProvinces(w.db, request.enterpriseId).includes(province)) {
      throw new ServiceError('invalid-input', `İşletmenin ${province} ilinde işyeri yok; başvuru ili işyerlerinden biri olmalı.`);
    }
    const responsible = request.responsibleUserId ?? call.user.id;
    if (getUser(w.db, responsible)?.role !== 'sorumlu_personel' && responsible !== call.user.id) {
      throw new ServiceError('invalid-input', 'Sorumlu kişi bir sorumlu personel olmalı.');
    }
    const itkfdp = request.program === 'ITKFDP-II';
    const application = createApplication(w, {
      enterpriseId: request.enterpriseId,
      program: request.program,
      status: itkfdp ? 'SUBMITTED' : 'DRAFT',
      appliedOn: request.appliedOn,
      applicationProvince: province,
      responsibleUserId: responsible,
      callCalendarId: request.callCalendarId ?? null,
    });
    return { applicationId: application.id, state: itkfdp ? 'banka_onayli' : 'taslak' };
  });
}

/** Eligibility through core/ only, stored with every check, article, explanation and the rule version; `changes` against the previous one. */
export function evaluate(call: SignedInCall, request: ChannelRequest<'case:evaluate'>): ChannelResponse<'case:evaluate'> {
  const { db } = call.app;
  requireApplication(call, request.applicationId);
  const input = loadEligibility(db, request.applicationId);
  if (!input.ok) throw new ServiceError('invalid-input', `Değerlendirme için veri eksik: ${formatIssues(input.issues)}`);
  // The newest stored edition versions (headquarters' corrections included), as the impact of a rule change assumes.
  const decision = evaluateEligibility(input.value, loadRuleReference(db).reference);
  const previous = listEvaluations(db, request.applicationId)[0];
  const stored = withWrite(db, actorOf(call.user), (w) => {
    const saved = saveEvaluation(w, {
      applicationId: request.applicationId,
      eligible: decision.eligible,
      result: { ...decision, checks: decision.checks.map((check) => ({ ...check })) },
      rulesVersion: decision.rulesVersion,
      preparedByUserId: call.user.id,
    });
    // A person re-evaluated the case: the open rule-change items about its eligibility are answered.
    answerEligibilityItems(w, request.applicationId, call.user.id);
    return saved;
  });
  const before = new Map(checksOf(previous?.result ?? {}).map((check) => [check.code, check.outcome]));
  const changes = decision.checks
    .filter((check) => before.get(check.code) !== check.outcome)
    .map((check) => ({ code: check.code, article: check.article, before: before.get(check.code) ?? null, after: check.outcome }));
  return { evaluation: evaluationDto(stored, userNames(call)), changes };
}
