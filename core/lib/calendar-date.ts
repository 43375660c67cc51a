import { addDays, addMonths, addYears, differenceInCalendarDays, getDay } from 'date-fns';

/**
 * Calendar dates without a time of day or a zone, as ISO strings (`YYYY-MM-DD`).
 * ISO strings compare chronologically with `<`, so comparisons never build a Date.
 * Arithmetic goes through date-fns on a local-midnight Date and comes back as ISO.
 */
export type IsoDate = string;
/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isMonthKey(value: string): boolean {
  const match = MONTH_KEY.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** Local midnight of an ISO date that is known to be valid. */
export function toDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function fromDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return fromDate(addDays(toDate(iso), days));
}

/** The same-numbered day N months later, or that month's last day (date-fns clamps). */
export function plusMonths(iso: IsoDate, months: number): IsoDate {
  return fromDate(addMonths(toDate(iso), months));
}

/** The same day and month N years later; 29 February falls back to 28 February (date-fns does the leap day). */
export function plusYears(iso: IsoDate, years: number): IsoDate {
  if (iso.endsWith('-02-29')) return fromDate(addYears(toDate(iso), years));
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return getDay(toDate(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

export function monthOf(iso: IsoDate): MonthKey {
  return iso.slice(0, 7);
}

export function firstDayOfMonth(month: MonthKey): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: MonthKey): IsoDate {
  return `${month}-${pad2(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
}

/**
 * Month keys are looked up in every monthly prim gün record; handing out one shared string per month lets the engine
 * reuse its hash instead of hashing a fresh string at every lookup (a pure memo: same input, same output).
 */
const MONTH_KEYS = new Map<number, MonthKey>();

/** Months counted from year 0: `2025-01` → 24300. */
export function monthIndex(month: MonthKey): number {
  const digit = (position: number): number => month.charCodeAt(position) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return year * 12 + digit(5) * 10 + digit(6) - 1;
}

export function monthKeyOfIndex(index: number): MonthKey {
  let key = MONTH_KEYS.get(index);
  if (key === undefined) {
    key = `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
    MONTH_KEYS.set(index, key);
  }
  return key;
}

export function plusMonthsToMonth(month: MonthKey, months: number): MonthKey {
  return monthKeyOfIndex(monthIndex(month) + months);
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = first; month <= last; month = plusMonthsToMonth(month, 1)) months.push(month);
  return months;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Turkish display format, `31.03.2026`. */
export function formatDateTr(iso: IsoDate): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

const MONTH_NAMES_TR = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
] as const;

/** Explanations name the same few months again and again: one display text per month key (a pure memo, bounded). */
const MONTHS_TR = new Map<MonthKey, string>();
const MONTHS_TR_LIMIT = 4096;

/** Turkish display format of a month, `Ekim 2024`. */
export function formatMonthTr(month: MonthKey): string {
  let text = MONTHS_TR.get(month);
  if (text === undefined) {
    text = `${MONTH_NAMES_TR[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
    if (MONTHS_TR.size < MONTHS_TR_LIMIT) MONTHS_TR.set(month, text);
  }
  return text;
}
