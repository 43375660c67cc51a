import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageKurus,
  exactRate,
  formatKurusTry,
  interestShare,
  kurusOf,
  kurusString,
} from '../../../../core/programmes/finansman-2026/kurus';
import { installmentFormula } from '../../../../core/programmes/finansman-2026/support-schedule';
import { evaluateFinansmanCase } from '../../../../core/rules';
import { finansmanCase, installment, loan, secondCallCase } from './builders';

function schedule(interests: readonly string[], annualRatePercent: string, call: '2026-1' | '2026-2' = '2026-1') {
  const base = call === '2026-1' ? finansmanCase() : secondCallCase();
  const installments = interests.map((interest, index) =>
    installment(`2026-1${index}-01`, index === 0 ? base.loan.amountTRY : '0.00', interest),
  );
  return evaluateFinansmanCase({ ...base, loan: loan({ ...base.loan, annualRatePercent, installments }) }).schedule;
}

describe('support per instalment — interest × points / rate, each instalment rounded to kuruş half up', () => {
  it.each([
    ['2026-1, 10 / 33, exact', '66000.00', '33', '2026-1', '20000.00'],
    ['2026-1, 10 / 33, 60.500 → 18.333,333… rounds down', '60500.00', '33', '2026-1', '18333.33'],
    ['2026-1, 10 / 33, 55.000 → 16.666,666… rounds up', '55000.00', '33', '2026-1', '16666.67'],
    ['2026-1, 10 / 40, exactly half a kuruş rounds up', '1000.02', '40', '2026-1', '250.01'],
    ['2026-1, 10 / 40, a quarter kuruş rounds down', '0.01', '40', '2026-1', '0.00'],
    ['2026-1, rate 10 = points: the whole interest', '1234.57', '10', '2026-1', '1234.57'],
    ['2026-1, rate 9,5 < points: the whole interest', '1234.57', '9.5', '2026-1', '1234.57'],
    ['2026-2, 12 / 37', '4625000.00', '37', '2026-2', '1500000.00'],
    ['2026-2, 12 / 37,5', '93750.00', '37.5', '2026-2', '30000.00'],
    ['2026-2, 12 / 41,37 (TLREF + 1)', '100000.00', '41.37', '2026-2', '29006.53'],
    ['no interest, no support', '0.00', '33', '2026-1', '0.00'],
  ] as const)('%s', (_name, interest, rate, call, expected) => {
    const [first] = schedule([interest], rate, call).installments;
    expect(kurusString(first?.supportKurus ?? -1)).toBe(expected);
    expect((first?.supportKurus ?? 0) + (first?.enterprisePaysKurus ?? 0)).toBe(kurusOf(interest));
  });

  it('rounds every instalment, sums the rounded figures and keeps a running total', () => {
    const result = schedule(['55000.00', '55000.00', '60500.00'], '33');
    expect(result.installments.map((entry) => kurusString(entry.supportKurus))).toEqual(['16666.67', '16666.67', '18333.33']);
    expect(result.installments.map((entry) => kurusString(entry.runningSupportKurus))).toEqual(['16666.67', '33333.34', '51666.67']);
    expect(kurusString(result.totalSupportKurus)).toBe('51666.67');
    expect(kurusString(result.totalInterestKurus)).toBe('170500.00');
    expect(kurusString(result.totalEnterprisePaysKurus)).toBe('118833.33');
  });

  it('is computed for a loan that fails its checks, so the reviewer sees what it would get', () => {
    const base = finansmanCase({ asOf: '2026-05-01' });
    const evaluation = evaluateFinansmanCase(base);
    expect(evaluation.eligible).toBe(false);
    expect(kurusString(evaluation.schedule.totalSupportKurus)).toBe('50000.00');
  });

  it('explains each instalment with the formula and its numbers', () => {
    const result = schedule(['60500.00'], '33');
    const [first] = result.installments;
    if (first === undefined) throw new Error('no instalment');
    expect(installmentFormula(result, first)).toBe(
      '1. taksit 01.10.2026: destek 60.500,00 ₺ × 10 / 33 = 18.333,33 ₺ (kuruşa yuvarlanır); işletmenin ödediği faiz 60.500,00 ₺ − 18.333,33 ₺ = 42.166,67 ₺; birikimli destek 18.333,33 ₺.',
    );
  });
});

describe('kuruş arithmetic agrees with decimal.js', () => {
  it('interestShare = interest × points / rate rounded half up, for any interest, points and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 6 }),
        (interest, points, whole, places) => {
          const rateText =
            places === 0
              ? String(whole)
              : `${whole}.${String(whole * 7919)
                  .slice(-places)
                  .padStart(places, '0')}`;
          if (Number(rateText) === 0) return;
          const expected = new Decimal(interest).div(100).times(points).div(rateText).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100);
          expect(interestShare(interest, points, exactRate(rateText))).toBe(expected.toNumber());
        },
      ),
    );
  });

  it('averageKurus rounds the average half up', () => {
    expect(averageKurus([300000000, 300000001])).toBe(300000001);
    expect(averageKurus([1, 1, 2])).toBe(1);
    expect(averageKurus([1, 2, 2])).toBe(2);
  });

  it.each([
    ['0.00', 0, '0,00 ₺'],
    ['0.05', 5, '0,05 ₺'],
    ['1234567.89', 123456789, '1.234.567,89 ₺'],
    ['99999999999.99', 9999999999999, '99.999.999.999,99 ₺'],
  ])('%s ↔ %i kuruş ↔ %s', (text, kurus, shown) => {
    expect(kurusOf(text)).toBe(kurus);
    expect(kurusString(kurus)).toBe(text);
    expect(formatKurusTry(kurus)).toBe(shown);
  });
});
