import { parseWith } from '../../core/inputs/common';
import { finansmanCaseInput, type FinansmanCaseInput, type Programme2026HistoryEntry } from '../../core/inputs/finansman-input';
import { formatIssues, invalid, type Validated } from '../../core/lib/validation';
import { employmentMonthText } from '../../core/programmes/finansman-2026/employment-status';
import type { FinansmanEvaluation } from '../../core/programmes/finansman-2026/evaluate';
import { kurusString } from '../../core/programmes/finansman-2026/kurus';
import { parameterLines } from '../../core/programmes/finansman-2026/parameter-report';
import { installmentFormula } from '../../core/programmes/finansman-2026/support-schedule';
import { BUILT_IN_REFERENCE, evaluateFinansmanCase, type RuleReference } from '../../core/rules';
import type { KobiDatabase } from '../connection';
import type { ApplicationStatus } from '../schema/enums';
import type { FinansmanApplicationStatus } from '../schema/finansman-applications';
import type { WriteContext } from '../write-context';
import { listApplicationsOfEnterprise } from './applications';
import { getEnterprise } from './enterprises';
import { enterpriseMonthlyPekTotals } from './enterprise-pek';
import {
  getFinansmanApplication,
  getFinansmanLoan,
  otherFinansmanApplications,
  saveFinansmanDecision,
  type FinansmanDecisionRecord,
} from './finansman-applications';
import { enterpriseMonthlyTotals } from './prim-days';

/**
 * A credit-line case file as the rules read it (the `finansman-2026` input, parsed by core's schema), and its
 * decision stored with the evaluation. `one-line-only` reads the enterprise's IKDP-2026 applications and its other
 * credit-line applications from the database; drafts are not applications yet and are left out.
 */

const IKDP_2026_OUTCOMES: Readonly<Partial<Record<ApplicationStatus, Programme2026HistoryEntry['outcome']>>> = {
  SUBMITTED: 'PENDING',
  APPROVED: 'APPROVED',
  COMPLETED: 'APPROVED',
  TERMINATED: 'APPROVED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
};

const FINANSMAN_OUTCOMES: Readonly<Partial<Record<FinansmanApplicationStatus, Programme2026HistoryEntry['outcome']>>> = {
  SUBMITTED: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
};

export function loadFinansmanCase(db: KobiDatabase, applicationId: number): Validated<FinansmanCaseInput> {
  const application = getFinansmanApplication(db, applicationId);
  if (application === undefined) return invalid('applicationId', `${applicationId} numaralı finansman desteği başvurusu bulunamadı.`);
  const enterprise = getEnterprise(db, application.enterpriseId);
  if (enterprise === undefined) return invalid('enterpriseId', 'Başvurunun işletmesi bulunamadı.');
  if (application.appliedOn === null) return invalid('asOf', 'Başvuru tarihi yok.');
  if (enterprise.naceMain === null) return invalid('enterprise.naceMain', 'İşletmenin ana faaliyet kodu (NACE) yok.');
  const loan = getFinansmanLoan(db, applicationId);
  if (loan === undefined) return invalid('loan', 'Başvurunun kredisi ve bankanın ödeme tablosu girilmemiş.');
  const history: Programme2026HistoryEntry[] = [];
  for (const other of listApplicationsOfEnterprise(db, enterprise.id)) {
    const outcome = other.program === 'IKDP-2026' ? IKDP_2026_OUTCOMES[other.status] : undefined;
    if (outcome !== undefined) history.push({ program: 'IKDP-2026', outcome });
  }
  for (const other of otherFinansmanApplications(db, application)) {
    const outcome = FINANSMAN_OUTCOMES[other.status];
    if (outcome !== undefined) history.push({ program: 'FINANSMAN-2026', call: other.call, outcome });
  }
  const primDays = enterpriseMonthlyTotals(db, enterprise.id);
  return parseWith(finansmanCaseInput, {
    call: application.call,
    asOf: application.appliedOn,
    enterprise: {
      legalForm: enterprise.legalForm,
      registered: enterprise.registered,
      active: enterprise.active,
      declarationCurrent: enterprise.declarationCurrent,
      size: application.size,
      naceMain: enterprise.naceMain,
    },
    history,
    payrollPEK: enterpriseMonthlyPekTotals(db, enterprise.id),
    ...(Object.keys(primDays).length > 0 ? { primDays } : {}),
    loan: {
      amountTRY: loan.amountTRY,
      annualRatePercent: loan.annualRatePercent,
      drawnOn: loan.drawnOn,
      termMonths: loan.termMonths,
      graceMonths: loan.graceMonths,
      installments: loan.installments,
    },
  });
}

/** What a decision keeps: the evaluation in program-read form, with every Turkish sentence the user was shown. */
export function finansmanDecisionSnapshot(evaluation: FinansmanEvaluation, reference: RuleReference = BUILT_IN_REFERENCE) {
  const { schedule, employment } = evaluation;
  return {
    program: evaluation.program,
    call: evaluation.call,
    callName: evaluation.callName,
    provisional: evaluation.provisional,
    asOf: evaluation.asOf,
    eligible: evaluation.eligible,
    failed: evaluation.failed,
    missingData: evaluation.missingData,
    checks: evaluation.checks,
    payrollLimitTRY: evaluation.payrollLimitKurus === null ? null : kurusString(evaluation.payrollLimitKurus),
    support: {
      article: evaluation.supportArticle,
      points: schedule.points,
      ratePercent: schedule.ratePercent,
      installments: schedule.installments.map((installment) => ({
        number: installment.number,
        dueOn: installment.dueOn,
        principalTRY: kurusString(installment.principalKurus),
        interestTRY: kurusString(installment.interestKurus),
        supportTRY: kurusString(installment.supportKurus),
        enterprisePaysTRY: kurusString(installment.enterprisePaysKurus),
        runningSupportTRY: kurusString(installment.runningSupportKurus),
        formula: installmentFormula(schedule, installment),
      })),
      totalInterestTRY: kurusString(schedule.totalInterestKurus),
      totalSupportTRY: kurusString(schedule.totalSupportKurus),
      totalEnterprisePaysTRY: kurusString(schedule.totalEnterprisePaysKurus),
    },
    employment: {
      base: employment.base,
      baseExplanation: employment.baseExplanation,
      months: employment.months.map((month) => ({ ...month, text: employmentMonthText(employment, month) })),
      gap: employment.gap,
    },
    parameters: parameterLines(reference.finansmanCalls[evaluation.call], evaluation.asOf),
    rulesVersion: evaluation.rulesVersion,
  };
}

export type FinansmanDecisionResult =
  | { readonly ok: true; readonly decision: FinansmanDecisionRecord; readonly evaluation: FinansmanEvaluation }
  | { readonly ok: false; readonly reason: string };

/** Evaluate the application as the database holds it and store the decision (audited); missing data is a Turkish reason. */
export function decideFinansmanApplication(
  w: WriteContext,
  applicationId: number,
  options: { readonly decidedByUserId?: number | null; readonly reference?: RuleReference } = {},
): FinansmanDecisionResult {
  const loaded = loadFinansmanCase(w.db, applicationId);
  if (!loaded.ok) return { ok: false, reason: formatIssues(loaded.issues) };
  const reference = options.reference ?? BUILT_IN_REFERENCE;
  const evaluation = evaluateFinansmanCase(loaded.value, reference);
  const decision = saveFinansmanDecision(w, {
    applicationId,
    call: evaluation.call,
    eligible: evaluation.eligible,
    payrollLimitTRY: evaluation.payrollLimitKurus === null ? null : kurusString(evaluation.payrollLimitKurus),
    totalSupportTRY: kurusString(evaluation.schedule.totalSupportKurus),
    snapshot: finansmanDecisionSnapshot(evaluation, reference),
    rulesVersion: evaluation.rulesVersion,
    decidedByUserId: options.decidedByUserId ?? null,
  });
  return { ok: true, decision, evaluation };
}
