import {
  firstDayOfMonth,
  formatDateTr,
  formatMonthTr,
  lastDayOfMonth,
  monthOf,
  type IsoDate,
  type MonthKey,
} from '../../lib/calendar-date';
import { formatCountTr } from '../../lib/money';
import type { IkdpEdition } from './edition';

export type MonthlyPrimDays = Readonly<Record<MonthKey, number>>;

/** MADDE 9(4): "Ortalama prim gün sayısı hesaplanırken, ortalamanın küsuratlı çıkması durumunda virgülden sonrası dikkate alınmaz." */
export function truncatedAverage(sum: number, count: number): number {
  return Math.floor(sum / count);
}

export type BaseAverage = {
  /** `null` when it cannot be computed (data missing, or founded after the base months). */
  readonly value: number | null;
  readonly article: string;
  readonly explanation: string;
};

function describeMonths(months: readonly MonthKey[]): string {
  return months.map(formatMonthTr).join(', ');
}

/**
 * The base (`baseAverage`): the truncated average of the enterprise's prim gün
 * in the edition's base months (MADDE 5(1), 9(1), 9(4)). A firm founded inside
 * the base months: the sum from founding divided by the number of base months
 * (MADDE 9(3): "…kurulduğu tarihten itibaren yıl sonuna kadar olan prim gün
 * sayıları toplamının üçe bölünmesi ile…").
 */
export function ikdpBaseAverage(
  primDays: MonthlyPrimDays,
  foundedOn: IsoDate | null | undefined,
  baseMonths: readonly MonthKey[],
  edition: IkdpEdition,
): BaseAverage {
  const first = baseMonths[0];
  const last = baseMonths[baseMonths.length - 1];
  const article = edition.articles.base;
  if (first === undefined || last === undefined) {
    return { value: null, article, explanation: 'Baz dönem ayları ilan edilmedi.' };
  }
  if (foundedOn != null && foundedOn > lastDayOfMonth(last)) {
    return {
      value: null,
      article,
      explanation: `İşletme ${formatDateTr(foundedOn)} tarihinde, baz dönemden (${describeMonths(baseMonths)}) sonra kurulmuş; baz ortalama hesaplanamaz.`,
    };
  }
  const foundedInside = foundedOn != null && foundedOn > firstDayOfMonth(first);
  const counted = foundedInside ? baseMonths.filter((month) => month >= monthOf(foundedOn)) : baseMonths;
  const missing = counted.filter((month) => primDays[month] === undefined);
  if (missing.length > 0) {
    return { value: null, article, explanation: `Baz dönem prim gün verisi eksik: ${describeMonths(missing)}.` };
  }
  const values = counted.map((month) => primDays[month] ?? 0);
  const sum = values.reduce((total, value) => total + value, 0);
  const value = truncatedAverage(sum, baseMonths.length);
  const founded = foundedInside
    ? ` İşletme ${formatDateTr(foundedOn)} tarihinde baz dönem içinde kurulduğundan kuruluştan itibaren olan aylar toplanıp baz dönemin ay sayısına (${baseMonths.length}) bölünür.`
    : '';
  return {
    value,
    article: foundedInside ? edition.articles.foundedInBase : article,
    explanation: `Baz dönem (${describeMonths(baseMonths)}) prim gün: ${values.map(formatCountTr).join(' + ')} = ${formatCountTr(sum)}; ${formatCountTr(sum)} / ${baseMonths.length} = ${formatCountTr(value)} (küsurat dikkate alınmaz).${founded}`,
  };
}
