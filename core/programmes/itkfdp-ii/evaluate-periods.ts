import { formatDateTr, formatMonthTr, monthIndex, monthOf, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import type { AmountLine } from '../../lib/amount-line';
import { check, passOrFail, summarize, type CheckResult } from '../../lib/checks';
import { formatCountTr, formatEur, money, ZERO, type Money } from '../../lib/money';
import { actTiming, computeTimeLimit, DEFAULT_TIME_LIMIT_SETTINGS, type TimeLimitSettings } from '../../lib/time-limits';
import type { CommittedPerson, ItkfdpCaseInput, ItkfdpPaymentRequest } from '../../inputs/itkfdp-input';
import { RULES_VERSION } from '../../version';
import {
  commitmentSlots,
  commitmentStaffCheck,
  countedDaysByMonth,
  isYoung,
  staffHolders,
  periodStaff,
  type CountedDays,
  personPrimDaysCheck,
  type CommitmentSlot,
  type PeriodStaff,
} from './commitments';
import { itkfdpRequired, type ItkfdpEdition, type NewHireRule } from './edition';
import { countedCitizenship, type CountedCitizenship } from './protected-status';
import { otherProgrammeStaffCheck, taxLiabilityCheck } from './staff-and-tax-checks';
import { supportSchedule, type PaymentPeriod } from './support-periods';
import {
  consecutiveFailureTermination,
  earliestTermination,
  terminatedCheck,
  type CommitmentRecord,
  type Termination,
  type TerminationReason,
} from './termination';

export type MinimumPrimDays = { readonly value: number | null; readonly article: string; readonly explanation: string };

export type ItkfdpPeriodDecision = {
  /** Position of the deciding request in the case's request list. */
  readonly requestIndex: number;
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly submittedOn: IsoDate;
  readonly approved: boolean;
  readonly checks: readonly CheckResult[];
  readonly failed: readonly string[];
  readonly missingData: readonly string[];
  readonly amountEUR: Money;
  readonly amountLines: readonly AmountLine[];
};

export type ItkfdpEvaluation = {
  readonly program: 'ITKFDP-II';
  readonly editionName: string;
  readonly rulesVersion: string;
  readonly supportStart: IsoDate;
  readonly supportEnd: IsoDate;
  readonly schedule: readonly PaymentPeriod[];
  readonly minPrimDays: MinimumPrimDays;
  /** Every request's decision for every period it asked for, in request order. */
  readonly decisions: readonly ItkfdpPeriodDecision[];
  /** Each requested period once, in period order, with the decision of the last request that asked for it. */
  readonly periods: readonly ItkfdpPeriodDecision[];
  readonly totalEUR: Money;
  /** The total cap with its article (MADDE 7(3), 14(14)). */
  readonly totalCap: { readonly amount: Money; readonly article: string };
  readonly terminatedOn: IsoDate | null;
  readonly terminationReason: TerminationReason | null;
  readonly terminationExplanation: string | null;
};

/**
 * MADDE 9(5)(c), 14(3)(a): the minimum per period is three times the lowest monthly total among the calendar's
 * reference months ("…en düşük SGK prim gün sayısına sahip olan aya ait SGK prim gün sayısı toplamının üç katı").
 */
export function minimumPrimDays(
  input: Pick<ItkfdpCaseInput, 'primDays'> & { readonly calendar: Pick<ItkfdpCaseInput['calendar'], 'referenceMonths'> },
  article: string,
  monthsPerPeriod: number,
): MinimumPrimDays {
  const months = input.calendar.referenceMonths;
  const missing = months.filter((month) => input.primDays[month] === undefined);
  if (missing.length > 0) {
    return {
      value: null,
      article,
      explanation: `Asgari prim gün için referans ay verisi eksik: ${missing.map(formatMonthTr).join(', ')}.`,
    };
  }
  let lowestMonth: MonthKey = months[0] ?? '';
  for (const month of months) if ((input.primDays[month] ?? 0) < (input.primDays[lowestMonth] ?? 0)) lowestMonth = month;
  const lowest = input.primDays[lowestMonth] ?? 0;
  const value = lowest * monthsPerPeriod;
  return {
    value,
    article,
    explanation: `Referans aylar: ${months.map((month) => `${formatMonthTr(month)} ${formatCountTr(input.primDays[month] ?? 0)}`).join(', ')}; en düşük ${formatMonthTr(lowestMonth)} ${formatCountTr(lowest)} × ${monthsPerPeriod} = ${formatCountTr(value)} prim gün.`,
  };
}

function periodTotal(
  input: ItkfdpCaseInput,
  period: PaymentPeriod,
): { readonly total: number | null; readonly missing: readonly MonthKey[] } {
  const missing = period.months.filter((month) => input.primDays[month] === undefined);
  if (missing.length > 0) return { total: null, missing };
  return { total: period.months.reduce((sum, month) => sum + (input.primDays[month] ?? 0), 0), missing };
}

function minPrimDaysCheck(input: ItkfdpCaseInput, period: PaymentPeriod, minimum: MinimumPrimDays, article: string): CheckResult {
  const { total, missing } = periodTotal(input, period);
  if (total === null) {
    return check(
      'min-prim-days',
      article,
      'missing-data',
      `Dönemin işletme prim gün verisi eksik: ${missing.map(formatMonthTr).join(', ')}.`,
    );
  }
  if (minimum.value === null) return check('min-prim-days', article, 'missing-data', minimum.explanation);
  const values = period.months.map((month) => formatCountTr(input.primDays[month] ?? 0)).join(' + ');
  return passOrFail(
    'min-prim-days',
    article,
    total >= minimum.value,
    `Başvuru ilindeki dönem toplamı ${values} = ${formatCountTr(total)} ${total >= minimum.value ? '≥' : '<'} asgari ${formatCountTr(minimum.value)} prim gün.`,
  );
}

/** The edition's values for one call, resolved on its announcement date. */
type CallValues = {
  readonly periodCount: number;
  readonly monthsPerPeriod: number;
  readonly newHireRule: NewHireRule;
  readonly minPersonDays: number;
  readonly youngLimitYears: number;
  readonly consecutiveFailuresToTerminate: number;
  readonly amounts: CaseContext['amounts'];
};

/** Many cases share a call: its values are resolved once per edition and announcement date (a pure memo). */
const CALL_VALUES = new WeakMap<ItkfdpEdition, Map<IsoDate, CallValues>>();

function callValues(edition: ItkfdpEdition, announcedOn: IsoDate): CallValues {
  let byDate = CALL_VALUES.get(edition);
  if (byDate === undefined) {
    byDate = new Map();
    CALL_VALUES.set(edition, byDate);
  }
  let values = byDate.get(announcedOn);
  if (values === undefined) {
    const standard = money(itkfdpRequired(edition.amountStandardEur, announcedOn));
    const higher = money(itkfdpRequired(edition.amountWomanOrYoungEur, announcedOn));
    values = {
      periodCount: itkfdpRequired(edition.periodCount, announcedOn),
      monthsPerPeriod: itkfdpRequired(edition.monthsPerPeriod, announcedOn),
      newHireRule: itkfdpRequired(edition.newHireRule, announcedOn),
      minPersonDays: itkfdpRequired(edition.minPersonDaysPerPeriod, announcedOn),
      youngLimitYears: itkfdpRequired(edition.youngAgeLimitYears, announcedOn),
      consecutiveFailuresToTerminate: itkfdpRequired(edition.consecutiveFailuresToTerminate, announcedOn),
      amounts: {
        standard,
        higher,
        cap: money(itkfdpRequired(edition.totalCapEur, announcedOn)),
        standardText: formatEur(standard),
        higherText: formatEur(higher),
      },
    };
    byDate.set(announcedOn, values);
  }
  return values;
}

type CaseContext = {
  readonly input: ItkfdpCaseInput;
  readonly edition: ItkfdpEdition;
  readonly slots: readonly CommitmentSlot[];
  readonly minimum: MinimumPrimDays;
  readonly newHireRule: NewHireRule;
  readonly minPersonDays: number;
  readonly youngLimitYears: number;
  /** Commitment checks depend on the period only, not on the request: computed once per period. */
  readonly commitmentsByPeriod: Map<number, readonly CheckResult[]>;
  /** MADDE 9(12) depends on the period's holders only; not a commitment check for termination (16(3) reads 14(3)). */
  readonly otherProgrammeByPeriod: Map<number, CheckResult>;
  readonly staffByPeriod: Map<number, PeriodStaff>;
  readonly counted: CountedDays;
  readonly amounts: {
    readonly standard: Money;
    readonly higher: Money;
    readonly cap: Money;
    readonly standardText: string;
    readonly higherText: string;
  };
  readonly youngById: Map<string, boolean>;
  /** MADDE 14(22), 14(23): decided once per person. */
  readonly citizenshipById: Map<string, CountedCitizenship>;
};

function commitmentChecks(context: CaseContext, period: PaymentPeriod): readonly CheckResult[] {
  const cached = context.commitmentsByPeriod.get(period.index);
  if (cached !== undefined) return cached;
  const { edition, input } = context;
  const staff = staffOf(context, period);
  const checks = [
    commitmentStaffCheck(staff, {
      article: edition.articles.commitmentStaff,
      replacementArticle: edition.articles.replacementDaysOnly,
      announcedOn: input.calendar.announcedOn,
      newHireRule: context.newHireRule,
      citizenshipOf: (person) => citizenshipOf(context, person),
    }),
    personPrimDaysCheck(staff, edition.articles.personPrimDays, context.minPersonDays),
    minPrimDaysCheck(input, period, context.minimum, edition.articles.minPrimDaysCheck),
  ];
  context.commitmentsByPeriod.set(period.index, checks);
  return checks;
}

function otherProgrammeCheck(context: CaseContext, period: PaymentPeriod): CheckResult {
  let result = context.otherProgrammeByPeriod.get(period.index);
  if (result === undefined) {
    result = otherProgrammeStaffCheck(staffOf(context, period), period, context.edition.articles.otherProgrammeStaff);
    context.otherProgrammeByPeriod.set(period.index, result);
  }
  return result;
}

function staffOf(context: CaseContext, period: PaymentPeriod): PeriodStaff {
  let staff = context.staffByPeriod.get(period.index);
  if (staff === undefined) {
    staff = periodStaff(context.slots, period, context.counted);
    context.staffByPeriod.set(period.index, staff);
  }
  return staff;
}

function citizenshipOf(context: CaseContext, person: CommittedPerson): CountedCitizenship {
  let value = context.citizenshipById.get(person.id);
  if (value === undefined) {
    value = countedCitizenship(person, context.input.calendar.announcedOn, context.edition.articles);
    context.citizenshipById.set(person.id, value);
  }
  return value;
}

function young(context: CaseContext, person: CommittedPerson): boolean {
  let value = context.youngById.get(person.id);
  if (value === undefined) {
    value = isYoung(person, context.input.calendar.announcedOn, context.youngLimitYears);
    context.youngById.set(person.id, value);
  }
  return value;
}

/**
 * MADDE 16(3) read with 14(3) and 14(19): a period "fails its commitments" when commitment-staff, person-prim-days or
 * min-prim-days fails; it is evaluated once its three months of enterprise data are in the case file.
 */
function commitmentRecords(context: CaseContext, periods: readonly PaymentPeriod[]): CommitmentRecord[] {
  return periods.map((period) => {
    if (periodTotal(context.input, period).total === null) return { period, failed: null };
    return { period, failed: commitmentChecks(context, period).some((result) => result.outcome === 'fail') };
  });
}

function periodNotEndedCheck(article: string, period: PaymentPeriod, request: ItkfdpPaymentRequest): CheckResult {
  const ended = request.submittedOn > period.end;
  return passOrFail(
    'period-not-ended',
    article,
    ended,
    ended
      ? `${period.index}. dönem ${formatDateTr(period.end)} tarihinde tamamlanmış; talep ${formatDateTr(request.submittedOn)}.`
      : `${period.index}. dönem ${formatDateTr(period.end)} tarihinde tamamlanır; ${formatDateTr(request.submittedOn)} tarihli talep erken (dönemin son ayının SGK verisi henüz oluşmaz).`,
  );
}

function installmentCheck(article: string, period: PaymentPeriod, paid: readonly number[] | undefined): CheckResult {
  if (paid === undefined) return check('installment-unpaid', article, 'missing-data', 'Kredi taksit ödemeleri bilgisi yok.');
  const isPaid = paid.includes(period.index);
  return passOrFail(
    'installment-unpaid',
    article,
    isPaid,
    isPaid
      ? `${period.index}. ödeme dönemini kapsayan ${period.index}. kredi taksiti ödenmiş.`
      : `${period.index}. ödeme dönemini kapsayan ${period.index}. kredi taksiti ödenmemiş.`,
  );
}

const COMMITMENT_DECLARED_TEXTS = [
  'Ödeme talebinde istihdam taahhüdü beyanı bilgisi yok.',
  'İşletme ödeme talebinde istihdam taahhütlerini sağladığını beyan etmiş.',
  'Ödeme talebinde istihdam taahhütlerinin sağlandığına ilişkin beyan yok.',
] as const;

const TAX_SGK_DEBT_TEXTS = [
  'Vadesi geçmiş vergi/SGK borcu bilgisi yok.',
  'Yasal sınırların üzerinde vadesi geçmiş, tecil veya taksitlendirilmemiş vergi/SGK borcu yok.',
  'Yasal sınırların üzerinde vadesi geçmiş, tecil veya taksitlendirilmemiş vergi ve/veya SGK borcu var.',
] as const;

function booleanCheck(
  code: string,
  article: string,
  value: boolean | undefined,
  passWhen: boolean,
  texts: readonly [string, string, string],
): CheckResult {
  if (value === undefined) return check(code, article, 'missing-data', texts[0]);
  return passOrFail(code, article, value === passWhen, value === passWhen ? texts[1] : texts[2]);
}

/**
 * MADDE 14(21): requests until the calendar's last request date; within 2 months after it only with an excuse the
 * unit accepted. The 2 months are a time limit (MADDE 18(7)): the end moves off weekends and holidays. Past the
 * holiday table a request on or before the weekend-shifted end is in time; a later excused one is missing data.
 */
function requestDeadlineCheck(context: CaseContext, request: ItkfdpPaymentRequest, settings: TimeLimitSettings): CheckResult {
  const article = context.edition.articles.requestDeadline;
  const last = context.input.calendar.lastRequestOn;
  if (request.submittedOn <= last) {
    return check(
      'request-deadline',
      article,
      'pass',
      `Talep ${formatDateTr(request.submittedOn)}, son ödeme talep tarihi ${formatDateTr(last)}: süresinde.`,
    );
  }
  const grace = itkfdpRequired(context.edition.lateRequestGraceMonths, request.submittedOn);
  const limit = computeTimeLimit({ start: last, amount: grace, unit: 'month', channel: 'electronic' }, settings);
  if (!limit.ok) return check('request-deadline', article, 'missing-data', limit.issues.map((issue) => issue.message).join('; '));
  const timing = actTiming(limit.value, request.submittedOn);
  const window = `son ödeme talep tarihi ${formatDateTr(last)}, mazeretli talep süresi ${formatDateTr(limit.value.due)}`;
  if (timing === 'undecided' && request.excuseAccepted === true) {
    return check(
      'request-deadline',
      article,
      'missing-data',
      `Talep ${formatDateTr(request.submittedOn)}: ${window} (hafta sonuna göre); resmî tatil tablosu ${limit.value.uncoveredYear ?? ''} yılını henüz kapsamadığından süre bir tatille uzamış olabilir, karar için güncel tatil tablosu gerekir.`,
    );
  }
  if (timing === 'late') {
    return check(
      'request-deadline',
      article,
      'fail',
      `Talep ${formatDateTr(request.submittedOn)}: ${window}; bu sürelerin dışındaki talepler işleme alınmaz.`,
    );
  }
  if (request.excuseAccepted === true) {
    return check(
      'request-deadline',
      article,
      'pass',
      `Talep ${formatDateTr(request.submittedOn)} geç ancak ${window} içinde ve mazeret uygun bulunmuş.`,
    );
  }
  return check(
    'request-deadline',
    article,
    'fail',
    `Talep ${formatDateTr(request.submittedOn)} geç (${window}${timing === 'undecided' ? ', hafta sonuna göre' : ''}); kabul edilmiş bir mazeret yok.`,
  );
}

function alreadyPaidCheck(article: string, period: PaymentPeriod, paidPeriods: ReadonlySet<number>): CheckResult {
  const paid = paidPeriods.has(period.index);
  return passOrFail(
    'period-already-paid',
    article,
    !paid,
    paid
      ? `${period.index}. dönem (${formatDateTr(period.start)} – ${formatDateTr(period.end)}) için daha önce onaylanan bir talepte destek ödenmiş; her dönem bir kez ödenir, bu talep reddedilir ve 0,00 € ödenir.`
      : `${period.index}. dönem için daha önce ödeme yapılmamış.`,
  );
}

/**
 * MADDE 7(3), 14(14): 2.500 Avro when at least one committed person in the period is a woman or young and has
 * personally at least 46 days in it; otherwise 2.000 Avro.
 */
function periodAmount(context: CaseContext, period: PaymentPeriod): AmountLine {
  const { edition, input } = context;
  const { standard, higher, standardText, higherText } = context.amounts;
  const staff = staffOf(context, period);
  const qualifying = staffHolders(staff)
    .map((person) => ({ person, woman: person.gender === 'F', young: young(context, person), days: staff.personDays.get(person) ?? 0 }))
    .filter((entry) => entry.woman || entry.young);
  const winner = qualifying.find((entry) => entry.days >= context.minPersonDays);
  if (winner !== undefined) {
    const why = winner.woman
      ? 'kadın'
      : `genç (ilan tarihi ${formatDateTr(input.calendar.announcedOn)} itibarıyla ${context.youngLimitYears} yaşından gün almamış)`;
    return {
      label: `${period.index}. dönem destek tutarı`,
      amount: higher,
      currency: 'EUR',
      formula: `Taahhüt personeli ${winner.person.id} ${why} ve dönemde ${winner.days} ≥ ${context.minPersonDays} gün: ${higherText} (${edition.articles.amount}).`,
    };
  }
  const short = qualifying.map((entry) => `${entry.person.id} ${entry.days} gün`).join(', ');
  return {
    label: `${period.index}. dönem destek tutarı`,
    amount: standard,
    currency: 'EUR',
    formula:
      qualifying.length === 0
        ? `Dönemde kadın veya genç taahhüt personeli yok: ${standardText} (${edition.articles.amount}).`
        : `Kadın/genç taahhüt personelinin dönemde ${context.minPersonDays} günü yok (${short}): ${standardText} (${edition.articles.amount}).`,
  };
}

function capped(amount: AmountLine, paidSoFar: Money, cap: Money, article: string): AmountLine {
  if (paidSoFar.plus(amount.amount).lte(cap)) return amount;
  const remainder = cap.minus(paidSoFar);
  const paid = remainder.isNegative() ? ZERO : remainder;
  return {
    ...amount,
    amount: paid,
    formula: `${amount.formula} Toplam üst limit ${formatEur(cap)}, daha önce ödenen ${formatEur(paidSoFar)}: ${formatEur(paid)} ödenir (${article}).`,
  };
}

/** Support dates, the minimum, termination and every requested period of an ITKFDP-II case, decided in order. */
export function evaluateItkfdpPeriods(
  input: ItkfdpCaseInput,
  edition: ItkfdpEdition,
  settings: TimeLimitSettings = DEFAULT_TIME_LIMIT_SETTINGS,
): ItkfdpEvaluation {
  const announcedOn = input.calendar.announcedOn;
  const values = callValues(edition, announcedOn);
  const schedule = supportSchedule(input.creditUsedOn, values.periodCount, values.monthsPerPeriod);
  const firstMonth = monthIndex(schedule.periods[0]?.months[0] ?? monthOf(schedule.supportStart));
  const supportMonths = values.periodCount * values.monthsPerPeriod;
  const context: CaseContext = {
    input,
    edition,
    slots: commitmentSlots(input.personnel),
    counted: {
      firstMonth,
      byPerson: new Map(input.personnel.map((person) => [person, countedDaysByMonth(person, firstMonth, supportMonths)])),
    },
    amounts: values.amounts,
    minimum: minimumPrimDays(input, edition.articles.minPrimDays, values.monthsPerPeriod),
    newHireRule: values.newHireRule,
    minPersonDays: values.minPersonDays,
    youngLimitYears: values.youngLimitYears,
    commitmentsByPeriod: new Map(),
    otherProgrammeByPeriod: new Map(),
    staffByPeriod: new Map(),
    youngById: new Map(),
    citizenshipById: new Map(),
  };
  const failures = consecutiveFailureTermination(
    commitmentRecords(context, schedule.periods),
    values.consecutiveFailuresToTerminate,
    edition.articles,
  );
  const termination: Termination | null = earliestTermination(input.events, failures);
  const paidPeriods = new Set<number>();
  let total = ZERO;
  const decisions: ItkfdpPeriodDecision[] = [];
  input.requests.forEach((request, requestIndex) => {
    const requestChecks = [
      booleanCheck(
        'commitment-not-declared',
        edition.articles.commitmentNotDeclared,
        request.commitmentDeclared,
        true,
        COMMITMENT_DECLARED_TEXTS,
      ),
      booleanCheck('tax-sgk-debt', edition.articles.taxSgkDebt, request.overdueTaxOrSgkDebt, false, TAX_SGK_DEBT_TEXTS),
      taxLiabilityCheck(request, edition.articles.taxLiability),
      requestDeadlineCheck(context, request, settings),
    ];
    for (const index of request.periods.length > 1 ? [...request.periods].sort((a, b) => a - b) : request.periods) {
      const period = schedule.periods[index - 1];
      if (period === undefined) continue;
      const checks: CheckResult[] = [
        periodNotEndedCheck(edition.articles.periodNotEnded, period, request),
        installmentCheck(edition.articles.installmentUnpaid, period, input.installmentsPaid),
        ...commitmentChecks(context, period),
        otherProgrammeCheck(context, period),
        ...requestChecks,
        terminatedCheck(edition.articles, period, request, input.events, failures),
        alreadyPaidCheck(edition.articles.periodAlreadyPaid, period, paidPeriods),
      ];
      const summary = summarize(checks);
      const approved = summary.passed;
      const amountLine = approved
        ? capped(periodAmount(context, period), total, context.amounts.cap, edition.articles.cap)
        : {
            label: `${period.index}. dönem`,
            amount: ZERO,
            currency: 'EUR' as const,
            formula: `Talep uygun bulunmadığından bu dönem için ödeme yapılmaz (${edition.articles.requestRejected}).`,
          };
      if (approved) {
        paidPeriods.add(period.index);
        total = total.plus(amountLine.amount);
      }
      decisions.push({
        requestIndex,
        index: period.index,
        start: period.start,
        end: period.end,
        submittedOn: request.submittedOn,
        approved,
        checks,
        failed: summary.failed,
        missingData: summary.missingData,
        amountEUR: amountLine.amount,
        amountLines: [amountLine],
      });
    }
  });
  const lastByPeriod = new Map<number, ItkfdpPeriodDecision>();
  for (const decision of decisions) lastByPeriod.set(decision.index, decision);
  return {
    program: 'ITKFDP-II',
    editionName: edition.name,
    rulesVersion: RULES_VERSION,
    supportStart: schedule.supportStart,
    supportEnd: schedule.supportEnd,
    schedule: schedule.periods,
    minPrimDays: context.minimum,
    decisions,
    periods: [...lastByPeriod.values()].sort((a, b) => a.index - b.index),
    totalEUR: total,
    totalCap: { amount: context.amounts.cap, article: edition.articles.cap },
    terminatedOn: termination?.on ?? null,
    terminationReason: termination?.reason ?? null,
    terminationExplanation: termination?.explanation ?? null,
  };
}
