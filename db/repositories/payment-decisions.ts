import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { parseWith } from '../../core/inputs/common';
import { programId } from '../../core/inputs/eligibility-input';
import type { AmountLine } from '../../core/lib/amount-line';
import type { CheckResult } from '../../core/lib/checks';
import { toMoneyString, ZERO } from '../../core/lib/money';
import { invalid, type Validated } from '../../core/lib/validation';
import type { IkdpEvaluation } from '../../core/programmes/ikdp/evaluate-payments';
import type { ItkfdpEvaluation, ItkfdpPeriodDecision } from '../../core/programmes/itkfdp-ii/evaluate-periods';
import type { ClawbackResult } from '../../core/programmes/clawback/clawback';
import { BUILT_IN_REFERENCE, evaluateClawbackCase, evaluateIkdpCase, evaluateItkfdpCase, type RuleReference } from '../../core/rules';
import type { KobiDatabase, Orm } from '../connection';
import { paymentRequests } from '../schema/payment-requests';
import type { WriteContext } from '../write-context';
import { loadCase, loadClawback } from './case-loading';
import { saveClawbackResult } from './clawbacks';
import { minorUnitsFromMoney } from './minor-units';
import { preparedQuery } from './prepared-query';
import { listActivePaymentRequests, paymentRequestFromRow, type PaymentRequestRecord } from './payment-requests';
import { RepositoryInputError } from './repository-error';

/**
 * The stored decision of a payment request (STYLE.md "Results are values";
 * ROADMAP: "decisions stored with their full reasons and rule version"). The
 * snapshot holds what the rules said when the request was decided — every
 * check with its article, outcome and Turkish explanation, every amount with
 * its formula, the edition and the rule version — so it can be shown as it
 * was years later, whatever the rules say by then.
 */

const storedCheck = z.strictObject({
  code: z.string(),
  article: z.string(),
  outcome: z.enum(['pass', 'fail', 'missing-data']),
  explanation: z.string(),
});

const storedAmountLine = z.strictObject({
  label: z.string(),
  amount: z.string(),
  currency: z.enum(['TRY', 'EUR']),
  formula: z.string(),
});

const decisionPart = z.strictObject({
  /** `Talep` (İstihdamı Koruma) or `2. dönem` (ITKFDP-II). */
  label: z.string(),
  period: z.strictObject({ index: z.number().int(), start: z.string(), end: z.string() }).nullable(),
  months: z.array(z.string()).nullable(),
  approved: z.boolean(),
  checks: z.array(storedCheck),
  failed: z.array(z.string()),
  missingData: z.array(z.string()),
  /** İstihdamı Koruma: truncated average of the requested months. */
  average: z.number().int().nullable(),
  amount: z.string(),
  amountLines: z.array(storedAmountLine),
});

export const paymentDecisionSnapshot = z.strictObject({
  format: z.literal(1),
  program: programId,
  editionName: z.string(),
  provisional: z.boolean(),
  rulesVersion: z.string(),
  submittedOn: z.string(),
  /** Every part approved; a request for several periods may still be paid in part (`amount`). */
  approved: z.boolean(),
  currency: z.enum(['TRY', 'EUR']),
  amount: z.string(),
  parts: z.array(decisionPart),
  /** Case-level explanations in force when decided (base average, programme dates, termination). */
  notes: z.array(z.string()),
});
export type PaymentDecisionSnapshot = z.infer<typeof paymentDecisionSnapshot>;
export type DecisionPart = z.infer<typeof decisionPart>;

function storedChecks(checks: readonly CheckResult[]): DecisionPart['checks'] {
  return checks.map((result) => ({ code: result.code, article: result.article, outcome: result.outcome, explanation: result.explanation }));
}

function storedLines(lines: readonly AmountLine[]): DecisionPart['amountLines'] {
  return lines.map((line) => ({ label: line.label, amount: toMoneyString(line.amount), currency: line.currency, formula: line.formula }));
}

/** The snapshot of request `requestIndex` (in case order) of an İstihdamı Koruma evaluation. */
export function ikdpDecisionSnapshot(evaluation: IkdpEvaluation, requestIndex: number): PaymentDecisionSnapshot {
  const decision = evaluation.requests[requestIndex];
  if (decision === undefined) throw new Error(`Değerlendirmede ${requestIndex}. talep yok.`);
  return {
    format: 1,
    program: evaluation.program,
    editionName: evaluation.editionName,
    provisional: evaluation.provisional,
    rulesVersion: evaluation.rulesVersion,
    submittedOn: decision.submittedOn,
    approved: decision.approved,
    currency: 'TRY',
    amount: toMoneyString(decision.amountTRY),
    parts: [
      {
        label: 'Talep',
        period: null,
        months: [...decision.months],
        approved: decision.approved,
        checks: storedChecks(decision.checks),
        failed: [...decision.failed],
        missingData: [...decision.missingData],
        average: decision.average,
        amount: toMoneyString(decision.amountTRY),
        amountLines: storedLines(decision.amountLines),
      },
    ],
    notes: [evaluation.base.explanation, ...evaluation.dateNotes],
  };
}

/** The snapshots of every request of an İstihdamı Koruma evaluation, in case order. */
export function ikdpDecisionSnapshots(evaluation: IkdpEvaluation): PaymentDecisionSnapshot[] {
  return evaluation.requests.map((_, index) => ikdpDecisionSnapshot(evaluation, index));
}

/** The period decisions of each request, in request order (the evaluation lists them request by request, periods ascending). */
function decisionsByRequest(evaluation: ItkfdpEvaluation, requestPeriods: readonly (readonly number[])[]): ItkfdpPeriodDecision[][] {
  const queue = [...evaluation.decisions];
  return requestPeriods.map((periods) => {
    const own: ItkfdpPeriodDecision[] = [];
    for (const index of [...periods].sort((a, b) => a - b)) {
      if (queue[0]?.index === index) {
        const next = queue.shift();
        if (next !== undefined) own.push(next);
      }
    }
    return own;
  });
}

function itkfdpSnapshot(
  evaluation: ItkfdpEvaluation,
  decisions: readonly ItkfdpPeriodDecision[],
  submittedOn: string,
): PaymentDecisionSnapshot {
  const amount = decisions.reduce((sum, decision) => sum.plus(decision.amountEUR), ZERO);
  return {
    format: 1,
    program: evaluation.program,
    editionName: evaluation.editionName,
    provisional: false,
    rulesVersion: evaluation.rulesVersion,
    submittedOn,
    approved: decisions.length > 0 && decisions.every((decision) => decision.approved),
    currency: 'EUR',
    amount: toMoneyString(amount),
    parts: decisions.map((decision) => ({
      label: `${decision.index}. dönem`,
      period: { index: decision.index, start: decision.start, end: decision.end },
      months: null,
      approved: decision.approved,
      checks: storedChecks(decision.checks),
      failed: [...decision.failed],
      missingData: [...decision.missingData],
      average: null,
      amount: toMoneyString(decision.amountEUR),
      amountLines: storedLines(decision.amountLines),
    })),
    notes: [evaluation.minPrimDays.explanation, ...(evaluation.terminationExplanation === null ? [] : [evaluation.terminationExplanation])],
  };
}

/** The snapshots of every request of an ITKFDP-II evaluation, in case order. */
export function itkfdpDecisionSnapshots(
  evaluation: ItkfdpEvaluation,
  requests: readonly { readonly periods: readonly number[]; readonly submittedOn: string }[],
): PaymentDecisionSnapshot[] {
  const grouped = decisionsByRequest(
    evaluation,
    requests.map((request) => request.periods),
  );
  return requests.map((request, index) => itkfdpSnapshot(evaluation, grouped[index] ?? [], request.submittedOn));
}

/** Store the decision of a request that is not decided yet. A decided request keeps its decision: decide again by a new request. */
const statusOfRequest = (orm: Orm) =>
  orm
    .select({ status: paymentRequests.status, program: paymentRequests.program })
    .from(paymentRequests)
    .where(eq(paymentRequests.id, sql.placeholder('requestId')))
    .prepare();

export function savePaymentDecision(w: WriteContext, requestId: number, snapshot: PaymentDecisionSnapshot): PaymentRequestRecord {
  const row = preparedQuery(w.db, statusOfRequest).get({ requestId });
  if (row === undefined) throw new RepositoryInputError(`${requestId} numaralı ödeme talebi yok.`);
  if (row.status !== 'SUBMITTED')
    throw new RepositoryInputError(`${requestId} numaralı ödeme talebi zaten karara bağlanmış ya da geri çekilmiş.`);
  if (row.program !== snapshot.program) throw new RepositoryInputError('Karar başka bir programa ait.');
  return paymentRequestFromRow(
    w.update(paymentRequests, requestId, {
      status: 'DECIDED',
      approved: snapshot.approved,
      amountMinor: minorUnitsFromMoney(snapshot.amount),
      currency: snapshot.currency,
      decisionSnapshot: JSON.stringify(snapshot),
      rulesVersion: snapshot.rulesVersion,
      editionId: snapshot.program,
      decidedAt: w.at,
      decidedByUserId: w.actor.kind === 'user' ? w.actor.userId : null,
    }),
  );
}

/** The stored decision of a request (`undefined` while undecided), parsed back into its typed shape. */
export function loadPaymentDecision(db: KobiDatabase, requestId: number): Validated<PaymentDecisionSnapshot> | undefined {
  const row = db.orm
    .select({ snapshot: paymentRequests.decisionSnapshot })
    .from(paymentRequests)
    .where(eq(paymentRequests.id, requestId))
    .get();
  if (row?.snapshot == null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.snapshot);
  } catch {
    return invalid('decisionSnapshot', 'Kayıtlı karar okunamadı (geçersiz JSON).');
  }
  return parseWith(paymentDecisionSnapshot, parsed);
}

/**
 * Evaluate the whole case with the rules (requests in entry order, as the
 * rules require) and store the decision of every request not decided yet.
 * Returns the requests decided now; issues when the case cannot be loaded.
 */
export function decidePendingRequests(
  w: WriteContext,
  applicationId: number,
  reference: RuleReference = BUILT_IN_REFERENCE,
): Validated<PaymentRequestRecord[]> {
  const loaded = loadCase(w.db, applicationId);
  if (!loaded.ok) return loaded;
  const requests = listActivePaymentRequests(w.db, applicationId);
  const input = loaded.value;
  const snapshots =
    input.program === 'ITKFDP-II'
      ? itkfdpDecisionSnapshots(evaluateItkfdpCase(input, reference), input.requests)
      : ikdpDecisionSnapshots(evaluateIkdpCase(input, reference));
  const decided: PaymentRequestRecord[] = [];
  requests.forEach((request, index) => {
    const snapshot = snapshots[index];
    if (request.status === 'SUBMITTED' && snapshot !== undefined) decided.push(savePaymentDecision(w, request.id, snapshot));
  });
  return { ok: true, value: decided };
}

/** Compute a clawback with the rules from the file and keep the result; issues when the file lacks what the rule needs. */
export function decideClawback(
  w: WriteContext,
  clawbackId: number,
  reference: RuleReference = BUILT_IN_REFERENCE,
): Validated<ClawbackResult> {
  const loaded = loadClawback(w.db, clawbackId);
  if (!loaded.ok) return loaded;
  const result = evaluateClawbackCase(loaded.value, reference);
  if (result.ok) saveClawbackResult(w, clawbackId, result.value);
  return result;
}
