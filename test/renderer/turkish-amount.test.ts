import { describe, expect, it } from 'vitest';
import { parseTurkishAmount, turkishAmountText } from '../../renderer/features/itkfdp/turkish-amount';

/** The loan amount typed the Turkish way on the Kredi tab, and the field's text for a stored amount. */
describe('parseTurkishAmount', () => {
  it.each([
    ['1.850.000,00', '1850000.00'],
    ['1850000', '1850000.00'],
    ['1850000,5', '1850000.50'],
    ['1.750.000', '1750000.00'],
    [' 2.000.000,00 TL', '2000000.00'],
    ['2.000.000,00 ₺', '2000000.00'],
    ['0,01', '0.01'],
    ['007', '7.00'],
  ])('%s → %s', (text, decimal) => {
    expect(parseTurkishAmount(text)).toBe(decimal);
  });

  it.each(['', '1.850.000.00', '1,850,000', '1.85.000', '1850000,123', '-5', 'abc', '1 850 000'])('refuses %j', (text) => {
    expect(parseTurkishAmount(text)).toBeNull();
  });
});

describe('turkishAmountText', () => {
  it.each([
    ['1850000.00', '1.850.000,00', '1850000.00'],
    ['999.5', '999,50', '999.50'],
    ['1000', '1.000,00', '1000.00'],
    ['0.01', '0,01', '0.01'],
  ])('%s → %s, read back as %s', (decimal, text, back) => {
    expect(turkishAmountText(decimal)).toBe(text);
    expect(parseTurkishAmount(text)).toBe(back);
  });
});
