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

/** Codes of the checks that failed (missing data is reported apart: it is not a failure of the enterprise). */
export function failedCodes(checks: readonly CheckResult[]): string[] {
  return checks.filter((result) => result.outcome === 'fail').map((result) => result.code);
}

export function missingDataCodes(checks: readonly CheckResult[]): string[] {
  return checks.filter((result) => result.outcome === 'missing-data').map((result) => result.code);
}

export function allPass(checks: readonly CheckResult[]): boolean {
  return checks.every((result) => result.outcome === 'pass');
}

export const OUTCOME_LABEL_TR: Readonly<Record<Outcome, string>> = {
  pass: 'UYGUN',
  fail: 'UYGUN DEĞİL',
  'missing-data': 'VERİ EKSİK',
};

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
