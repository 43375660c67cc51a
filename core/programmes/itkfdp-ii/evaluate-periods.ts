import { formatDateTr, formatMonthTr, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import type { AmountLine } from '../../lib/amount-line';
import { check, passOrFail, summarize, type CheckResult } from '../../lib/checks';
import { formatCountTr, formatEur, money, ZERO, type Money } from '../../lib/money';
import { DEFAULT_TIME_LIMIT_SETTINGS, type TimeLimitSettings } from '../../lib/time-limits';
import type { CommittedPerson, ItkfdpCaseInput } from '../../inputs/itkfdp-input';
import { RULES_VERSION } from '../../version';
import {
  commitmentSlots,
  commitmentStaffCheck,
  isYoung,
  periodStaff,
  personPrimDaysCheck,
  type CommitmentContext,
  type CommitmentSlot,
  type PeriodStaff,
} from './commitments';
import { itkfdpRequired, type ItkfdpEdition, type NewHireRule } from './edition';
import { countedCitizenship, type CountedCitizenship } from './protected-status';
import { otherProgrammeStaffCheck, taxLiabilityCheck } from './staff-and-tax-checks';
import { periodNotEndedCheck, requestDeadlineCheck, sharedResults } from './request-checks';
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
  let missing = '';
  let listed = '';
  let lowestMonth: MonthKey = months[0] ?? '';
  let lowest = input.primDays[lowestMonth] ?? 0;
  for (const month of months) {
    const days = input.primDays[month];
    if (days === undefined) {
      missing += `${missing === '' ? '' : ', '}${formatMonthTr(month)}`;
      continue;
    }
    if (days < lowest) {
      lowest = days;
      lowestMonth = month;
    }
    listed += `${listed === '' ? '' : ', '}${formatMonthTr(month)} ${formatCountTr(days)}`;
  }
  if (missing !== '') return { value: null, article, explanation: `Asgari prim gün için referans ay verisi eksik: ${missing}.` };
  const value = lowest * monthsPerPeriod;
  return {
    value,
    article,
    explanation: `Referans aylar: ${listed}; en düşük ${formatMonthTr(lowestMonth)} ${formatCountTr(lowest)} × ${monthsPerPeriod} = ${formatCountTr(value)} prim gün.`,
  };
}

type PeriodTotal = { readonly total: number; readonly missing: null } | { readonly total: null; readonly missing: readonly MonthKey[] };

function periodTotal(input: ItkfdpCaseInput, period: PaymentPeriod): PeriodTotal {
  let total = 0;
  for (const month of period.months) {
    const days = input.primDays[month];
    if (days === undefined) return { total: null, missing: period.months.filter((each) => input.primDays[each] === undefined) };
    total += days;
  }
  return { total, missing: null };
}

function minPrimDaysCheck(
  input: ItkfdpCaseInput,
  period: PaymentPeriod,
  periodDays: PeriodTotal,
  minimum: MinimumPrimDays,
  article: string,
): CheckResult {
  if (periodDays.total === null) {
    return check(
      'min-prim-days',
      article,
      'missing-data',
      `Dönemin işletme prim gün verisi eksik: ${periodDays.missing.map(formatMonthTr).join(', ')}.`,
    );
  }
  if (minimum.value === null) return check('min-prim-days', article, 'missing-data', minimum.explanation);
  const { total } = periodDays;
  let values = '';
  for (const month of period.months) values += `${values === '' ? '' : ' + '}${formatCountTr(input.primDays[month] ?? 0)}`;
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

/** What a period's checks share, computed on first use: they depend on the period, not on the request. */
type PeriodFacts = {
  staff: PeriodStaff | null;
  total: PeriodTotal | null;
  commitments: readonly CheckResult[] | null;
  /** MADDE 9(12) depends on the period's holders only; not a commitment check for termination (16(3) reads 14(3)). */
  otherProgramme: CheckResult | null;
};

type CaseContext = {
  readonly input: ItkfdpCaseInput;
  readonly edition: ItkfdpEdition;
  readonly slots: readonly CommitmentSlot[];
  readonly minimum: MinimumPrimDays;
  readonly monthsPerPeriod: number;
  readonly minPersonDays: number;
  readonly youngLimitYears: number;
  /** By period index − 1. */
  readonly facts: readonly PeriodFacts[];
  readonly commitment: CommitmentContext;
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

function factsOf(context: CaseContext, period: PaymentPeriod): PeriodFacts {
  const facts = context.facts[period.index - 1];
  if (facts === undefined) throw new Error(`${period.index}. dönem takvimde yok.`);
  return facts;
}

function totalOf(context: CaseContext, period: PaymentPeriod): PeriodTotal {
  const facts = factsOf(context, period);
  facts.total ??= periodTotal(context.input, period);
  return facts.total;
}

function commitmentChecks(context: CaseContext, period: PaymentPeriod): readonly CheckResult[] {
  const facts = factsOf(context, period);
  if (facts.commitments !== null) return facts.commitments;
  const { edition, input } = context;
  const staff = staffOf(context, period);
  facts.commitments = [
    commitmentStaffCheck(staff, context.commitment),
    personPrimDaysCheck(staff, edition.articles.personPrimDays, context.minPersonDays),
    minPrimDaysCheck(input, period, totalOf(context, period), context.minimum, edition.articles.minPrimDaysCheck),
  ];
  return facts.commitments;
}

function otherProgrammeCheck(context: CaseContext, period: PaymentPeriod): CheckResult {
  const facts = factsOf(context, period);
  facts.otherProgramme ??= otherProgrammeStaffCheck(staffOf(context, period), period, context.edition.articles.otherProgrammeStaff);
  return facts.otherProgramme;
}

function staffOf(context: CaseContext, period: PaymentPeriod): PeriodStaff {
  const facts = factsOf(context, period);
  facts.staff ??= periodStaff(context.slots, period, (period.index - 1) * context.monthsPerPeriod);
  return facts.staff;
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
    if (totalOf(context, period).total === null) return { period, failed: null };
    return { period, failed: commitmentChecks(context, period).some((result) => result.outcome === 'fail') };
  });
}

/**
 * MADDE 7(3), 14(14): 2.500 Avro when at least one committed person in the period is a woman or young and has
 * personally at least 46 days in it; otherwise 2.000 Avro.
 */
function periodAmount(context: CaseContext, period: PaymentPeriod): AmountLine {
  const { edition, input } = context;
  const { standard, higher, standardText, higherText } = context.amounts;
  const label = `${period.index}. dönem destek tutarı`;
  // The first woman or young holder with enough days of their own decides; when none has, all of them are named.
  let short = '';
  for (const slot of staffOf(context, period).slots) {
    for (let index = 0; index < slot.holders.length; index += 1) {
      const person = slot.holders[index];
      if (person === undefined) continue;
      const woman = person.gender === 'F';
      if (!woman && !young(context, person)) continue;
      const days = slot.holderDays[index] ?? 0;
      if (days >= context.minPersonDays) {
        const why = woman
          ? 'kadın'
          : `genç (ilan tarihi ${formatDateTr(input.calendar.announcedOn)} itibarıyla ${context.youngLimitYears} yaşından gün almamış)`;
        return {
          label,
          amount: higher,
          currency: 'EUR',
          formula: `Taahhüt personeli ${person.id} ${why} ve dönemde ${days} ≥ ${context.minPersonDays} gün: ${higherText} (${edition.articles.amount}).`,
        };
      }
      short += `${short === '' ? '' : ', '}${person.id} ${days} gün`;
    }
  }
  return {
    label,
    amount: standard,
    currency: 'EUR',
    formula:
      short === ''
        ? `Dönemde kadın veya genç taahhüt personeli yok: ${standardText} (${edition.articles.amount}).`
        : `Kadın/genç taahhüt personelinin dönemde ${context.minPersonDays} günü yok (${short}): ${standardText} (${edition.articles.amount}).`,
  };
}

/** The amount line as paid under the total cap, and the total paid with it. */
function capped(amount: AmountLine, paidSoFar: Money, cap: Money, article: string): { readonly line: AmountLine; readonly total: Money } {
  const total = paidSoFar.plus(amount.amount);
  if (total.lte(cap)) return { line: amount, total };
  const remainder = cap.minus(paidSoFar);
  const paid = remainder.isNegative() ? ZERO : remainder;
  return {
    line: {
      ...amount,
      amount: paid,
      formula: `${amount.formula} Toplam üst limit ${formatEur(cap)}, daha önce ödenen ${formatEur(paidSoFar)}: ${formatEur(paid)} ödenir (${article}).`,
    },
    total: paidSoFar.plus(paid),
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
  const context: CaseContext = {
    input,
    edition,
    slots: commitmentSlots(input.personnel, schedule.months),
    amounts: values.amounts,
    minimum: minimumPrimDays(input, edition.articles.minPrimDays, values.monthsPerPeriod),
    monthsPerPeriod: values.monthsPerPeriod,
    minPersonDays: values.minPersonDays,
    youngLimitYears: values.youngLimitYears,
    facts: schedule.periods.map(() => ({ staff: null, total: null, commitments: null, otherProgramme: null })),
    commitment: {
      article: edition.articles.commitmentStaff,
      replacementArticle: edition.articles.replacementDaysOnly,
      announcedOn,
      newHireRule: values.newHireRule,
      citizenshipOf: (person) => citizenshipOf(context, person),
      memo: { last: null },
    },
    youngById: new Map(),
    citizenshipById: new Map(),
  };
  const failures = consecutiveFailureTermination(
    commitmentRecords(context, schedule.periods),
    values.consecutiveFailuresToTerminate,
    edition.articles,
  );
  const termination: Termination | null = earliestTermination(input.events, failures);
  const notTerminated = failures === null && input.events.length === 0;
  const shared = sharedResults(edition);
  const paidPeriods = new Set<number>();
  let total = ZERO;
  const decisions: ItkfdpPeriodDecision[] = [];
  input.requests.forEach((request, requestIndex) => {
    const requestChecks = [
      shared.commitmentDeclaredCheck(request),
      shared.taxSgkDebtCheck(request),
      taxLiabilityCheck(request, edition.articles.taxLiability),
      requestDeadlineCheck(edition, input.calendar.lastRequestOn, request, settings),
    ];
    for (const index of request.periods.length > 1 ? [...request.periods].sort((a, b) => a - b) : request.periods) {
      const period = schedule.periods[index - 1];
      if (period === undefined) continue;
      const checks: CheckResult[] = [
        periodNotEndedCheck(edition.articles.periodNotEnded, period, request),
        shared.installment(period, input.installmentsPaid),
      ];
      for (const result of commitmentChecks(context, period)) checks.push(result);
      checks.push(otherProgrammeCheck(context, period));
      for (const result of requestChecks) checks.push(result);
      checks.push(
        notTerminated ? shared.notTerminated : terminatedCheck(edition.articles, period, request, input.events, failures),
        shared.alreadyPaid(period, paidPeriods),
      );
      const summary = summarize(checks);
      const approved = summary.passed;
      let amountLine: AmountLine;
      if (approved) {
        const paid = capped(periodAmount(context, period), total, context.amounts.cap, edition.articles.cap);
        amountLine = paid.line;
        total = paid.total;
        paidPeriods.add(period.index);
      } else {
        amountLine = shared.rejectedLine(period);
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
