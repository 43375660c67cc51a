import { describe, expect, it } from 'vitest';
import { amountOf, bankTableOf, dateOf, monthsOf, rateOf } from '../../renderer/features/finansman/wizard-input';

describe('the credit-line wizard reads Turkish text into the contract values', () => {
  it.each([
    ['2.400.000,00', '2400000.00'],
    ['2400000', '2400000.00'],
    ['66000,5', '66000.50'],
    ['0,01', '0.01'],
    ['0', '0.00'],
    ['1.200.000,00 ₺', '1200000.00'],
    ['18.333,33 TL', '18333.33'],
    ['1,234', null],
    ['2.40.000,00', null],
    ['-5,00', null],
    ['', null],
    ['12.5', null],
  ])('amount %s → %s', (text, expected) => {
    expect(amountOf(text)).toBe(expected);
  });

  it.each([
    ['31.03.2026', '2026-03-31'],
    ['1.7.2026', '2026-07-01'],
    ['2026-06-30', '2026-06-30'],
    ['29.02.2026', null],
    ['31.04.2026', null],
    ['2026/06/30', null],
  ])('date %s → %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it.each([
    ['33', '33'],
    ['37,5', '37.5'],
    ['%41,37', '41.37'],
    ['abc', null],
    ['1000', null],
  ])('rate %s → %s', (text, expected) => {
    expect(rateOf(text)).toBe(expected);
  });

  it.each([
    ['36', 36],
    ['0', 0],
    ['600', 600],
    ['601', null],
    ['3,5', null],
  ])('months %s → %s', (text, expected) => {
    expect(monthsOf(text)).toBe(expected);
  });

  it('reads a pasted table with a header, tabs or semicolons, and blank lines', () => {
    const table = bankTableOf('Vade\tAnapara\tFaiz\n15.05.2026\t0,00\t66.000,00\n\n15.06.2026;1.200.000,00;66.000,00\n');
    expect(table).toEqual({
      rows: [
        { dueOn: '2026-05-15', principalTRY: '0.00', interestTRY: '66000.00' },
        { dueOn: '2026-06-15', principalTRY: '1200000.00', interestTRY: '66000.00' },
      ],
      errors: [],
    });
  });

  it('names every broken line with its number and refuses an empty table', () => {
    expect(bankTableOf('15.05.2026;0,00;66.000,00\n31.06.2026;abc;1,00;9').errors).toEqual([
      '2. satır: vade "31.06.2026" GG.AA.YYYY biçiminde bir tarih değil; anapara "abc" bir tutar değil; 4 hücre var, 3 bekleniyor (vade; anapara; faiz).',
    ]);
    expect(bankTableOf('  \n').errors).toEqual(['Ödeme tablosu boş: her satıra bir taksit yazın (vade; anapara; faiz).']);
  });
});
