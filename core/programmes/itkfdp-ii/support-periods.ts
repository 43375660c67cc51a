import {
  firstDayOfMonth,
  lastDayOfMonth,
  monthOf,
  plusMonthsToMonth,
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
};

/**
 * MADDE 7(2): "Destek başlangıç tarihi, aktif kredi kullandırım tarihini takip eden ayın ilk günü itibarıyla
 * başlar." MADDE 7(1): 18 months in six payment periods of three calendar months. These are calendar dates, not
 * time limits: no shift for weekends or holidays.
 */
export function supportSchedule(creditUsedOn: IsoDate, periodCount: number, monthsPerPeriod: number): SupportSchedule {
  const firstMonth = plusMonthsToMonth(monthOf(creditUsedOn), 1);
  const periods: PaymentPeriod[] = [];
  for (let index = 1; index <= periodCount; index += 1) {
    const months: MonthKey[] = [];
    for (let offset = 0; offset < monthsPerPeriod; offset += 1) {
      months.push(plusMonthsToMonth(firstMonth, (index - 1) * monthsPerPeriod + offset));
    }
    periods.push({
      index,
      months,
      start: firstDayOfMonth(months[0] ?? firstMonth),
      end: lastDayOfMonth(months[months.length - 1] ?? firstMonth),
    });
  }
  return {
    supportStart: firstDayOfMonth(firstMonth),
    supportEnd: lastDayOfMonth(plusMonthsToMonth(firstMonth, periodCount * monthsPerPeriod - 1)),
    periods,
  };
}
