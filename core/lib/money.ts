import { Decimal } from 'decimal.js';

/**
 * Money is decimal.js, never a binary float. This clone rounds half up
 * (spec/domain-rules.md "Money"), and every rounding in the rules names its
 * number of places explicitly through the helpers below.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO: Money = new Money(0);

const MONEY_STRING = /^-?\d+\.\d{2}$/;

/** A program-read amount: a decimal string with exactly two fraction digits. */
export function isMoneyString(value: string): boolean {
  return MONEY_STRING.test(value);
}

/**
 * Parameter amounts (`'2500.00'`, `'15000.00'`) are parsed at every decision; Decimal values are immutable, so one
 * parsed value per distinct string can be shared. Bounded, so arbitrary input strings cannot grow it without limit.
 */
const PARSED = new Map<string, Money>();
const PARSED_LIMIT = 1024;

export function money(value: string | number): Money {
  if (typeof value === 'number') return new Money(value);
  let parsed = PARSED.get(value);
  if (parsed === undefined) {
    parsed = new Money(value);
    if (PARSED.size < PARSED_LIMIT) PARSED.set(value, parsed);
  }
  return parsed;
}

/** TL amounts round to kuruş, EUR amounts to cents: both two places, half up. */
export function roundMinor(value: Money): Money {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The program-read form: `"25416.67"`. */
export function toMoneyString(value: Money): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 === 0 ? 3 : digits.length % 3;
  let grouped = digits.slice(0, head);
  for (let index = head; index < digits.length; index += 3) grouped += `.${digits.slice(index, index + 3)}`;
  return grouped;
}

/** Turkish display form of a number with `places` fraction digits: `1.234.567,89`. */
export function formatNumberTr(value: Money, places = 2): string {
  const fixed = value.toFixed(places, Decimal.ROUND_HALF_UP);
  const negative = fixed.charCodeAt(0) === 45;
  const digits = negative ? fixed.slice(1) : fixed;
  const point = digits.indexOf('.');
  const body = point < 0 ? groupThousands(digits) : `${groupThousands(digits.slice(0, point))},${digits.slice(point + 1)}`;
  return negative ? `-${body}` : body;
}

export function formatTry(value: Money): string {
  return `${formatNumberTr(value)} ₺`;
}

export function formatEur(value: Money): string {
  return `${formatNumberTr(value)} €`;
}

/** An integer count in Turkish grouping (`7.470`). */
export function formatCountTr(value: number): string {
  return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
}
