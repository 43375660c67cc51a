import type { EligibilityInput } from '../../core/inputs/eligibility-input';
import { OUTCOME_LABEL_TR } from '../../core/lib/checks';
import type { EligibilityDecision } from '../../core/programmes/eligibility-decision';
import type { Validated } from '../../core/lib/validation';
import {
  comparableIkdpRequest,
  comparableItkfdpRequest,
  compareDecisions,
  evaluateEligibility,
  evaluateIkdpCase,
  evaluateItkfdpCase,
  type ComparableDecision,
  type DecisionChange,
  type DecisionDifference,
  type RuleReference,
} from '../../core/rules';
import type { KobiDatabase } from '../../db/connection';
import { loadCase } from '../../db/repositories/case-loading';
import { applicationsWithDecidedPayments, loadEligibilityBulk, newestEvaluationIds } from '../../db/repositories/case-loading-bulk';
import { storedEligibility, type StoredEligibility } from '../../db/repositories/impact-items';
import { loadPaymentDecision } from '../../db/repositories/payment-decisions';
import { listActivePaymentRequests } from '../../db/repositories/payment-requests';

/**
 * One open case under the reference data before and after a change (issue 18
 * item 3). A decision is reported when the change itself moves it — the rules
 * give a different answer with the new data than with the old — and the
 * stored decision differs from the new answer; what is shown is the stored
 * decision (before) against the new answer (after). So a case whose file
 * changed since its evaluation, but whom the changed parameter does not
 * touch, is not reported as affected by the parameter. Read only: nothing
 * stored is changed here.
 */
export type ImpactFinding = {
  readonly applicationId: number;
  readonly subject: 'eligibility' | 'payment';
  readonly evaluationId: number | null;
  readonly paymentRequestId: number | null;
  readonly before: DecisionSide;
  readonly after: DecisionSide;
  readonly changes: readonly DecisionChange[];
  readonly summary: readonly string[];
};

export type DecisionSide = {
  readonly approved: boolean;
  readonly amount: string | null;
  readonly currency: 'TRY' | 'EUR' | null;
  readonly rulesVersion: string;
};

export type CaseImpact = {
  readonly findings: readonly ImpactFinding[];
  /** The file could not be read into the rules' input (missing data): nothing compared. */
  readonly unreadable: boolean;
};

const ELIGIBILITY_PART = 'Uygunluk';

/** An eligibility decision in the comparable shape: one part, no amount. */
function comparableEligibility(
  rulesVersion: string,
  eligible: boolean,
  checks: ComparableDecision['parts'][number]['checks'],
): ComparableDecision {
  return {
    rulesVersion,
    approved: eligible,
    currency: 'TRY',
    amount: '0.00',
    parts: [{ label: ELIGIBILITY_PART, approved: eligible, amount: '0.00', checks }],
  };
}

function comparableDecisionOf(decision: EligibilityDecision): ComparableDecision {
  return comparableEligibility(decision.rulesVersion, decision.eligible, decision.checks);
}

function storedChecks(stored: StoredEligibility): ComparableDecision['parts'][number]['checks'] {
  const checks = stored.result['checks'];
  return Array.isArray(checks) ? (checks as ComparableDecision['parts'][number]['checks']) : [];
}

function eligibilityLabel(eligible: boolean): string {
  return eligible ? OUTCOME_LABEL_TR.pass : OUTCOME_LABEL_TR.fail;
}

/** The difference's sentences, the approval one in eligibility words ("UYGUN → UYGUN DEĞİL", not "ONAYLANIR → REDDEDİLİR"). */
function eligibilitySummary(difference: DecisionDifference): string[] {
  // `summary` opens with the rule version line when the versions differ, then one sentence per change.
  const offset = difference.summary.length - difference.changes.length;
  return [
    ...difference.summary.slice(0, offset),
    ...difference.changes.map((change, index) =>
      change.kind === 'approval'
        ? `${ELIGIBILITY_PART}: ${eligibilityLabel(change.before)} → ${eligibilityLabel(change.after)}.`
        : (difference.summary[index + offset] ?? ''),
    ),
  ];
}

function eligibilityFinding(
  db: KobiDatabase,
  applicationId: number,
  evaluationId: number,
  input: EligibilityInput,
  before: RuleReference,
  after: RuleReference,
): ImpactFinding | null {
  const now = evaluateEligibility(input, after);
  const moved = compareDecisions(comparableDecisionOf(evaluateEligibility(input, before)), comparableDecisionOf(now));
  if (!moved.changed) return null;
  const stored = storedEligibility(db, evaluationId);
  if (stored === undefined) return null;
  const difference = compareDecisions(
    comparableEligibility(stored.rulesVersion, stored.eligible, storedChecks(stored)),
    comparableDecisionOf(now),
  );
  if (!difference.changed) return null;
  return {
    applicationId,
    subject: 'eligibility',
    evaluationId: stored.id,
    paymentRequestId: null,
    before: { approved: stored.eligible, amount: null, currency: null, rulesVersion: stored.rulesVersion },
    after: { approved: now.eligible, amount: null, currency: null, rulesVersion: now.rulesVersion },
    changes: difference.changes,
    summary: eligibilitySummary(difference),
  };
}

/** The decided payment requests of the case whose decision the change moves. */
function paymentFindings(
  db: KobiDatabase,
  applicationId: number,
  before: RuleReference,
  after: RuleReference,
): ImpactFinding[] | 'unreadable' {
  const requests = listActivePaymentRequests(db, applicationId);
  if (!requests.some((request) => request.status === 'DECIDED')) return [];
  const loaded = loadCase(db, applicationId);
  if (!loaded.ok) return 'unreadable';
  const input = loaded.value;
  const comparableAt: (reference: RuleReference) => (index: number) => ComparableDecision | null =
    input.program === 'ITKFDP-II'
      ? (reference) => {
          const evaluation = evaluateItkfdpCase(input, reference);
          return (index) => comparableItkfdpRequest(evaluation, index);
        }
      : (reference) => {
          const evaluation = evaluateIkdpCase(input, reference);
          return (index) => comparableIkdpRequest(evaluation, index);
        };
  const old = comparableAt(before);
  const now = comparableAt(after);
  const findings: ImpactFinding[] = [];
  requests.forEach((request, index) => {
    if (request.status !== 'DECIDED') return;
    const oldDecision = old(index);
    const newDecision = now(index);
    if (oldDecision === null || newDecision === null || !compareDecisions(oldDecision, newDecision).changed) return;
    const stored = loadPaymentDecision(db, request.id);
    if (stored?.ok !== true) return;
    const difference = compareDecisions(stored.value, newDecision);
    if (!difference.changed) return;
    findings.push({
      applicationId,
      subject: 'payment',
      evaluationId: null,
      paymentRequestId: request.id,
      before: {
        approved: stored.value.approved,
        amount: stored.value.amount,
        currency: stored.value.currency,
        rulesVersion: stored.value.rulesVersion,
      },
      after: {
        approved: newDecision.approved,
        amount: newDecision.amount,
        currency: newDecision.currency,
        rulesVersion: newDecision.rulesVersion,
      },
      changes: difference.changes,
      summary: difference.summary.map((line) => `Ödeme talebi #${request.id} (${request.submittedOn}): ${line}`),
    });
  });
  return findings;
}

/**
 * What the impact run reads of an open case before deciding it: its newest
 * stored evaluation's id with the eligibility input (evaluated cases only),
 * and whether any payment request of it is decided. Read a chunk at a time
 * (`readOpenCases`); the stored results themselves are read only for the
 * decisions the change moves.
 */
export type OpenCase = {
  readonly applicationId: number;
  readonly evaluated: { readonly evaluationId: number; readonly input: Validated<EligibilityInput> } | undefined;
  readonly decidedPayments: boolean;
};

/** The open cases of a chunk of application ids, in the chunk's order, read with a handful of set-based queries. */
export function readOpenCases(db: KobiDatabase, applicationIds: readonly number[]): OpenCase[] {
  const evaluationIds = newestEvaluationIds(db, applicationIds);
  const inputs = loadEligibilityBulk(db, [...evaluationIds.keys()]);
  const decided = applicationsWithDecidedPayments(db, applicationIds);
  return applicationIds.map((applicationId) => {
    const evaluationId = evaluationIds.get(applicationId);
    const input = inputs.get(applicationId);
    return {
      applicationId,
      evaluated: evaluationId === undefined || input === undefined ? undefined : { evaluationId, input },
      decidedPayments: decided.has(applicationId),
    };
  });
}

/** The stored decisions of one open case that the change of reference data would change. */
export function caseImpact(db: KobiDatabase, openCase: OpenCase, before: RuleReference, after: RuleReference): CaseImpact {
  const { applicationId, evaluated } = openCase;
  const findings: ImpactFinding[] = [];
  let unreadable = false;
  if (evaluated !== undefined) {
    if (evaluated.input.ok) {
      const finding = eligibilityFinding(db, applicationId, evaluated.evaluationId, evaluated.input.value, before, after);
      if (finding !== null) findings.push(finding);
    } else unreadable = true;
  }
  const payments = openCase.decidedPayments ? paymentFindings(db, applicationId, before, after) : [];
  if (payments === 'unreadable') unreadable = true;
  else findings.push(...payments);
  return { findings, unreadable };
}
