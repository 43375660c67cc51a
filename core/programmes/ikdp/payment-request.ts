import { formatDateTr, formatMonthTr, lastDayOfMonth, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import { formatCountTr } from '../../lib/money';
import type { IkdpPaymentRequest } from '../../inputs/ikdp-input';
import { truncatedAverage, type MonthlyPrimDays } from './base-average';
import type { IkdpEdition } from './edition';

/** What a payment request is checked against besides its own fields. */
export type IkdpRequestContext = {
  readonly edition: IkdpEdition;
  readonly primDays: MonthlyPrimDays;
  readonly base: number | null;
  readonly paidMonths: ReadonlySet<MonthKey>;
  readonly terminatedOn: IsoDate | null;
  /** A calendar override of the request deadline (`null`: not announced). */
  readonly requestDeadlineOverride: IsoDate | null | undefined;
};

function monthList(months: readonly MonthKey[]): string {
  return months.map(formatMonthTr).join(', ');
}

function monthWindowCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.monthWindow;
  const window = valueOn(context.edition.requestableMonths, request.submittedOn);
  if (window === null) return check('month-window', article, 'missing-data', 'Talep edilebilecek aylar ilan edilmedi.');
  const outside = request.months.filter((month) => month < window.first || month > window.last);
  const range = `${formatMonthTr(window.first)} – ${formatMonthTr(window.last)}`;
  return passOrFail(
    'month-window',
    article,
    outside.length === 0,
    outside.length === 0 ? `Talep edilen aylar ${range} aralığında.` : `${monthList(outside)} talep edilebilecek aylar (${range}) dışında.`,
  );
}

/** A month can be requested once it has ended: its last day is before the request date. */
function monthNotEndedCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const notEnded = request.months.filter((month) => lastDayOfMonth(month) >= request.submittedOn);
  return passOrFail(
    'month-not-ended',
    context.edition.articles.monthNotEnded,
    notEnded.length === 0,
    notEnded.length === 0
      ? `Talep edilen ayların tamamı talep tarihi ${formatDateTr(request.submittedOn)} itibarıyla sona ermiş.`
      : `${monthList(notEnded)} talep tarihi ${formatDateTr(request.submittedOn)} itibarıyla henüz sona ermemiş.`,
  );
}

/**
 * MADDE 9(2): "Daha önce ödeme talep edilerek destek alınan aylara ilişkin prim gün sayıları sonraki taleplerde
 * ortalamaya dahil edilmez." The whole request is rejected, naming the month; it is never trimmed silently.
 */
function monthAlreadyPaidCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const paid = request.months.filter((month) => context.paidMonths.has(month));
  return passOrFail(
    'month-already-paid',
    context.edition.articles.monthAlreadyPaid,
    paid.length === 0,
    paid.length === 0
      ? 'Talep edilen aylar için daha önce destek ödenmemiş.'
      : `${monthList(paid)} için daha önce onaylanan bir talepte destek ödenmiş; talep bu aylar çıkarılarak yeniden yapılmalı.`,
  );
}

export function requestedMonthsAverage(months: readonly MonthKey[], primDays: MonthlyPrimDays): number | null {
  let sum = 0;
  for (const month of months) {
    const value = primDays[month];
    if (value === undefined) return null;
    sum += value;
  }
  return truncatedAverage(sum, months.length);
}

function missingMonths(months: readonly MonthKey[], primDays: MonthlyPrimDays): MonthKey[] {
  return months.filter((month) => primDays[month] === undefined);
}

/** MADDE 9(2): the truncated average of the requested months must be ≥ the base. */
function averagePreservedCheck(request: IkdpPaymentRequest, context: IkdpRequestContext, base: number): CheckResult {
  const article = context.edition.articles.employmentPreserved;
  const missing = missingMonths(request.months, context.primDays);
  if (missing.length > 0) {
    return check('employment-preserved', article, 'missing-data', `Prim gün verisi eksik: ${monthList(missing)}.`);
  }
  const values = request.months.map((month) => context.primDays[month] ?? 0);
  const average = truncatedAverage(
    values.reduce((total, value) => total + value, 0),
    values.length,
  );
  const figures =
    values.length === 1
      ? `${monthList(request.months)} prim gün sayısı ${formatCountTr(average)}`
      : `Talep edilen ayların (${monthList(request.months)}) prim gün ortalaması (${values.map(formatCountTr).join(' + ')}) / ${values.length} = ${formatCountTr(average)}`;
  return passOrFail(
    'employment-preserved',
    article,
    average >= base,
    average >= base
      ? `${figures} ≥ baz ortalama ${formatCountTr(base)}: istihdam korunmuş.`
      : `${figures} < baz ortalama ${formatCountTr(base)}: istihdam korunmamış.`,
  );
}

type MonthPreservation = { readonly month: MonthKey; readonly status: 'pass' | 'fail' | 'missing-data'; readonly text: string };

/** 2026: a month is preserved when its own prim gün ≥ base, or the truncated average from January to it ≥ base. */
function monthOrYearToDate(month: MonthKey, primDays: MonthlyPrimDays, base: number): MonthPreservation {
  const own = primDays[month];
  const name = formatMonthTr(month);
  if (own === undefined) return { month, status: 'missing-data', text: `${name} prim gün verisi eksik` };
  if (own >= base) return { month, status: 'pass', text: `${name}: ${formatCountTr(own)} ≥ ${formatCountTr(base)}` };
  const yearToDate: MonthKey[] = [];
  for (let index = 1; index <= Number(month.slice(5, 7)); index += 1) {
    yearToDate.push(`${month.slice(0, 4)}-${index < 10 ? `0${index}` : index}`);
  }
  const average = requestedMonthsAverage(yearToDate, primDays);
  if (average === null) {
    return {
      month,
      status: 'missing-data',
      text: `${name}: ${formatCountTr(own)} < ${formatCountTr(base)}; Ocak'tan itibaren ortalama için veri eksik (${monthList(missingMonths(yearToDate, primDays))})`,
    };
  }
  const passes = average >= base;
  return {
    month,
    status: passes ? 'pass' : 'fail',
    text: `${name}: ay ${formatCountTr(own)} < ${formatCountTr(base)}, Ocak–${name} ortalaması ${formatCountTr(average)} ${passes ? '≥' : '<'} ${formatCountTr(base)}`,
  };
}

function monthOrYearToDateCheck(request: IkdpPaymentRequest, context: IkdpRequestContext, base: number): CheckResult {
  const article = context.edition.articles.employmentPreserved;
  const results = [...request.months].sort().map((month) => monthOrYearToDate(month, context.primDays, base));
  const failing = results.filter((result) => result.status === 'fail');
  const missing = results.filter((result) => result.status === 'missing-data');
  if (failing.length > 0) {
    return check(
      'employment-preserved',
      article,
      'fail',
      `İstihdam korunmamış ay var (ne ayın kendisi ne de Ocak'tan itibaren ortalama baz ortalamaya ulaşıyor): ${failing.map((result) => result.text).join('; ')}. Talep bir bütün olarak reddedilir.`,
    );
  }
  if (missing.length > 0) {
    return check('employment-preserved', article, 'missing-data', `${missing.map((result) => result.text).join('; ')}.`);
  }
  return check(
    'employment-preserved',
    article,
    'pass',
    `Her talep edilen ayda istihdam korunmuş: ${results.map((result) => result.text).join('; ')}.`,
  );
}

function employmentPreservedCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.employmentPreserved;
  if (context.base === null) {
    return check(
      'employment-preserved',
      article,
      'missing-data',
      'Baz ortalama hesaplanamadığından istihdamın korunması değerlendirilemedi.',
    );
  }
  const rule = valueOn(context.edition.preservationRule, request.submittedOn);
  if (rule === null) return check('employment-preserved', article, 'missing-data', 'İstihdamın korunması ölçütü ilan edilmedi.');
  return rule === 'requested-months-average'
    ? averagePreservedCheck(request, context, context.base)
    : monthOrYearToDateCheck(request, context, context.base);
}

function requestDeadlineCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.requestDeadline;
  const deadline =
    context.requestDeadlineOverride !== undefined
      ? context.requestDeadlineOverride
      : valueOn(context.edition.requestDeadline, request.submittedOn);
  if (deadline === null) {
    return check('request-deadline', article, 'pass', 'Son ödeme talep tarihi henüz ilan edilmedi; talep süresinde kabul edilir.');
  }
  const inTime = request.submittedOn <= deadline;
  return passOrFail(
    'request-deadline',
    article,
    inTime,
    `Talep tarihi ${formatDateTr(request.submittedOn)}, son ödeme talep tarihi ${formatDateTr(deadline)}: ${inTime ? 'süresinde' : 'süre geçmiş'}.`,
  );
}

function taxLiabilityCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.taxLiability;
  if (request.taxLiabilityActive === undefined) {
    return check('tax-liability', article, 'missing-data', 'Vergi mükellefiyeti bilgisi yok.');
  }
  return passOrFail(
    'tax-liability',
    article,
    request.taxLiabilityActive,
    request.taxLiabilityActive
      ? 'Gelir İdaresi kayıtlarına göre vergi mükellefiyeti devam ediyor.'
      : 'Gelir İdaresi kayıtlarına göre vergi mükellefiyeti sona ermiş.',
  );
}

function kosgebDebtCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.kosgebDebt;
  if (request.overdueKosgebDebt === undefined) {
    return check('kosgeb-debt', article, 'missing-data', "KOSGEB'e vadesi geçmiş borç bilgisi yok.");
  }
  return passOrFail(
    'kosgeb-debt',
    article,
    !request.overdueKosgebDebt,
    request.overdueKosgebDebt ? "İşletmenin KOSGEB'e vadesi geçmiş borcu var." : "İşletmenin KOSGEB'e vadesi geçmiş borcu yok.",
  );
}

function programmeTerminatedCheck(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult {
  const article = context.edition.articles.programmeTerminated;
  const { terminatedOn } = context;
  if (terminatedOn === null) return check('programme-terminated', article, 'pass', 'Destek programı sonlandırılmamış.');
  const after = request.submittedOn >= terminatedOn;
  return passOrFail(
    'programme-terminated',
    article,
    !after,
    after
      ? `Destek programı ${formatDateTr(terminatedOn)} tarihinde sonlandırılmış; sonlandırılan işletmeye ödeme yapılmaz.`
      : `Talep tarihi ${formatDateTr(request.submittedOn)} programın sonlandırıldığı ${formatDateTr(terminatedOn)} tarihinden önce.`,
  );
}

/** Every check of one payment request, in the order of spec/domain-rules.md. */
export function ikdpRequestChecks(request: IkdpPaymentRequest, context: IkdpRequestContext): CheckResult[] {
  return [
    monthWindowCheck(request, context),
    monthNotEndedCheck(request, context),
    monthAlreadyPaidCheck(request, context),
    employmentPreservedCheck(request, context),
    requestDeadlineCheck(request, context),
    taxLiabilityCheck(request, context),
    kosgebDebtCheck(request, context),
    programmeTerminatedCheck(request, context),
  ];
}
