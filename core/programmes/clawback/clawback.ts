import { daysBetween, formatDateTr, maxDate, minDate, type IsoDate } from '../../lib/calendar-date';
import type { AmountLine } from '../../lib/amount-line';
import { rateOn, type RateOnDate } from '../../lib/exchange-rates';
import { formatEur, formatNumberTr, formatTry, money, roundMinor, ZERO, type Money } from '../../lib/money';
import { actTiming, computeTimeLimit, DEFAULT_TIME_LIMIT_SETTINGS, type TimeLimitSettings } from '../../lib/time-limits';
import { invalid, valid, type Validated } from '../../lib/validation';
import type { ClawbackInput } from '../../inputs/clawback-input';
import { LEGAL_INTEREST_ARTICLE, LEGAL_INTEREST_RATES, type LegalInterestRateTable } from '../../reference/legal-interest-rates';
import { ITKFDP_II, type ItkfdpEdition } from '../itkfdp-ii/edition';
import { legalRatePeriods, percentTr } from './legal-interest';

/** MADDE 17(1): "Yazının tebliğ edildiği tarih itibarıyla 30 (otuz) gün içerisinde ödemenin yapılması halinde yasal faiz uygulanmaz." */
const INTEREST_FREE_DAYS = 30;
const DAYS_IN_YEAR = 365;

export type InterestSegment = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  readonly percent: string;
  /** The act (or, under 7589, the reeskont rate and the share) the rate comes from. */
  readonly source: string;
  readonly provisional: boolean;
};

export type ClawbackResult = {
  readonly amountEUR: Money;
  readonly interestFreeUntil: IsoDate;
  readonly interestApplies: boolean;
  readonly paymentRate: RateOnDate;
  readonly repaymentRate: RateOnDate | null;
  readonly principalTRY: Money;
  readonly days: number;
  readonly segments: readonly InterestSegment[];
  readonly interestTRY: Money;
  readonly interestEUR: Money;
  readonly totalEUR: Money;
  readonly lines: readonly AmountLine[];
  readonly explanation: string;
};

export type ClawbackSettings = {
  readonly timeLimits: TimeLimitSettings;
  readonly legalInterest: LegalInterestRateTable;
  /** The programme whose articles the explanation and the amount lines cite. */
  readonly edition: Pick<ItkfdpEdition, 'id' | 'articles'>;
};

export const DEFAULT_CLAWBACK_SETTINGS: ClawbackSettings = {
  timeLimits: DEFAULT_TIME_LIMIT_SETTINGS,
  legalInterest: LEGAL_INTEREST_RATES,
  edition: ITKFDP_II,
};

/** Each day from `from` (included) to `to` (excluded) at the legal rate in force on that day. */
function interestSegments(from: IsoDate, to: IsoDate, table: LegalInterestRateTable): Validated<InterestSegment[]> {
  const periods = legalRatePeriods(table, to);
  if (!periods.ok) return periods;
  const entries = periods.value;
  const first = entries[0];
  if (first === undefined || from < first.from) {
    return invalid('paidOn', `${formatDateTr(from)} için kanuni faiz oranı tabloda yok.`);
  }
  const segments: InterestSegment[] = [];
  entries.forEach((entry, index) => {
    const next = entries[index + 1];
    const start = maxDate(from, entry.from);
    const end = next === undefined ? to : minDate(to, next.from);
    if (start < end) {
      segments.push({
        from: start,
        to: end,
        days: daysBetween(start, end),
        percent: entry.percent,
        source: entry.source,
        provisional: entry.provisional,
      });
    }
  });
  return valid(segments);
}

/**
 * Geri tahsil (ITKFDP-II MADDE 17; IKDP MADDE 16(4)). The amount is notified in EUR; repaid within 30 days of
 * notification (a time limit, MADDE 18(7)) it bears no interest. Otherwise (17(4)): principal TL = EUR × TCMB buying
 * rate of the payment date, rounded to kuruş; simple legal interest on it from the payment date to the repayment
 * date, actual days / 365 at the rate in force each day, rounded once at the end; interest EUR = interest TL / rate
 * of the repayment date, rounded to cents.
 */
export function evaluateClawback(input: ClawbackInput, settings: ClawbackSettings = DEFAULT_CLAWBACK_SETTINGS): Validated<ClawbackResult> {
  if (input.repaidOn < input.paidOn) {
    return invalid(
      'repaidOn',
      `İade tarihi ${formatDateTr(input.repaidOn)} destek ödeme tarihi ${formatDateTr(input.paidOn)} öncesinde olamaz.`,
    );
  }
  const amount = money(input.amountEUR);
  const { articles } = settings.edition;
  /** MADDE 17(4): the clawback in TL at the payment date's rate, with legal interest, converted back at the repayment date's. */
  const conversionArticle = `${settings.edition.id} ${articles.clawbackConversion}`;
  const paymentRate = rateOn(input.rates, input.paidOn);
  if (paymentRate === null) return invalid('rates', `Ödeme tarihi ${formatDateTr(input.paidOn)} veya öncesi için TCMB kuru yok.`);
  const limit = computeTimeLimit(
    { start: input.notifiedOn, amount: INTEREST_FREE_DAYS, unit: 'day', channel: 'electronic' },
    settings.timeLimits,
  );
  if (!limit.ok) return limit;
  const interestFreeUntil = limit.value.due;
  const repaymentTiming = actTiming(limit.value, input.repaidOn);
  if (repaymentTiming === 'undecided') {
    return invalid(
      'repaidOn',
      `İade ${formatDateTr(input.repaidOn)}, tebliğ ${formatDateTr(input.notifiedOn)} + 30 gün hafta sonuna göre ${formatDateTr(interestFreeUntil)}; resmî tatil tablosu ${limit.value.uncoveredYear ?? ''} yılını henüz kapsamadığından faizsiz süre bir tatille uzamış olabilir, karar için güncel tatil tablosu gerekir.`,
    );
  }
  const interestApplies = repaymentTiming === 'late';
  const principal = roundMinor(amount.times(paymentRate.rate));
  const days = daysBetween(input.paidOn, input.repaidOn);
  const rateNote = (rate: RateOnDate): string =>
    rate.date === rate.requested
      ? `${formatDateTr(rate.date)} kuru`
      : `${formatDateTr(rate.requested)} için kur yayımlanmadığından ${formatDateTr(rate.date)} kuru`;
  const lines: AmountLine[] = [
    {
      label: 'Anapara (TL)',
      amount: principal,
      currency: 'TRY',
      formula: `${formatEur(amount)} × ${formatNumberTr(paymentRate.rate, 4)} (${rateNote(paymentRate)}) = ${formatTry(principal)} (${conversionArticle})`,
    },
  ];
  const timing = `Tebliğ ${formatDateTr(input.notifiedOn)}, faizsiz ödeme süresi ${formatDateTr(interestFreeUntil)} sonu, iade ${formatDateTr(input.repaidOn)}`;
  if (!interestApplies) {
    return valid({
      amountEUR: amount,
      interestFreeUntil,
      interestApplies,
      paymentRate,
      repaymentRate: null,
      principalTRY: principal,
      days,
      segments: [],
      interestTRY: ZERO,
      interestEUR: ZERO,
      totalEUR: amount,
      lines,
      explanation: `${timing}: iade 30 gün içinde yapıldığından yasal faiz uygulanmaz; iade edilecek tutar ${formatEur(amount)}.`,
    });
  }
  const repaymentRate = rateOn(input.rates, input.repaidOn);
  if (repaymentRate === null) return invalid('rates', `İade tarihi ${formatDateTr(input.repaidOn)} veya öncesi için TCMB kuru yok.`);
  const segments = interestSegments(input.paidOn, input.repaidOn, settings.legalInterest);
  if (!segments.ok) return segments;
  let rawInterest = ZERO;
  for (const segment of segments.value) {
    const part = principal.times(segment.percent).div(100).times(segment.days).div(DAYS_IN_YEAR);
    rawInterest = rawInterest.plus(part);
  }
  const interestTRY = roundMinor(rawInterest);
  const interestEUR = roundMinor(interestTRY.div(repaymentRate.rate));
  const totalEUR = amount.plus(interestEUR);
  const segmentText = segments.value
    .map((segment) => `${formatDateTr(segment.from)}–${formatDateTr(segment.to)}: ${segment.days} gün × ${percentTr(segment.percent)}`)
    .join(' + ');
  const sources = segments.value
    .map(
      (segment) =>
        `${formatDateTr(segment.from)}–${formatDateTr(segment.to)} (${segment.days} gün) ${percentTr(segment.percent)}: ${segment.source}`,
    )
    .join('; ');
  lines.push(
    {
      label: 'Yasal faiz (TL)',
      amount: interestTRY,
      currency: 'TRY',
      formula: `${formatTry(principal)} × (${segmentText}) / ${DAYS_IN_YEAR} = ${formatTry(interestTRY)} (sonda kuruşa yuvarlanır; ${conversionArticle}, ${LEGAL_INTEREST_ARTICLE})`,
    },
    {
      label: 'Yasal faiz (Avro)',
      amount: interestEUR,
      currency: 'EUR',
      formula: `${formatTry(interestTRY)} / ${formatNumberTr(repaymentRate.rate, 4)} (${rateNote(repaymentRate)}) = ${formatEur(interestEUR)} (${conversionArticle})`,
    },
    {
      label: 'Toplam iade (Avro)',
      amount: totalEUR,
      currency: 'EUR',
      formula: `${formatEur(amount)} + ${formatEur(interestEUR)} = ${formatEur(totalEUR)} (${conversionArticle})`,
    },
  );
  return valid({
    amountEUR: amount,
    interestFreeUntil,
    interestApplies,
    paymentRate,
    repaymentRate,
    principalTRY: principal,
    days,
    segments: segments.value,
    interestTRY,
    interestEUR,
    totalEUR,
    lines,
    explanation: `${timing}: 30 günlük süre geçtiğinden destek tutarı ödeme tarihinden iade tarihine kadar ${days} günlük yasal faiziyle geri tahsil edilir (${articles.clawbackInterest}). Kanuni faiz oranları: ${sources}.`,
  });
}
