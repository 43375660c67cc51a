import { describe, expect, it } from 'vitest';
import { isIsoDate, isWeekend, plusDays } from '../../../core/lib/calendar-date';
import { IDARI_IZIN_DAYS, TURKISH_OFFICIAL_HOLIDAYS, type HolidayEntry } from '../../../core/reference/holidays-tr';

const YEARS = [2024, 2025, 2026, 2027] as const;
const table = TURKISH_OFFICIAL_HOLIDAYS;

function entriesOf(year: number): HolidayEntry[] {
  return table.entries.filter((entry) => entry.date.startsWith(`${year}-`));
}

function entryOn(date: string): HolidayEntry | undefined {
  return table.entries.find((entry) => entry.date === date);
}

/** First days of the bayrams (Diyanet), as the lead gave them. */
const BAYRAMS: readonly { year: number; ramazan: string; kurban: string }[] = [
  { year: 2024, ramazan: '2024-04-10', kurban: '2024-06-16' },
  { year: 2025, ramazan: '2025-03-30', kurban: '2025-06-06' },
  { year: 2026, ramazan: '2026-03-20', kurban: '2026-05-27' },
  { year: 2027, ramazan: '2027-03-09', kurban: '2027-05-16' },
];

describe('official holidays table — 2429 sayılı Kanun MADDE 1, 2', () => {
  it('covers 2024-01-01 to 2027-12-31 and says where it comes from', () => {
    expect(table.coversFrom).toBe('2024-01-01');
    expect(table.coversTo).toBe('2027-12-31');
    expect(table.source).toContain('2429 sayılı');
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it('lists each date once, in order, inside its coverage, as a valid date', () => {
    const dates = table.entries.map((entry) => entry.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) {
      expect(isIsoDate(date)).toBe(true);
      expect(date >= table.coversFrom && date <= table.coversTo).toBe(true);
    }
  });

  // 7 national days + Ramazan 3 + Kurban 4 = 14 full days; arife ×2 and 28 Ekim = 3 half days.
  // In 2027 Kurban Bayramı 4. gün is 19 Mayıs: one date, one entry.
  it.each([
    [2024, 14, 3],
    [2025, 14, 3],
    [2026, 14, 3],
    [2027, 13, 3],
  ])('%i has %i full and %i half days', (year, full, half) => {
    const entries = entriesOf(year);
    expect(entries.filter((entry) => entry.kind === 'full')).toHaveLength(full);
    expect(entries.filter((entry) => entry.kind === 'half')).toHaveLength(half);
  });

  it.each(
    YEARS.flatMap((year) => [
      [`${year}-01-01`, 'Yılbaşı'],
      [`${year}-04-23`, 'Ulusal Egemenlik ve Çocuk Bayramı'],
      [`${year}-05-01`, 'Emek ve Dayanışma Günü'],
      [`${year}-05-19`, "Atatürk'ü Anma, Gençlik ve Spor Bayramı"],
      [`${year}-07-15`, 'Demokrasi ve Millî Birlik Günü'],
      [`${year}-08-30`, 'Zafer Bayramı'],
      [`${year}-10-29`, 'Cumhuriyet Bayramı'],
    ]),
  )('%s is a full holiday: %s', (date, name) => {
    expect(entryOn(date)).toMatchObject({ date, kind: 'full' });
    expect(entryOn(date)?.name).toContain(name);
  });

  it.each(YEARS.map((year) => [`${year}-10-28`]))('%s is a half day from 13:00 (Cumhuriyet Bayramı arifesi)', (date) => {
    expect(entryOn(date)).toEqual({ date, kind: 'half', name: 'Cumhuriyet Bayramı arifesi (yarım gün)' });
  });

  it.each(BAYRAMS)('$year: Ramazan Bayramı from $ramazan, 3 days, arife the day before', ({ ramazan }) => {
    expect(entryOn(plusDays(ramazan, -2))).toBeUndefined();
    expect(entryOn(plusDays(ramazan, -1))).toEqual({
      date: plusDays(ramazan, -1),
      kind: 'half',
      name: 'Ramazan Bayramı arifesi (yarım gün)',
    });
    for (const day of [1, 2, 3]) {
      expect(entryOn(plusDays(ramazan, day - 1))).toEqual({
        date: plusDays(ramazan, day - 1),
        kind: 'full',
        name: `Ramazan Bayramı ${day}. gün`,
      });
    }
    expect(entryOn(plusDays(ramazan, 3))).toBeUndefined();
  });

  it.each(BAYRAMS)('$year: Kurban Bayramı from $kurban, 4 days, arife the day before', ({ kurban }) => {
    expect(entryOn(plusDays(kurban, -2))).toBeUndefined();
    expect(entryOn(plusDays(kurban, -1))).toEqual({
      date: plusDays(kurban, -1),
      kind: 'half',
      name: 'Kurban Bayramı arifesi (yarım gün)',
    });
    for (const day of [1, 2, 3, 4]) {
      const entry = entryOn(plusDays(kurban, day - 1));
      expect(entry).toMatchObject({ date: plusDays(kurban, day - 1), kind: 'full' });
      expect(entry?.name).toMatch(new RegExp(`^Kurban Bayramı ${day}\\. gün( / |$)`));
    }
    expect(entryOn(plusDays(kurban, 4))).toBeUndefined();
  });

  it('names both holidays on 2027-05-19 (Kurban Bayramı 4. gün and 19 Mayıs)', () => {
    expect(entryOn('2027-05-19')).toEqual({
      date: '2027-05-19',
      kind: 'full',
      name: "Kurban Bayramı 4. gün / Atatürk'ü Anma, Gençlik ve Spor Bayramı",
    });
  });

  it('has only the listed days: every entry is a national day, 28 Ekim or part of a bayram', () => {
    const expected = new Set<string>();
    for (const { year, ramazan, kurban } of BAYRAMS) {
      for (const monthDay of ['01-01', '04-23', '05-01', '05-19', '07-15', '08-30', '10-28', '10-29']) {
        expected.add(`${year}-${monthDay}`);
      }
      for (let offset = -1; offset <= 2; offset += 1) expected.add(plusDays(ramazan, offset));
      for (let offset = -1; offset <= 3; offset += 1) expected.add(plusDays(kurban, offset));
    }
    expect(new Set(table.entries.map((entry) => entry.date))).toEqual(expected);
  });
});

describe('idari izin days — administrative leave, not holidays', () => {
  it('is plain serialisable data with a source', () => {
    expect(JSON.parse(JSON.stringify(IDARI_IZIN_DAYS))).toEqual(IDARI_IZIN_DAYS);
    expect(IDARI_IZIN_DAYS.source).not.toBe('');
  });

  it.each(IDARI_IZIN_DAYS.entries)('$date ($name) is a weekday inside the coverage and not a full holiday', (entry) => {
    expect(isIsoDate(entry.date)).toBe(true);
    expect(isWeekend(entry.date)).toBe(false);
    expect(entry.date >= IDARI_IZIN_DAYS.coversFrom && entry.date <= IDARI_IZIN_DAYS.coversTo).toBe(true);
    expect(entryOn(entry.date)?.kind).not.toBe('full');
  });

  it.each([
    ['2024-04-08', 'full'],
    ['2024-04-09', 'half'],
    ['2024-06-20', 'full'],
    ['2024-06-21', 'full'],
    ['2025-04-02', 'full'],
    ['2025-04-03', 'full'],
    ['2025-04-04', 'full'],
  ])('lists the confirmed decision for %s (%s)', (date, kind) => {
    expect(IDARI_IZIN_DAYS.entries.find((entry) => entry.date === date)?.kind).toBe(kind);
  });
});
