import {
  firstDayOfMonth,
  lastDayOfMonth,
  monthIndex,
  monthKeyOfIndex,
  monthOf,
  type IsoDate,
  type MonthKey,
} from '../../lib/calendar-date';

export type PaymentPeriod = {
  readonly index: number;
  readonly months: readonly MonthKey[];
  readonly start: IsoDate;
  readonly end: IsoDate;
};

export type SupportSchedule = {
  readonly supportStart: IsoDate;
  readonly supportEnd: IsoDate;
  readonly periods: readonly PaymentPeriod[];
  /** Every month of the support period, in order (the periods' months one after another). */
  readonly months: readonly MonthKey[];
};

/**
 * Cases whose credit was used in the same month share a schedule: one frozen schedule per month and shape (a pure
 * memo, bounded; a bulk re-check evaluates thousands of cases of a handful of months).
 */
const SCHEDULES = new Map<string, SupportSchedule>();
const SCHEDULES_LIMIT = 1024;

/**
 * MADDE 7(2): "Destek başlangıç tarihi, aktif kredi kullandırım tarihini takip eden ayın ilk günü itibarıyla
 * başlar." MADDE 7(1): 18 months in six payment periods of three calendar months. These are calendar dates, not
 * time limits: no shift for weekends or holidays.
 */
export function supportSchedule(creditUsedOn: IsoDate, periodCount: number, monthsPerPeriod: number): SupportSchedule {
  const key = `${monthOf(creditUsedOn)}/${periodCount}/${monthsPerPeriod}`;
  let schedule = SCHEDULES.get(key);
  if (schedule === undefined) {
    schedule = buildSchedule(monthIndex(monthOf(creditUsedOn)) + 1, periodCount, monthsPerPeriod);
    if (SCHEDULES.size < SCHEDULES_LIMIT) SCHEDULES.set(key, schedule);
  }
  return schedule;
}

function buildSchedule(firstMonth: number, periodCount: number, monthsPerPeriod: number): SupportSchedule {
  const periods: PaymentPeriod[] = [];
  const allMonths: MonthKey[] = [];
  for (let index = 1; index <= periodCount; index += 1) {
    const first = firstMonth + (index - 1) * monthsPerPeriod;
    const months: MonthKey[] = [];
    for (let offset = 0; offset < monthsPerPeriod; offset += 1) months.push(monthKeyOfIndex(first + offset));
    allMonths.push(...months);
    periods.push(
      Object.freeze({
        index,
        months: Object.freeze(months),
        start: firstDayOfMonth(monthKeyOfIndex(first)),
        end: lastDayOfMonth(monthKeyOfIndex(first + monthsPerPeriod - 1)),
      }),
    );
  }
  return Object.freeze({
    supportStart: firstDayOfMonth(monthKeyOfIndex(firstMonth)),
    supportEnd: lastDayOfMonth(monthKeyOfIndex(firstMonth + periodCount * monthsPerPeriod - 1)),
    periods: Object.freeze(periods),
    months: Object.freeze(allMonths),
  });
}
