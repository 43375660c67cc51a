import { OUTCOME_LABEL_TR, type CheckResult, type Outcome } from '../lib/checks';
import { formatEur, formatTry, money, toMoneyString } from '../lib/money';
import type { IkdpEvaluation } from '../programmes/ikdp/evaluate-payments';
import type { ItkfdpEvaluation } from '../programmes/itkfdp-ii/evaluate-periods';

/**
 * What changed between two decisions of the same request: the one stored (made under the rule version of its day,
 * never rewritten) and the one the rules give now (issue 16 item 9; issue 18 "impact of a rule change"). Pure data in,
 * data out: a service shows it, a person decides what to do with it.
 *
 * The shapes are structural so that a stored decision snapshot (db/repositories/payment-decisions.ts) can be passed
 * as it is: a decision is a list of parts (`Talep` for İstihdamı Koruma, `2. dönem` for ITKFDP-II), each with its
 * checks and amount as a decimal string.
 */
export type ComparableCheck = Pick<CheckResult, 'code' | 'article' | 'outcome' | 'explanation'>;

export type ComparablePart = {
  readonly label: string;
  readonly approved: boolean;
  readonly amount: string;
  readonly checks: readonly ComparableCheck[];
};

export type ComparableDecision = {
  readonly rulesVersion: string;
  readonly approved: boolean;
  readonly currency: 'TRY' | 'EUR';
  readonly amount: string;
  readonly parts: readonly ComparablePart[];
};

export type DecisionChange =
  | { readonly kind: 'approval'; readonly part: string | null; readonly before: boolean; readonly after: boolean }
  | { readonly kind: 'amount'; readonly part: string | null; readonly before: string; readonly after: string }
  | { readonly kind: 'part-added' | 'part-removed'; readonly part: string }
  | {
      readonly kind: 'check';
      readonly part: string;
      readonly code: string;
      /** `null`: the check did not exist on that side (a check added or removed by the new rules). */
      readonly before: { readonly outcome: Outcome; readonly article: string; readonly explanation: string } | null;
      readonly after: { readonly outcome: Outcome; readonly article: string; readonly explanation: string } | null;
    };

export type DecisionDifference = {
  readonly rulesVersionBefore: string;
  readonly rulesVersionAfter: string;
  /** `false` when outcome, amounts and every check's outcome and article are the same (wording may differ). */
  readonly changed: boolean;
  readonly changes: readonly DecisionChange[];
  /** One Turkish sentence per change, with the numbers, for the screen and the inbox item. */
  readonly summary: readonly string[];
};

function decisionLabel(approved: boolean): string {
  return approved ? 'ONAYLANIR' : 'REDDEDİLİR';
}

function amountText(amount: string, currency: ComparableDecision['currency']): string {
  return currency === 'TRY' ? formatTry(money(amount)) : formatEur(money(amount));
}

function side(result: ComparableCheck | undefined): Extract<DecisionChange, { kind: 'check' }>['before'] {
  return result === undefined ? null : { outcome: result.outcome, article: result.article, explanation: result.explanation };
}

function checkChanges(part: string, before: readonly ComparableCheck[], after: readonly ComparableCheck[]): DecisionChange[] {
  const beforeByCode = new Map(before.map((result) => [result.code, result]));
  const afterByCode = new Map(after.map((result) => [result.code, result]));
  const codes = [...afterByCode.keys(), ...[...beforeByCode.keys()].filter((code) => !afterByCode.has(code))];
  const changes: DecisionChange[] = [];
  for (const code of codes) {
    const old = beforeByCode.get(code);
    const now = afterByCode.get(code);
    if (old !== undefined && now !== undefined && old.outcome === now.outcome && old.article === now.article) continue;
    changes.push({ kind: 'check', part, code, before: side(old), after: side(now) });
  }
  return changes;
}

function changeSentence(change: DecisionChange, currency: ComparableDecision['currency']): string {
  const where = (part: string | null): string => (part === null ? 'Karar' : part);
  switch (change.kind) {
    case 'approval':
      return `${where(change.part)}: ${decisionLabel(change.before)} → ${decisionLabel(change.after)}.`;
    case 'amount':
      return `${where(change.part)}: tutar ${amountText(change.before, currency)} → ${amountText(change.after, currency)}.`;
    case 'part-added':
      return `${change.part}: yeni değerlendirmede var, kayıtlı kararda yok.`;
    case 'part-removed':
      return `${change.part}: kayıtlı kararda var, yeni değerlendirmede yok.`;
    case 'check': {
      const { before, after } = change;
      if (before === null && after !== null) {
        return `${change.part}: yeni kontrol ${change.code} (${after.article}) ${OUTCOME_LABEL_TR[after.outcome]} — ${after.explanation}`;
      }
      if (after === null && before !== null) {
        return `${change.part}: ${change.code} (${before.article}) kontrolü artık yapılmıyor (önceden ${OUTCOME_LABEL_TR[before.outcome]}).`;
      }
      if (before === null || after === null) return `${change.part}: ${change.code}.`;
      const article = before.article === after.article ? after.article : `${before.article} → ${after.article}`;
      return `${change.part}: ${change.code} (${article}) ${OUTCOME_LABEL_TR[before.outcome]} → ${OUTCOME_LABEL_TR[after.outcome]} — ${after.explanation}`;
    }
  }
}

/** What changed from `before` (e.g. the stored decision) to `after` (the same request decided by today's rules). */
export function compareDecisions(before: ComparableDecision, after: ComparableDecision): DecisionDifference {
  const changes: DecisionChange[] = [];
  if (before.approved !== after.approved) changes.push({ kind: 'approval', part: null, before: before.approved, after: after.approved });
  if (money(before.amount).cmp(money(after.amount)) !== 0) {
    changes.push({ kind: 'amount', part: null, before: before.amount, after: after.amount });
  }
  const beforeParts = new Map(before.parts.map((part) => [part.label, part]));
  const afterLabels = new Set(after.parts.map((part) => part.label));
  for (const part of after.parts) {
    const old = beforeParts.get(part.label);
    if (old === undefined) {
      changes.push({ kind: 'part-added', part: part.label });
      continue;
    }
    if (after.parts.length > 1 || before.parts.length > 1) {
      if (old.approved !== part.approved) changes.push({ kind: 'approval', part: part.label, before: old.approved, after: part.approved });
      if (money(old.amount).cmp(money(part.amount)) !== 0) {
        changes.push({ kind: 'amount', part: part.label, before: old.amount, after: part.amount });
      }
    }
    changes.push(...checkChanges(part.label, old.checks, part.checks));
  }
  for (const part of before.parts) if (!afterLabels.has(part.label)) changes.push({ kind: 'part-removed', part: part.label });
  const summary = changes.map((change) => changeSentence(change, after.currency));
  if (before.rulesVersion !== after.rulesVersion) summary.unshift(`Kural sürümü ${before.rulesVersion} → ${after.rulesVersion}.`);
  return { rulesVersionBefore: before.rulesVersion, rulesVersionAfter: after.rulesVersion, changed: changes.length > 0, changes, summary };
}

/** Request `requestIndex` of an İstihdamı Koruma evaluation as a comparable decision (one part, `Talep`). */
export function comparableIkdpRequest(evaluation: IkdpEvaluation, requestIndex: number): ComparableDecision | null {
  const request = evaluation.requests[requestIndex];
  if (request === undefined) return null;
  const amount = toMoneyString(request.amountTRY);
  return {
    rulesVersion: evaluation.rulesVersion,
    approved: request.approved,
    currency: 'TRY',
    amount,
    parts: [{ label: 'Talep', approved: request.approved, amount, checks: request.checks }],
  };
}

/**
 * The periods one ITKFDP-II request asked for (`requestIndex` in case order) as a comparable decision, one part per
 * period labelled `N. dönem` as in the stored snapshots.
 */
export function comparableItkfdpRequest(evaluation: ItkfdpEvaluation, requestIndex: number): ComparableDecision | null {
  const decisions = evaluation.decisions.filter((decision) => decision.requestIndex === requestIndex);
  if (decisions.length === 0) return null;
  const total = decisions.reduce((sum, decision) => sum.plus(decision.amountEUR), money(0));
  return {
    rulesVersion: evaluation.rulesVersion,
    approved: decisions.every((decision) => decision.approved),
    currency: 'EUR',
    amount: toMoneyString(total),
    parts: decisions.map((decision) => ({
      label: `${decision.index}. dönem`,
      approved: decision.approved,
      amount: toMoneyString(decision.amountEUR),
      checks: decision.checks,
    })),
  };
}
