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
};

/**
 * MADDE 7(2): "Destek başlangıç tarihi, aktif kredi kullandırım tarihini takip eden ayın ilk günü itibarıyla
 * başlar." MADDE 7(1): 18 months in six payment periods of three calendar months. These are calendar dates, not
 * time limits: no shift for weekends or holidays.
 */
export function supportSchedule(creditUsedOn: IsoDate, periodCount: number, monthsPerPeriod: number): SupportSchedule {
  const firstMonth = monthIndex(monthOf(creditUsedOn)) + 1;
  const periods: PaymentPeriod[] = [];
  for (let index = 1; index <= periodCount; index += 1) {
    const first = firstMonth + (index - 1) * monthsPerPeriod;
    const months: MonthKey[] = [];
    for (let offset = 0; offset < monthsPerPeriod; offset += 1) months.push(monthKeyOfIndex(first + offset));
    periods.push({
      index,
      months,
      start: firstDayOfMonth(monthKeyOfIndex(first)),
      end: lastDayOfMonth(monthKeyOfIndex(first + monthsPerPeriod - 1)),
    });
  }
  return {
    supportStart: firstDayOfMonth(monthKeyOfIndex(firstMonth)),
    supportEnd: lastDayOfMonth(monthKeyOfIndex(firstMonth + periodCount * monthsPerPeriod - 1)),
    periods,
  };
}
