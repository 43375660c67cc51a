/**
 * Malformed input is a value, never a thrown stack trace: a list of issues,
 * each naming the field (a path such as `personnel[0].primDays.2025-09`) and
 * saying in Turkish what is wrong with it.
 */
export type ValidationIssue = { readonly field: string; readonly message: string };

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function valid<T>(value: T): Validated<T> {
  return { ok: true, value };
}

export function invalid<T>(field: string, message: string): Validated<T> {
  return { ok: false, issues: [{ field, message }] };
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => (issue.field ? `alan "${issue.field}": ${issue.message}` : issue.message)).join('; ');
}
