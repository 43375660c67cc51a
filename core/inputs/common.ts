import { z } from 'zod';
import { isIsoDate, isMonthKey } from '../lib/calendar-date';
import { isMoneyString } from '../lib/money';
import type { ValidationIssue, Validated } from '../lib/validation';

/**
 * Building blocks of the typed inputs of the rules. Whatever a program hands
 * to the rules (scenario files, the database, the UI) is parsed with these, so
 * a malformed value is reported with its field and a Turkish reason.
 */
export const isoDate = z.string().refine(isIsoDate, { message: 'geçersiz tarih (YYYY-AA-GG bekleniyor)' });

export const monthKey = z.string().refine(isMonthKey, { message: 'geçersiz ay (YYYY-AA bekleniyor)' });

export const moneyString = z
  .string()
  .refine(isMoneyString, { message: 'geçersiz tutar (iki ondalık haneli ondalık sayı bekleniyor, örn. "1800000.00")' });

const nonNegativeInteger = z
  .number({ message: 'sayı bekleniyor' })
  .int({ message: 'tam sayı bekleniyor' })
  .min(0, { message: 'negatif olamaz' });

/** Monthly prim gün of an enterprise (or of its branches in one province): any non-negative integer. */
export const enterprisePrimDays = z.record(monthKey, nonNegativeInteger);

/** Monthly prim gün of one person: SGK counts at most 30 days a month. */
export const personMonthlyDays = z.record(
  monthKey,
  nonNegativeInteger.max(30, { message: 'bir kişi için bir ayda en fazla 30 gün olabilir' }),
);

export const legalForm = z.enum(['GERCEK_KISI', 'TUZEL_KISI', 'DIGER']);
export type LegalForm = z.infer<typeof legalForm>;

function describeType(value: unknown): string {
  if (value === undefined) return 'yok';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'liste';
  return typeof value;
}

const TYPE_NAMES_TR: Readonly<Record<string, string>> = {
  string: 'metin',
  number: 'sayı',
  boolean: 'true/false',
  object: 'nesne',
  array: 'liste',
  null: 'null',
};

function pathToField(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += field === '' ? String(key) : `.${String(key)}`;
  }
  return field;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'zorunlu alan eksik'
        : `beklenen ${TYPE_NAMES_TR[issue.expected] ?? issue.expected}, bulunan ${describeType(issue.input)}`;
    case 'unrecognized_keys':
      return `bilinmeyen alan: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `geçersiz değer ${JSON.stringify(issue.input)}; izin verilenler: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_key':
      return `geçersiz anahtar ${JSON.stringify(issue.input)}: ${issue.issues.map(issueMessage).join('; ')}`;
    default:
      return issue.message;
  }
}

function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): ValidationIssue[] {
  const flat: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) flat.push({ field: pathToField([...path, key]), message: 'bilinmeyen alan' });
    } else if (issue.code === 'invalid_key') {
      flat.push({ field: pathToField([...path, String(issue.input)]), message: issue.issues.map(issueMessage).join('; ') });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      flat.push(...flattenIssues(issue.errors[0] ?? [], path));
    } else {
      flat.push({ field: pathToField(path), message: issueMessage(issue) });
    }
  }
  return flat;
}

/** Parse with a schema; failures become field-named Turkish issues, never exceptions. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: flattenIssues(result.error.issues, []) };
}
