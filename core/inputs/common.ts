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
  if (typeof value === 'number' && !Number.isInteger(value)) return 'ondalık sayı';
  return TYPE_NAMES_TR[typeof value] ?? typeof value;
}

const TYPE_NAMES_TR: Readonly<Record<string, string>> = {
  string: 'metin',
  number: 'sayı',
  int: 'tam sayı',
  boolean: 'true/false',
  object: 'nesne',
  array: 'liste',
  record: 'nesne',
  null: 'null',
};

function limit(origin: string, bound: unknown, word: 'en az' | 'en fazla'): string {
  if (origin === 'string') return bound === 1 && word === 'en az' ? 'boş olamaz' : `${word} ${String(bound)} karakter olmalı`;
  if (origin === 'array' || origin === 'set') return `${word} ${String(bound)} öğe olmalı`;
  return `${word} ${String(bound)} olmalı`;
}

/**
 * Turkish text for the issues a schema did not word itself (a message given in the schema takes precedence over
 * this map in zod). Every message a person reads is Turkish, including zod's defaults.
 */
function turkishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'zorunlu alan eksik'
        : `beklenen ${TYPE_NAMES_TR[issue.expected] ?? issue.expected}, bulunan ${describeType(issue.input)}`;
    case 'too_small':
      return limit(issue.origin, issue.minimum, 'en az');
    case 'too_big':
      return limit(issue.origin, issue.maximum, 'en fazla');
    case 'invalid_value':
      return `geçersiz değer ${JSON.stringify(issue.input)}; izin verilenler: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return 'bilinmeyen alan';
    case 'invalid_key':
      return 'geçersiz anahtar';
    case 'invalid_format':
      return 'geçersiz biçim';
    default:
      return 'geçersiz değer';
  }
}

function pathToField(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += field === '' ? String(key) : `.${String(key)}`;
  }
  return field;
}

function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): ValidationIssue[] {
  const flat: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) flat.push({ field: pathToField([...path, key]), message: issue.message });
    } else if (issue.code === 'invalid_key') {
      // zod puts the offending record key in the path already; its own issues say what is wrong with it.
      flat.push({
        field: pathToField(path),
        message: issue.issues.map((inner) => inner.message).join('; '),
      });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      flat.push(...flattenIssues(issue.errors[0] ?? [], path));
    } else {
      flat.push({ field: pathToField(path), message: issue.message });
    }
  }
  return flat;
}

/** Parse with a schema; failures become field-named Turkish issues, never exceptions. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input, { reportInput: true, error: turkishMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: flattenIssues(result.error.issues, []) };
}
