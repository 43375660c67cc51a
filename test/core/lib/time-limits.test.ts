import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, plusDays, type IsoDate } from '../../../core/lib/calendar-date';
import {
  actTiming,
  computeTimeLimit,
  DEFAULT_HALF_DAY_OFFICE_HOURS_END,
  DEFAULT_OFFICE_HOURS_END,
  DEFAULT_TIME_LIMIT_SETTINGS,
  holidayTableCovers,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  type DeliveryChannel,
  type TimeLimitInput,
  type TimeLimitResult,
  type TimeLimitUnit,
} from '../../../core/lib/time-limits';
import type { ValidationIssue, Validated } from '../../../core/lib/validation';
import { TURKISH_OFFICIAL_HOLIDAYS, type HolidayTable } from '../../../core/reference/holidays-tr';

const holidays = TURKISH_OFFICIAL_HOLIDAYS;

function limit(start: IsoDate, amount: number, unit: TimeLimitUnit = 'day', channel: DeliveryChannel = 'electronic'): TimeLimitInput {
  return { start, amount, unit, channel };
}

function issuesOf(result: Validated<TimeLimitResult>): readonly ValidationIssue[] {
  if (result.ok) throw new Error(`expected a validation failure, got ${JSON.stringify(result.value)}`);
  return result.issues;
}

function computed(input: TimeLimitInput, settings = DEFAULT_TIME_LIMIT_SETTINGS): TimeLimitResult {
  const result = computeTimeLimit(input, settings);
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

// Oracles written apart from the engine: UTC weekday arithmetic and the raw table entries.

function utcWeekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const FULL_HOLIDAYS = new Set(holidays.entries.filter((entry) => entry.kind === 'full').map((entry) => entry.date));

function oracleWorkingDay(date: IsoDate): boolean {
  const day = utcWeekday(date);
  return day !== 0 && day !== 6 && !FULL_HOLIDAYS.has(date);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same-numbered day `months` later, or that month's last day. */
function oracleMonthsLater(start: IsoDate, months: number): IsoDate {
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(start.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('time limits — IKDP MADDE 16(8), ITKFDP-II MADDE 18(7)', () => {
  describe('counting starts the day after the start date; holidays inside the period count', () => {
    it('28.03.2025 + 5 days ends 02.04.2025 23:59 although Ramazan Bayramı lies inside the period', () => {
      expect(computed(limit('2025-03-28', 5))).toEqual({
        nominalEnd: '2025-04-02',
        due: '2025-04-02',
        certain: true,
        uncoveredYear: null,
        dueAt: '2025-04-02T23:59',
        skipped: [],
        explanation: "28.03.2025 + 5 gün = 02.04.2025; son gün iş günü, süre 02.04.2025 23:59'da biter.",
      });
    });

    it('a whole Kurban Bayramı inside a 10-day period does not extend it', () => {
      expect(computed(limit('2024-06-14', 10))).toMatchObject({ nominalEnd: '2024-06-24', due: '2024-06-24' });
    });

    it.each([
      [0, '2025-03-03'],
      [1, '2025-03-04'],
      [30, '2025-04-02'],
    ])('03.03.2025 + %i days ends on %s', (amount, due) => {
      expect(computed(limit('2025-03-03', amount)).due).toBe(due);
    });
  });

  describe('a last day on a Saturday, Sunday or full official holiday moves to the next working day', () => {
    it.each([
      ['2025-03-23', '2025-03-28', '2025-03-28', 'Friday before the Ramazan Bayramı arife: stays'],
      ['2025-03-24', '2025-03-29', '2025-04-02', 'arife on a Saturday: moves over the weekend and the bayram'],
      ['2025-03-25', '2025-03-30', '2025-04-02', 'Ramazan Bayramı 1. gün (Sunday)'],
      ['2025-03-27', '2025-04-01', '2025-04-02', 'Ramazan Bayramı 3. gün'],
      ['2025-03-28', '2025-04-02', '2025-04-02', 'the first working day after the bayram: stays'],
      ['2026-05-20', '2026-05-25', '2026-05-25', 'Monday before the Kurban Bayramı arife: stays'],
      ['2026-05-21', '2026-05-26', '2026-05-26', 'Kurban Bayramı arife (Tuesday, half day): stays'],
      ['2026-05-22', '2026-05-27', '2026-06-01', 'Kurban Bayramı 1. gün: moves over the bayram and the Sunday'],
      ['2026-10-23', '2026-10-28', '2026-10-28', '28 Ekim half day: stays'],
      ['2026-10-24', '2026-10-29', '2026-10-30', 'Cumhuriyet Bayramı (Thursday): moves to Friday'],
      ['2026-10-25', '2026-10-30', '2026-10-30', 'Friday: stays'],
      ['2026-10-26', '2026-10-31', '2026-11-02', 'Saturday: moves to Monday'],
      ['2026-10-27', '2026-11-01', '2026-11-02', 'Sunday: moves to Monday'],
      ['2024-04-03', '2024-04-08', '2024-04-08', 'idari izin day (not a holiday): stays'],
      ['2024-04-04', '2024-04-09', '2024-04-09', 'arife that was also idari izin: stays'],
      ['2024-04-05', '2024-04-10', '2024-04-15', 'Ramazan Bayramı 1. gün: moves over the bayram and the weekend'],
      ['2027-05-14', '2027-05-19', '2027-05-20', '19 Mayıs that is also Kurban Bayramı 4. gün'],
    ])('start %s + 5 days = %s, due %s (%s)', (start, nominalEnd, due) => {
      expect(computed(limit(start, 5))).toMatchObject({ nominalEnd, due, dueAt: `${due}T23:59` });
    });

    it('lists each day moved over with its Turkish reason', () => {
      expect(computed(limit('2025-03-25', 5)).skipped).toEqual([
        { date: '2025-03-30', reason: 'Pazar, Ramazan Bayramı 1. gün' },
        { date: '2025-03-31', reason: 'Ramazan Bayramı 2. gün' },
        { date: '2025-04-01', reason: 'Ramazan Bayramı 3. gün' },
      ]);
      expect(computed(limit('2026-10-26', 5)).skipped).toEqual([
        { date: '2026-10-31', reason: 'Cumartesi' },
        { date: '2026-11-01', reason: 'Pazar' },
      ]);
    });

    it('explains a moved last day in one Turkish sentence with the numbers', () => {
      expect(computed(limit('2026-10-26', 5)).explanation).toBe(
        '26.10.2026 + 5 gün = 31.10.2026; son gün hafta sonu veya resmî tatile rastladığından ' +
          "(31.10.2026 Cumartesi; 01.11.2026 Pazar) süre izleyen ilk iş günü 02.11.2026 23:59'da biter.",
      );
    });

    it('explains that an arife half day is a working day', () => {
      expect(computed(limit('2026-05-21', 5)).explanation).toBe(
        '21.05.2026 + 5 gün = 26.05.2026; son gün Kurban Bayramı arifesi (yarım gün), ' +
          "yarım gün tatiller iş günü sayıldığından süre 26.05.2026 23:59'da biter.",
      );
    });
  });

  describe('months and years end on the same-numbered day, or the month’s last day when it has none', () => {
    it.each([
      ['2025-01-31', 1, 'month', '2025-02-28', '2025-02-28'],
      ['2024-01-31', 1, 'month', '2024-02-29', '2024-02-29'],
      ['2025-01-30', 1, 'month', '2025-02-28', '2025-02-28'],
      ['2025-01-28', 1, 'month', '2025-02-28', '2025-02-28'],
      ['2025-02-28', 1, 'month', '2025-03-28', '2025-03-28'],
      ['2025-03-31', 1, 'month', '2025-04-30', '2025-04-30'],
      ['2025-08-31', 2, 'month', '2025-10-31', '2025-10-31'],
      ['2025-09-29', 1, 'month', '2025-10-29', '2025-10-30'],
      ['2025-03-01', 0, 'month', '2025-03-01', '2025-03-03'],
      ['2024-02-29', 1, 'year', '2025-02-28', '2025-02-28'],
      ['2025-06-09', 1, 'year', '2026-06-09', '2026-06-09'],
      ['2024-04-23', 2, 'year', '2026-04-23', '2026-04-24'],
    ] as const)('%s + %i %s = %s, due %s', (start, amount, unit, nominalEnd, due) => {
      expect(computed(limit(start, amount, unit))).toMatchObject({ nominalEnd, due });
    });

    it('names the unit in the explanation', () => {
      expect(computed(limit('2025-01-31', 1, 'month')).explanation).toBe(
        "31.01.2025 + 1 ay = 28.02.2025; son gün iş günü, süre 28.02.2025 23:59'da biter.",
      );
      expect(computed(limit('2024-02-29', 1, 'year')).explanation).toMatch(/^29\.02\.2024 \+ 1 yıl = 28\.02\.2025;/);
    });
  });

  describe('electronic acts end at 23:59, physical delivery at the end of office hours', () => {
    it('ends a physical delivery at 17:30 by default', () => {
      expect(DEFAULT_OFFICE_HOURS_END).toBe('17:30');
      const result = computed(limit('2025-03-25', 5, 'day', 'physical'));
      expect(result.dueAt).toBe('2025-04-02T17:30');
      expect(result.explanation).toContain("02.04.2025 17:30'da (mesai saati sonunda) biter.");
    });

    it.each([
      ['28 Ekim 2025 (Cumhuriyet Bayramı arifesi)', '2025-10-18', 10, '2025-10-28'],
      ['Ramazan Bayramı arifesi 2026', '2026-03-09', 10, '2026-03-19'],
      ['Kurban Bayramı arifesi 2026', '2026-05-16', 10, '2026-05-26'],
    ] as const)('a physical delivery on a half-day holiday (%s) ends at 12:30 by default', (_name, start, amount, due) => {
      expect(DEFAULT_HALF_DAY_OFFICE_HOURS_END).toBe('12:30');
      const physical = computed(limit(start, amount, 'day', 'physical'));
      expect(physical).toMatchObject({ due, dueAt: `${due}T12:30` });
      expect(physical.explanation).toContain("12:30'da (yarım gün tatilde sabah mesaisi sonunda) biter");
      expect(computed(limit(start, amount)).dueAt).toBe(`${due}T23:59`);
      const day = Number(due.slice(8, 10));
      expect(computed(limit(start, amount - 1, 'day', 'physical')).dueAt).toBe(
        `${due.slice(0, 8)}${String(day - 1).padStart(2, '0')}T17:30`,
      );
    });

    it('the half-day end is a setting', () => {
      const settings = { ...DEFAULT_TIME_LIMIT_SETTINGS, halfDayOfficeHoursEnd: '12:00' };
      expect(computed(limit('2025-10-18', 10, 'day', 'physical'), settings).dueAt).toBe('2025-10-28T12:00');
      expect(computeTimeLimit(limit('2025-10-18', 10), { ...DEFAULT_TIME_LIMIT_SETTINGS, halfDayOfficeHoursEnd: '12.30' })).toMatchObject({
        ok: false,
        issues: [{ field: 'halfDayOfficeHoursEnd' }],
      });
    });

    it.each([
      ['18:00', "18:00'de"],
      ['17:00', "17:00'de"],
      ['16:45', "16:45'te"],
      ['17:40', "17:40'ta"],
      ['20:00', "20:00'de"],
    ])('uses the office-hours setting %s (%s)', (officeHoursEnd, spoken) => {
      const result = computed(limit('2025-01-31', 1, 'month', 'physical'), { ...DEFAULT_TIME_LIMIT_SETTINGS, holidays, officeHoursEnd });
      expect(result.dueAt).toBe(`2025-02-28T${officeHoursEnd}`);
      expect(result.explanation).toContain(spoken);
    });
  });

  describe('invalid input is a validation failure naming the field', () => {
    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('amount %d', (amount) => {
      const issues = issuesOf(computeTimeLimit(limit('2025-01-01', amount)));
      expect(issues.map((issue) => issue.field)).toEqual(['amount']);
      expect(issues[0]?.message).toContain('Süre');
    });

    it('an amount that runs off the calendar', () => {
      expect(computeTimeLimit(limit('2025-01-01', 9_000_000, 'year'))).toMatchObject({
        ok: false,
        issues: [{ field: 'amount' }],
      });
    });

    it.each(['2025-02-30', '', '28.03.2025', '2025-3-28'])('start %j', (start) => {
      expect(computeTimeLimit(limit(start, 5))).toMatchObject({ ok: false, issues: [{ field: 'start' }] });
    });

    it.each(['25:00', '5:30', '17.30', ''])('office hours end %j', (officeHoursEnd) => {
      expect(computeTimeLimit(limit('2025-01-31', 1), { ...DEFAULT_TIME_LIMIT_SETTINGS, holidays, officeHoursEnd })).toMatchObject({
        ok: false,
        issues: [{ field: 'officeHoursEnd' }],
      });
    });
  });

  describe('a last day before the holiday table is never guessed; past its end weekends still shift it', () => {
    it.each([
      ['last day 31.12.2023, before the table', '2023-12-26', 5, false, null],
      ['last day 01.01.2024 (Yılbaşı), moved to 02.01.2024', '2023-12-27', 5, true, '2024-01-02'],
      ['last day 31.12.2027, the table’s last day', '2027-12-26', 5, true, '2027-12-31'],
    ] as const)('%s: start %s + %i days: computed %s, due %s', (_why, start, amount, ok, due) => {
      const result = computeTimeLimit(limit(start, amount));
      expect(result.ok).toBe(ok);
      if (result.ok) expect(result.value).toMatchObject({ due, certain: true, uncoveredYear: null });
      else {
        expect(result.issues.map((issue) => issue.field)).toEqual(['start']);
        expect(result.issues[0]?.message).toContain('tatil tablosunun');
      }
    });

    it.each([
      // 01.01.2028 is a Saturday: moved over the weekend to Monday 03.01.2028; whether 01.01 is a holiday does not matter.
      ['2027-12-27', 5, 'day', '2028-01-01', '2028-01-03'],
      // 30.06.2028 + 2 months = 30.08.2028, a Wednesday: the day stands although 30 Ağustos is Zafer Bayramı every year.
      ['2028-06-30', 2, 'month', '2028-08-30', '2028-08-30'],
      // 31.01.2028 + 1 month = 29.02.2028 (leap year), a Tuesday.
      ['2028-01-31', 1, 'month', '2028-02-29', '2028-02-29'],
      // 30.06.2028 + 3 months = 30.09.2028, a Saturday → Monday 02.10.2028.
      ['2028-06-30', 3, 'month', '2028-09-30', '2028-10-02'],
    ] as const)('%s + %i %s: nominal %s, weekend-shifted last day %s, not certain', (start, amount, unit, nominalEnd, due) => {
      const result = computed(limit(start, amount, unit));
      expect(result).toMatchObject({ nominalEnd, due, dueAt: `${due}T23:59`, certain: false, uncoveredYear: Number(due.slice(0, 4)) });
      expect(result.explanation).toContain(`Resmî tatil tablosu ${due.slice(0, 4)} yılını henüz kapsamıyor`);
      expect(result.explanation).toContain('bir tatil süreyi yalnızca uzatabileceğinden');
    });

    it.each([
      ['the day before the shifted last day', '2028-08-29', 'in-time'],
      ['on the shifted last day', '2028-08-30', 'in-time'],
      ['the day after it', '2028-08-31', 'undecided'],
      ['a year later', '2029-08-30', 'undecided'],
    ] as const)('past the table, an act %s (%s) is %s', (_name, on, timing) => {
      expect(actTiming(computed(limit('2028-06-30', 2, 'month')), on)).toBe(timing);
    });

    it.each([
      ['2026-08-30', 'in-time'],
      ['2026-08-31', 'in-time'],
      ['2026-09-01', 'late'],
    ] as const)('inside the table, an act on %s is %s (30.06.2026 + 2 months, moved off Zafer Bayramı to 31.08.2026)', (on, timing) => {
      expect(actTiming(computed(limit('2026-06-30', 2, 'month')), on)).toBe(timing);
    });

    it('moves over the weekend past the end of a shorter table, without guessing holidays', () => {
      const endsOnSaturday: HolidayTable = { coversFrom: '2025-01-01', coversTo: '2025-01-04', source: 'test', entries: [] };
      const settings = { ...DEFAULT_TIME_LIMIT_SETTINGS, holidays: endsOnSaturday };
      expect(computed(limit('2025-01-02', 1), settings)).toMatchObject({ due: '2025-01-03', certain: true });
      const result = computed(limit('2025-01-02', 2), settings);
      expect(result).toMatchObject({ nominalEnd: '2025-01-04', due: '2025-01-06', certain: false, uncoveredYear: 2025 });
      expect(result.skipped.map((day) => day.date)).toEqual(['2025-01-04', '2025-01-05']);
    });

    it('reports whether a table covers a date', () => {
      expect(holidayTableCovers(holidays, '2023-12-31')).toBe(false);
      expect(holidayTableCovers(holidays, '2024-01-01')).toBe(true);
      expect(holidayTableCovers(holidays, '2027-12-31')).toBe(true);
      expect(holidayTableCovers(holidays, '2028-01-01')).toBe(false);
    });
  });

  it('uses the holiday table it is given', () => {
    const withExtraDay: HolidayTable = {
      ...holidays,
      entries: [...holidays.entries, { date: '2025-04-02', kind: 'full', name: 'Deneme tatili' }],
    };
    expect(computed(limit('2025-03-28', 5)).due).toBe('2025-04-02');
    const moved = computed(limit('2025-03-28', 5), { ...DEFAULT_TIME_LIMIT_SETTINGS, holidays: withExtraDay });
    expect(moved.due).toBe('2025-04-03');
    expect(moved.skipped).toEqual([{ date: '2025-04-02', reason: 'Deneme tatili' }]);
    expect(computed(limit('2025-03-28', 5)).due).toBe('2025-04-02');
  });

  describe('properties', () => {
    const startDate = fc.integer({ min: 0, max: daysBetween('2023-11-01', '2027-12-31') }).map((n) => plusDays('2023-11-01', n));
    const channel = fc.constantFrom<DeliveryChannel>('electronic', 'physical');
    const anyLimit = fc.oneof(
      fc.record({ start: startDate, amount: fc.integer({ min: 0, max: 400 }), unit: fc.constant<TimeLimitUnit>('day'), channel }),
      fc.record({ start: startDate, amount: fc.integer({ min: 0, max: 48 }), unit: fc.constant<TimeLimitUnit>('month'), channel }),
      fc.record({ start: startDate, amount: fc.integer({ min: 0, max: 4 }), unit: fc.constant<TimeLimitUnit>('year'), channel }),
    );

    function oracleNominalEnd(input: TimeLimitInput): IsoDate {
      if (input.unit === 'day') return plusDays(input.start, input.amount);
      return oracleMonthsLater(input.start, input.unit === 'month' ? input.amount : input.amount * 12);
    }

    it('computes exactly when the last day lies inside the table, and the nominal end matches the calendar rule', () => {
      fc.assert(
        fc.property(anyLimit, (input) => {
          const expectedEnd = oracleNominalEnd(input);
          const result = computeTimeLimit(input);
          expect(result.ok).toBe(expectedEnd >= holidays.coversFrom);
          if (result.ok) {
            expect(result.value.nominalEnd).toBe(expectedEnd);
            expect(result.value.certain).toBe(result.value.due <= holidays.coversTo);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('the due date is the first working day on or after the nominal end, within 10 days', () => {
      fc.assert(
        fc.property(anyLimit, (input) => {
          const result = computeTimeLimit(input);
          if (!result.ok || !result.value.certain) return;
          const { nominalEnd, due, dueAt, skipped } = result.value;
          expect(oracleWorkingDay(due)).toBe(true);
          expect(due >= nominalEnd).toBe(true);
          expect(due > input.start || (input.amount === 0 && due >= input.start)).toBe(true);
          expect(daysBetween(nominalEnd, due)).toBeLessThanOrEqual(10);
          const between = Array.from({ length: daysBetween(nominalEnd, due) }, (_, n) => plusDays(nominalEnd, n));
          expect(between.every((date) => !oracleWorkingDay(date))).toBe(true);
          expect(skipped.map((day) => day.date)).toEqual(between);
          const halfDay = holidays.entries.some((entry) => entry.date === due && entry.kind === 'half');
          expect(dueAt).toBe(`${due}T${input.channel === 'electronic' ? '23:59' : halfDay ? '12:30' : '17:30'}`);
        }),
        { numRuns: 2000 },
      );
    });

    it('a start on the 31st ends on the last day of the target month', () => {
      const thirtyFirst = fc
        .integer({ min: 0, max: 47 })
        .map((n) => oracleMonthsLater('2023-12-31', n))
        .filter((date) => date.endsWith('-31'));
      fc.assert(
        fc.property(thirtyFirst, fc.integer({ min: 0, max: 11 }), (start, months) => {
          const result = computeTimeLimit(limit(start, months, 'month'));
          if (!result.ok) return;
          const end = result.value.nominalEnd;
          expect(Number(end.slice(8, 10))).toBe(daysInMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7))));
        }),
      );
    });
  });
});

describe('isWorkingDay / nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-05-25', true, 'Monday'],
    ['2026-05-26', true, 'Kurban Bayramı arifesi (half day)'],
    ['2026-05-27', false, 'Kurban Bayramı 1. gün'],
    ['2026-10-28', true, '28 Ekim (half day)'],
    ['2026-10-29', false, 'Cumhuriyet Bayramı'],
    ['2026-10-31', false, 'Saturday'],
    ['2026-11-01', false, 'Sunday'],
    ['2024-04-08', true, 'idari izin'],
    ['2025-04-02', true, 'idari izin'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });

  it.each([
    ['2025-03-29', '2025-04-02'],
    ['2025-04-02', '2025-04-02'],
    ['2026-05-27', '2026-06-01'],
    ['2026-10-31', '2026-11-02'],
  ])('after %s the next working day is %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date, holidays)).toBe(expected);
  });
});
