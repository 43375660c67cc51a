import { parseWith } from '../../../core/inputs/common';
import { finansmanLoan } from '../../../core/inputs/finansman-input';
import { formatIssues } from '../../../core/lib/validation';
import type { FinansmanEvaluation } from '../../../core/programmes/finansman-2026/evaluate';
import { parameterLines } from '../../../core/programmes/finansman-2026/parameter-report';
import { BUILT_IN_REFERENCE } from '../../../core/rules';
import { formatRowError } from '../../../db/imports/row-error';
import { enterpriseMonthlyPekTotals } from '../../../db/repositories/enterprise-pek';
import { getEnterprise } from '../../../db/repositories/enterprises';
import {
  getFinansmanApplication,
  getFinansmanLoan,
  listFinansmanApplicationsOfEnterprise,
  listFinansmanDecisions,
  type FinansmanApplication,
  type FinansmanDecisionRecord,
} from '../../../db/repositories/finansman-applications';
import { decideFinansmanApplication, finansmanDecisionSnapshot } from '../../../db/repositories/finansman-case';
import { getUser } from '../../../db/repositories/users';
import { listTransitions } from '../../../db/repositories/workflow-records';
import { withWrite } from '../../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../../contract';
import { finansmanStateLabel, type FinansmanEvaluationDto } from '../../contract/finansman';
import { actorOf, type SignedInCall } from '../app-context';
import { notFound, ServiceError } from '../service-error';
import { decisionIsCurrent } from './finansman-decisions';
import { createFinansmanCase, evaluateFinansmanApplication } from './finansman-service';
import { allowedTransitions, transition as workflowTransition } from '../workflows/workflow-service';
import { finansmanApplicationState as finansmanState } from '../workflows/workflow-subject';

/** The credit line's channels (electron/contract/finansman.ts) over the plain service and the one workflow service (kind `finansman_application`). */

function names(call: SignedInCall): (id: number | null) => string {
  const known = new Map<number, string>();
  return (id) => {
    if (id === null) return 'Sistem';
    let name = known.get(id);
    if (name === undefined) {
      name = getUser(call.app.db, id)?.fullName ?? `#${id}`;
      known.set(id, name);
    }
    return name;
  };
}

function applicationOf(call: SignedInCall, applicationId: number): FinansmanApplication {
  const application = getFinansmanApplication(call.app.db, applicationId);
  if (application === undefined) throw notFound('Finansman desteği başvurusu');
  return application;
}

/** The evaluation in the contract's shape: every check, the schedule with its running total and formulas, the employment status. */
export function evaluationDto(evaluation: FinansmanEvaluation): FinansmanEvaluationDto {
  const snapshot = finansmanDecisionSnapshot(evaluation);
  const { support } = snapshot;
  return {
    callName: snapshot.callName,
    provisional: snapshot.provisional,
    asOf: snapshot.asOf,
    eligible: snapshot.eligible,
    checks: snapshot.checks.map((check) => ({ ...check })),
    failed: [...snapshot.failed],
    missingData: [...snapshot.missingData],
    payrollLimitTRY: snapshot.payrollLimitTRY,
    supportArticle: support.article,
    schedule: {
      points: support.points,
      ratePercent: support.ratePercent,
      wholeInterest: evaluation.schedule.wholeInterest,
      rows: support.installments.map((row) => ({ ...row })),
      totalInterestTRY: support.totalInterestTRY,
      totalSupportTRY: support.totalSupportTRY,
      totalEnterprisePaysTRY: support.totalEnterprisePaysTRY,
    },
    employment: {
      baseExplanation: snapshot.employment.baseExplanation,
      months: snapshot.employment.months.map((month) => month.text),
      gap: snapshot.employment.gap,
    },
  };
}

function decisionDto(call: SignedInCall, decision: FinansmanDecisionRecord, latest: boolean, nameOf = names(call)) {
  return {
    id: decision.id,
    eligible: decision.eligible,
    totalSupportTRY: decision.totalSupportTRY,
    rulesVersion: decision.rulesVersion,
    decidedAt: decision.decidedAt,
    decidedBy: nameOf(decision.decidedByUserId),
    current: latest && decisionIsCurrent(call.app.db, decision),
  };
}

export function create(call: SignedInCall, request: ChannelRequest<'finansman:create'>): ChannelResponse<'finansman:create'> {
  if (getEnterprise(call.app.db, request.enterpriseId) === undefined) throw notFound('İşletme');
  const loan = parseWith(finansmanLoan, request.loan);
  if (!loan.ok) throw new ServiceError('invalid-input', `Kredi bilgisi geçersiz: ${formatIssues(loan.issues)}`);
  const applicationId = createFinansmanCase(call.app.db, actorOf(call.user), {
    enterpriseId: request.enterpriseId,
    call: request.call,
    size: request.size,
    appliedOn: request.appliedOn,
    bankName: request.bankName ?? null,
    loan: loan.value,
  });
  const state = finansmanState(call.app.db, applicationOf(call, applicationId));
  return { applicationId, state, stateLabel: finansmanStateLabel(state) };
}

export function list(call: SignedInCall, request: ChannelRequest<'finansman:list'>): ChannelResponse<'finansman:list'> {
  const { db } = call.app;
  if (getEnterprise(db, request.enterpriseId) === undefined) throw notFound('İşletme');
  return {
    applications: listFinansmanApplicationsOfEnterprise(db, request.enterpriseId).map((application) => {
      const state = finansmanState(db, application);
      return {
        id: application.id,
        call: application.call,
        appliedOn: application.appliedOn,
        bankName: application.bankName,
        state,
        stateLabel: finansmanStateLabel(state),
        amountTRY: getFinansmanLoan(db, application.id)?.amountTRY ?? null,
      };
    }),
  };
}

export function get(call: SignedInCall, request: ChannelRequest<'finansman:get'>): ChannelResponse<'finansman:get'> {
  const { db } = call.app;
  const application = applicationOf(call, request.applicationId);
  const enterprise = getEnterprise(db, application.enterpriseId);
  if (enterprise === undefined) throw notFound('İşletme');
  const nameOf = names(call);
  const state = finansmanState(db, application);
  const loan = getFinansmanLoan(db, application.id);
  const evaluated = evaluateFinansmanApplication(db, application.id);
  const asOf = application.appliedOn ?? call.app.today();
  return {
    application: {
      id: application.id,
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.unvan,
      enterpriseVkn: enterprise.vkn,
      call: application.call,
      size: application.size,
      appliedOn: application.appliedOn,
      bankName: application.bankName,
      decidedOn: application.decidedOn,
      state,
      stateLabel: finansmanStateLabel(state),
      allowed: allowedTransitions(call.user, { kind: 'finansman_application', state }),
    },
    loan:
      loan === undefined
        ? null
        : {
            amountTRY: loan.amountTRY,
            annualRatePercent: loan.annualRatePercent,
            drawnOn: [...loan.drawnOn],
            termMonths: loan.termMonths,
            graceMonths: loan.graceMonths,
            installments: loan.installments.length,
          },
    payrollPEK: enterpriseMonthlyPekTotals(db, enterprise.id),
    evaluation: evaluated.ok ? evaluationDto(evaluated.value) : null,
    notEvaluable: evaluated.ok ? null : formatIssues(evaluated.issues),
    parameters: parameterLines(BUILT_IN_REFERENCE.finansmanCalls[application.call], asOf).map((line) => ({
      key: line.key,
      label: line.label,
      value: line.value,
      provisional: line.source?.provisional === true,
      article: line.source?.article ?? null,
      act: line.source?.act ?? null,
      lastConfirmed: line.source?.lastConfirmed ?? null,
    })),
    decisions: listFinansmanDecisions(db, application.id).map((decision, index) => decisionDto(call, decision, index === 0, nameOf)),
    transitions: listTransitions(db, 'finansman_application', application.id).map((item) => ({
      from: item.fromState,
      to: item.toState,
      toLabel: finansmanStateLabel(item.toState),
      userId: item.userId,
      userName: nameOf(item.userId),
      at: item.at,
      note: item.note,
      facts: item.facts,
    })),
  };
}

/** States in which the officer evaluates; in the müdür's hands or decided, the stored evaluation stays as it was. */
const EVALUATING_STATES: readonly string[] = ['basvuru_alindi', 'degerlendirmede'];

export function evaluate(call: SignedInCall, request: ChannelRequest<'finansman:evaluate'>): ChannelResponse<'finansman:evaluate'> {
  const { db } = call.app;
  const application = applicationOf(call, request.applicationId);
  const state = finansmanState(db, application);
  if (!EVALUATING_STATES.includes(state)) {
    throw new ServiceError(
      'conflict',
      `Başvuru "${finansmanStateLabel(state)}" durumunda: değerlendirme yalnızca başvuru alındıktan sonra ve müdüre gönderilmeden önce yapılır.`,
    );
  }
  return withWrite(db, actorOf(call.user), (w) => {
    const result = decideFinansmanApplication(w, application.id, { decidedByUserId: call.user.id });
    if (!result.ok) throw new ServiceError('invalid-input', `Değerlendirilemedi: ${result.reason}`);
    return { decision: decisionDto(call, result.decision, true), evaluation: evaluationDto(result.evaluation) };
  });
}

/** The same move as `workflow:transition` with kind `finansman_application`, under the credit line's own name. */
export function transition(call: SignedInCall, request: ChannelRequest<'finansman:transition'>): ChannelResponse<'finansman:transition'> {
  return workflowTransition(call, {
    kind: 'finansman_application',
    recordId: request.applicationId,
    to: request.to,
    note: request.note,
  });
}

export async function importPek(
  call: SignedInCall,
  request: ChannelRequest<'finansman:import-pek'>,
): Promise<ChannelResponse<'finansman:import-pek'>> {
  const enterprise = getEnterprise(call.app.db, request.enterpriseId);
  if (enterprise === undefined) throw notFound('İşletme');
  // Loaded on first use: the spreadsheet reader behind it is heavy and the app must start fast.
  const { importPekFile } = await import('../../../db/finansman/import-pek');
  const result = await importPekFile(call.app.db, actorOf(call.user), {
    fileName: request.fileName,
    bytes: Buffer.from(request.contentBase64, 'base64'),
    enterpriseId: enterprise.id,
  });
  switch (result.kind) {
    case 'imported': {
      const { counts } = result;
      return {
        outcome: 'imported',
        months: [...counts.months],
        message:
          `İçe aktarıldı: ${request.fileName} → ${enterprise.unvan}: ${counts.dataRows} satır, ${counts.months.length} ay; ` +
          `${counts.inserted} ay eklendi, ${counts.updated} güncellendi, ${counts.unchanged} değişmedi (içe aktarma no ${result.batch.id}).`,
      };
    }
    case 'already-imported':
      return {
        outcome: 'already-imported',
        months: [],
        message: `Bu dosya bu işletme için zaten içe aktarılmış (içe aktarma no ${result.batch.id}, ${result.batch.fileName}): hiçbir şey değişmedi.`,
      };
    case 'rejected':
      throw new ServiceError('invalid-input', `${result.reason} Dosya içe aktarılmadı.`);
    case 'row-errors':
      throw new ServiceError(
        'invalid-input',
        [
          `${result.errors.length} hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.`,
          ...result.errors.slice(0, 20).map(formatRowError),
        ].join('\n'),
      );
  }
}
