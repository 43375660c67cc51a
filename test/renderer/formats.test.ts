import { describe, expect, it } from 'vitest';
import { sortTurkish } from '../../renderer/format/collation';
import { formatDate, formatMonth, formatMonthShort, formatTimestamp } from '../../renderer/format/dates';
import { formatDecimal, formatMoney } from '../../renderer/format/money';

describe('formatMoney (decimal string → Turkish amount)', () => {
  it.each([
    ['1234567.89', 'TRY', '1.234.567,89 ₺'],
    ['2500', 'EUR', '2.500,00 €'],
    ['2500.00', 'EUR', '2.500,00 €'],
    ['15000.00', 'EUR', '15.000,00 €'],
    ['0', 'TRY', '0,00 ₺'],
    ['0.5', 'TRY', '0,50 ₺'],
    ['999.99', 'TRY', '999,99 ₺'],
    ['1000', 'TRY', '1.000,00 ₺'],
    ['-2500.10', 'EUR', '-2.500,10 €'],
    // Beyond a float's 15-16 significant digits: the string is formatted exactly.
    ['12345678901234567.89', 'TRY', '12.345.678.901.234.567,89 ₺'],
    ['0.1', 'EUR', '0,10 €'],
  ] as const)('%s %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it.each(['', '1,5', '1.2.3', 'abc', '1e5', ' 12', '12.'])('refuses "%s"', (amount) => {
    expect(() => formatMoney(amount, 'TRY')).toThrow(RangeError);
  });

  it('formats a bare decimal for formulas', () => {
    expect(formatDecimal('1800000')).toBe('1.800.000,00');
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-31', '31.03.2026'],
    ['2025-01-01', '01.01.2025'],
    ['2024-02-29', '29.02.2024'],
  ])('formatDate %s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each(['31.03.2026', '2026-3-31', '2026-03-31T00:00:00Z', ''])('formatDate refuses "%s"', (text) => {
    expect(() => formatDate(text)).toThrow(RangeError);
  });

  it.each([
    ['2026-01', 'Ocak 2026', '01.2026'],
    ['2025-08', 'Ağustos 2025', '08.2025'],
    ['2025-12', 'Aralık 2025', '12.2025'],
  ])('formatMonth %s → %s', (iso, long, short) => {
    expect(formatMonth(iso)).toBe(long);
    expect(formatMonthShort(iso)).toBe(short);
  });

  it('refuses month 13', () => {
    expect(() => formatMonth('2025-13')).toThrow(RangeError);
  });

  it('shows instants in Türkiye time (UTC+3), crossing midnight', () => {
    expect(formatTimestamp('2026-03-31T21:30:00.000Z')).toBe('01.04.2026 00:30');
  });
});

describe('Turkish collation', () => {
  it('sorts ç, ı, İ, ş in alphabet order', () => {
    const names = ['Zonguldak', 'Şahin', 'İzmir', 'Işık', 'Çorum', 'Cebeci', 'Sarı', 'Ilgaz', 'Ankara'];
    expect(sortTurkish(names, (n) => n)).toEqual(['Ankara', 'Cebeci', 'Çorum', 'Ilgaz', 'Işık', 'İzmir', 'Sarı', 'Şahin', 'Zonguldak']);
  });
});
