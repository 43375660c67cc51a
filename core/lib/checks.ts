/**
 * A decision is data: every check the rules make returns its code (the stable
 * identifier of spec/domain-rules.md), the article it applies, its outcome and
 * a Turkish sentence with the numbers used.
 */
export type Outcome = 'pass' | 'fail' | 'missing-data';

export type CheckResult = {
  readonly code: string;
  /** `MADDE 9(2)`, or several joined with `, `. */
  readonly article: string;
  readonly outcome: Outcome;
  readonly explanation: string;
};

export function check(code: string, article: string, outcome: Outcome, explanation: string): CheckResult {
  return { code, article, outcome, explanation };
}

export function passOrFail(code: string, article: string, passes: boolean, explanation: string): CheckResult {
  return { code, article, outcome: passes ? 'pass' : 'fail', explanation };
}

/**
 * What a list of checks decides: it passes only when every check passes. Failed codes and missing-data codes are
 * listed apart, since missing data is not a failure of the enterprise but still blocks the decision.
 */
export type CheckSummary = { readonly passed: boolean; readonly failed: readonly string[]; readonly missingData: readonly string[] };

export function summarize(checks: readonly CheckResult[]): CheckSummary {
  const failed: string[] = [];
  const missingData: string[] = [];
  for (const result of checks) {
    if (result.outcome === 'fail') failed.push(result.code);
    else if (result.outcome === 'missing-data') missingData.push(result.code);
  }
  return { passed: failed.length === 0 && missingData.length === 0, failed, missingData };
}

export const OUTCOME_LABEL_TR: Readonly<Record<Outcome, string>> = {
  pass: 'UYGUN',
  fail: 'UYGUN DEĞİL',
  'missing-data': 'VERİ EKSİK',
};

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
