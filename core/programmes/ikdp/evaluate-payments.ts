import { formatMonthTr, plusMonths, plusYears, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import type { AmountLine } from '../../lib/amount-line';
import { summarize, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import { formatCountTr, formatTry, money, roundMinor, ZERO, type Money } from '../../lib/money';
import type { IkdpCaseInput, IkdpPaymentRequest } from '../../inputs/ikdp-input';
import { RULES_VERSION } from '../../version';
import { ikdpBaseAverage, type BaseAverage } from './base-average';
import type { IkdpEdition } from './edition';
import { ikdpRequestChecks, requestedMonthsAverage } from './payment-request';

export type IkdpRequestDecision = {
  readonly submittedOn: IsoDate;
  readonly months: readonly MonthKey[];
  readonly approved: boolean;
  readonly checks: readonly CheckResult[];
  readonly failed: readonly string[];
  readonly missingData: readonly string[];
  /** Truncated average of the requested months; `null` when a month has no data. */
  readonly average: number | null;
  readonly amountTRY: Money;
  readonly amountLines: readonly AmountLine[];
};

export type IkdpEvaluation = {
  readonly program: IkdpEdition['id'];
  readonly editionName: string;
  readonly provisional: boolean;
  readonly rulesVersion: string;
  readonly base: BaseAverage;
  readonly programStart: IsoDate;
  /** `null`: not announced. */
  readonly programEnd: IsoDate | null;
  readonly postMonitoringDue: IsoDate | null;
  readonly dateNotes: readonly string[];
  readonly requests: readonly IkdpRequestDecision[];
  readonly totalTRY: Money;
};

function programmeDates(
  input: IkdpCaseInput,
  edition: IkdpEdition,
): Pick<IkdpEvaluation, 'programEnd' | 'postMonitoringDue' | 'dateNotes'> {
  const period = valueOn(edition.programmePeriod, input.approvedOn);
  const notes: string[] = [];
  let programEnd: IsoDate | null = null;
  if (period === null) notes.push('Program süresi henüz ilan edilmedi.');
  else if (period.kind === 'months-from-approval') {
    programEnd = plusMonths(input.approvedOn, period.months);
    notes.push(`Program bitişi: onay tarihi + ${period.months} ay (${edition.articles.programmePeriod}).`);
  } else {
    programEnd = period.end;
    notes.push(`Program bitişi ilan edilen tarih (${edition.articles.programmePeriod}).`);
  }
  const years = valueOn(edition.postMonitoringAfterYears, input.approvedOn);
  let postMonitoringDue: IsoDate | null = null;
  if (years === null) notes.push('Program sonrası izleme tarihi henüz ilan edilmedi.');
  else if (programEnd !== null) {
    postMonitoringDue = plusYears(programEnd, years);
    notes.push(`Program sonrası izleme: bitişten ${years} yıl sonra (${edition.articles.postMonitoring}).`);
  }
  return { programEnd, postMonitoringDue, dateNotes: notes };
}

type Payment = { readonly amount: Money; readonly lines: AmountLine[] };

/**
 * MADDE 15(6): "Destek tutarı istihdamın korunmuş olduğu her ay için, (… ortalama prim gün sayısı / 30) x 2.500 TL
 * şeklinde … hesaplanır." Each month is rounded to kuruş, then summed (15(7)); the base counted for money is capped
 * at 249 × 30 prim gün and the cumulative total at the edition's cap, paying the remainder (MADDE 8(2)).
 */
function requestPayment(request: IkdpPaymentRequest, base: number, edition: IkdpEdition, paidSoFar: Money): Payment {
  const support = valueOn(edition.supportPer30PrimGun, request.submittedOn);
  const baseCap = valueOn(edition.basePrimGunCap, request.submittedOn);
  const totalCap = valueOn(edition.totalCapTry, request.submittedOn);
  if (support === null) {
    return {
      amount: ZERO,
      lines: [
        {
          label: 'Destek tutarı',
          amount: ZERO,
          currency: 'TRY',
          formula: `30 prim gün için destek tutarı ilan edilmedi (${edition.articles.cap}).`,
        },
      ],
    };
  }
  const moneyBase = baseCap !== null && base > baseCap ? baseCap : base;
  const capNote =
    moneyBase < base
      ? ` (baz ${formatCountTr(base)} prim gün, üst sınır ${formatCountTr(moneyBase)} prim gün, ${edition.articles.cap})`
      : '';
  const perMonth = roundMinor(money(moneyBase).times(support).div(30));
  const perMonthText = formatTry(perMonth);
  const formula = `${formatCountTr(moneyBase)}${capNote} / 30 × ${formatTry(money(support))} = ${perMonthText} (kuruşa yuvarlanır; ${edition.articles.monthAmount})`;
  const lines: AmountLine[] = [...request.months]
    .sort()
    .map((month) => ({ label: formatMonthTr(month), amount: perMonth, currency: 'TRY', formula }));
  let amount = perMonth.times(request.months.length);
  lines.push({
    label: 'Talep toplamı',
    amount,
    currency: 'TRY',
    formula: `${request.months.length} ay × ${perMonthText} = ${formatTry(amount)} (${edition.articles.requestAmount})`,
  });
  if (totalCap !== null && paidSoFar.plus(amount).greaterThan(totalCap)) {
    const remainder = money(totalCap).minus(paidSoFar);
    amount = remainder.isNegative() ? ZERO : remainder;
    lines.push({
      label: 'Üst limit',
      amount,
      currency: 'TRY',
      formula: `Toplam destek üst limiti ${formatTry(money(totalCap))}; daha önce ödenen ${formatTry(paidSoFar)}; bu talepte kalan ${formatTry(amount)} ödenir (${edition.articles.cap}).`,
    });
  }
  return { amount, lines };
}

/** Base, programme dates and every payment request of an İstihdamı Koruma case, decided in order. */
export function evaluateIkdpPayments(input: IkdpCaseInput, edition: IkdpEdition): IkdpEvaluation {
  const baseMonths = valueOn(edition.baseMonths, input.approvedOn) ?? [];
  const base = ikdpBaseAverage(input.primDays, input.foundedOn, baseMonths, edition);
  const paidMonths = new Set<MonthKey>();
  let total = ZERO;
  const requests: IkdpRequestDecision[] = [];
  for (const request of input.requests) {
    const checks = ikdpRequestChecks(request, {
      edition,
      primDays: input.primDays,
      base: base.value,
      paidMonths,
      terminatedOn: input.terminatedOn ?? null,
      requestDeadlineOverride: input.calendar?.lastRequestOn,
    });
    // employment-preserved is missing-data whenever the base is unknown, so an approved request always has a base.
    const summary = summarize(checks);
    const payment = summary.passed && base.value !== null ? requestPayment(request, base.value, edition, total) : null;
    const approved = payment !== null;
    if (payment !== null) {
      total = total.plus(payment.amount);
      for (const month of request.months) paidMonths.add(month);
    }
    requests.push({
      submittedOn: request.submittedOn,
      months: request.months,
      approved,
      checks,
      failed: summary.failed,
      missingData: summary.missingData,
      average: requestedMonthsAverage(request.months, input.primDays),
      amountTRY: payment?.amount ?? ZERO,
      amountLines: payment?.lines ?? [
        {
          label: 'Ödeme',
          amount: ZERO,
          currency: 'TRY',
          formula: `Talep uygun bulunmadığından ödeme yapılmaz; işletme yeniden talepte bulunabilir (${edition.articles.requestRejected}).`,
        },
      ],
    });
  }
  return {
    program: edition.id,
    editionName: edition.name,
    provisional: edition.provisional,
    rulesVersion: RULES_VERSION,
    base,
    programStart: input.approvedOn,
    ...programmeDates(input, edition),
    requests,
    totalTRY: total,
  };
}
