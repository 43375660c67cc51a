import { formatMonthTr, monthRange, type MonthKey } from '../../lib/calendar-date';
import { valueOn } from '../../lib/legal-reference';
import { formatCountTr } from '../../lib/money';
import type { FinansmanCaseInput } from '../../inputs/finansman-input';
import { truncatedAverage } from '../ikdp/base-average';
import type { FinansmanCall } from './call';

/**
 * The employment condition of the credit line, shown for information only (spec/domain-rules.md "Finansman desteği
 * 2026", "Employment"): each month of the preservation period is tested as IKDP-2026 tests it — the month's prim gün
 * ≥ the base, or the truncated average from the period's first month to that month ≥ the base (for call 2026-1 the
 * period starts in January, exactly the IKDP-2026 year-to-date test). How the condition is checked and what a failure
 * brings are not announced, so no status changes any amount or any check.
 */
export type EmploymentMonthStatus = {
  readonly month: MonthKey;
  readonly status: 'preserved' | 'not-preserved' | 'missing-data';
  /** The month's prim gün (`null`: no data). */
  readonly primDays: number | null;
  /** The truncated average from the period's first month, when the month alone is under the base (`null`: not needed or not computable). */
  readonly averageFromFirst: number | null;
};

export type EmploymentStatus = {
  readonly base: number | null;
  readonly baseExplanation: string;
  /** The first month of the preservation period (the average runs from it). */
  readonly firstMonth: MonthKey | null;
  readonly months: readonly EmploymentMonthStatus[];
  /** The gap: what the announcements leave open, in Turkish. */
  readonly gap: string;
};

/** Each month from the period's first month to `last`, with the running sum for the average from the first month. */
function monthStatuses(
  first: MonthKey,
  last: MonthKey,
  primDays: Readonly<Record<MonthKey, number>>,
  base: number,
): EmploymentMonthStatus[] {
  const statuses: EmploymentMonthStatus[] = [];
  let sum = 0;
  let complete = true;
  let count = 0;
  for (const month of monthRange(first, last)) {
    const own = primDays[month];
    count += 1;
    if (own === undefined) {
      complete = false;
      statuses.push({ month, status: 'missing-data', primDays: null, averageFromFirst: null });
      continue;
    }
    sum += own;
    if (own >= base) statuses.push({ month, status: 'preserved', primDays: own, averageFromFirst: null });
    else if (!complete) statuses.push({ month, status: 'missing-data', primDays: own, averageFromFirst: null });
    else {
      const average = truncatedAverage(sum, count);
      statuses.push({ month, status: average >= base ? 'preserved' : 'not-preserved', primDays: own, averageFromFirst: average });
    }
  }
  return statuses;
}

/** The Turkish line of one month, with the figures (rendered when shown). */
export function employmentMonthText(employment: EmploymentStatus, entry: EmploymentMonthStatus): string {
  const name = formatMonthTr(entry.month);
  const base = formatCountTr(employment.base ?? 0);
  const from = employment.firstMonth === null ? '' : formatMonthTr(employment.firstMonth);
  if (entry.primDays === null) return `${name}: prim gün verisi yok`;
  const own = formatCountTr(entry.primDays);
  if (entry.status === 'preserved' && entry.averageFromFirst === null) return `${name}: ${own} ≥ ${base}, korunmuş`;
  if (entry.averageFromFirst === null) return `${name}: ${own} < ${base}; ${from}'dan itibaren ortalama için veri eksik`;
  const preserved = entry.status === 'preserved';
  return `${name}: ay ${own} < ${base}, ${from}–${name} ortalaması ${formatCountTr(entry.averageFromFirst)} ${preserved ? '≥' : '<'} ${base}, ${preserved ? 'korunmuş' : 'korunmamış'}`;
}

const CONSEQUENCE_GAP =
  'İstihdam koşulunun nasıl denetleneceği ve sağlanmazsa ne olacağı ilan edilmedi: aylık durum yalnızca bilgi içindir, hiçbir kontrolü ve tutarı değiştirmez.';

export function employmentStatus(input: FinansmanCaseInput, call: FinansmanCall): EmploymentStatus {
  const gap = valueOn(call.employmentConsequence, input.asOf) ?? CONSEQUENCE_GAP;
  const baseMonths = valueOn(call.employmentBaseMonths, input.asOf);
  const period = valueOn(call.employmentMonths, input.asOf);
  const primDays = input.primDays;
  const empty = (baseExplanation: string): EmploymentStatus => ({ base: null, baseExplanation, firstMonth: null, months: [], gap });
  if (baseMonths === null || period === null) return empty('İstihdam koşulunun baz ayları ya da dönemi ilan edilmedi.');
  if (primDays === undefined) return empty('Dosyada işletmenin aylık prim gün verisi yok.');
  const missing = baseMonths.filter((month) => primDays[month] === undefined);
  if (missing.length > 0) return empty(`Baz ayların prim gün verisi eksik: ${missing.map(formatMonthTr).join(', ')}.`);
  const baseValues = baseMonths.map((month) => primDays[month] ?? 0);
  const sum = baseValues.reduce((total, value) => total + value, 0);
  const base = truncatedAverage(sum, baseMonths.length);
  let last: MonthKey | null = null;
  for (const month of Object.keys(primDays)) {
    if (month >= period.first && month <= period.last && (last === null || month > last)) last = month;
  }
  return {
    base,
    baseExplanation: `Baz (${baseMonths.map(formatMonthTr).join(', ')}) prim gün: ${baseValues.map(formatCountTr).join(' + ')} = ${formatCountTr(sum)}; ${formatCountTr(sum)} / ${baseMonths.length} = ${formatCountTr(base)} (küsurat dikkate alınmaz). Korunacak dönem ${formatMonthTr(period.first)} – ${formatMonthTr(period.last)}.`,
    firstMonth: period.first,
    months: last === null ? [] : monthStatuses(period.first, last, primDays, base),
    gap,
  };
}
