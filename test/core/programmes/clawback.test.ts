import { describe, expect, it } from 'vitest';
import type { ClawbackInput } from '../../../core/inputs/clawback-input';
import { toMoneyString } from '../../../core/lib/money';
import type { ClawbackResult } from '../../../core/programmes/clawback/clawback';
import { evaluateClawbackCase } from '../../../core/rules';
import { clawbackCase } from './builders';

/**
 * Expected figures are worked out by hand (principal = EUR × rate of the payment date, rounded to kuruş; interest =
 * principal × Σ(days × rate) / 365, rounded once; interest EUR = interest TL / rate of the repayment date, rounded).
 */

function evaluated(input: ClawbackInput): ClawbackResult {
  const result = evaluateClawbackCase(input);
  if (!result.ok) throw new Error(`unexpected validation issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function figures(result: ClawbackResult) {
  return {
    interestApplies: result.interestApplies,
    principalTRY: toMoneyString(result.principalTRY),
    days: result.days,
    interestTRY: toMoneyString(result.interestTRY),
    interestEUR: toMoneyString(result.interestEUR),
    totalEUR: toMoneyString(result.totalEUR),
  };
}

describe('clawback — ITKFDP-II MADDE 17(1): repaid within 30 days of notification, no interest', () => {
  // Notified Monday 02/06/2025: day 30 is Wednesday 02/07/2025.
  it.each([
    ['2025-07-01', false],
    ['2025-07-02', false],
    ['2025-07-03', true],
  ] as const)('notified 02/06/2025, repaid %s → interest %s', (repaidOn, interestApplies) => {
    const result = evaluated(clawbackCase({ notifiedOn: '2025-06-02', repaidOn }));
    expect(result.interestFreeUntil).toBe('2025-07-02');
    expect(result.interestApplies).toBe(interestApplies);
    expect(result.explanation).toContain('faizsiz ödeme süresi 02.07.2025 sonu');
    if (!interestApplies) {
      expect(figures(result)).toMatchObject({ interestTRY: '0.00', interestEUR: '0.00', totalEUR: '2500.00' });
      expect(result.explanation).toContain('yasal faiz uygulanmaz; iade edilecek tutar 2.500,00 €');
      expect(result.lines.map((line) => line.label)).toEqual(['Anapara (TL)']);
    }
  });

  it('repaid the day after: 115 days of interest at 24 % on 97.808,50 TL', () => {
    expect(figures(evaluated(clawbackCase({ notifiedOn: '2025-06-02', repaidOn: '2025-07-03' })))).toEqual({
      interestApplies: true,
      principalTRY: '97808.50',
      days: 115,
      interestTRY: '7395.93',
      interestEUR: '166.20',
      totalEUR: '2666.20',
    });
  });

  // Notified Friday 04/07/2025: day 30 is Sunday 03/08/2025, moved to Monday 04/08/2025.
  it.each([
    ['2025-08-03', false],
    ['2025-08-04', false],
    ['2025-08-05', true],
  ] as const)('day 30 on a Sunday moves to Monday 04/08/2025: repaid %s → interest %s', (repaidOn, interestApplies) => {
    const result = evaluated(clawbackCase({ notifiedOn: '2025-07-04', repaidOn }));
    expect(result.interestFreeUntil).toBe('2025-08-04');
    expect(result.interestApplies).toBe(interestApplies);
  });

  it('repaid the day after the moved day: 148 days of interest', () => {
    expect(figures(evaluated(clawbackCase({ notifiedOn: '2025-07-04', repaidOn: '2025-08-05' })))).toEqual({
      interestApplies: true,
      principalTRY: '97808.50',
      days: 148,
      interestTRY: '9518.24',
      interestEUR: '213.89',
      totalEUR: '2713.89',
    });
  });
});

describe('clawback — MADDE 17(4), Law 3095: simple legal interest at the rate in force each day (9 % until 31/05/2024, 24 % from 01/06/2024)', () => {
  const acrossChange = clawbackCase({
    paidOn: '2024-05-20',
    notifiedOn: '2024-06-01',
    repaidOn: '2024-07-10',
    rates: { '2024-05-20': '34.9876', '2024-07-10': '35.1234' },
  });

  it('splits 51 days into 12 at 9 % and 39 at 24 %', () => {
    const result = evaluated(acrossChange);
    expect(result.segments).toMatchObject([
      { from: '2024-05-20', to: '2024-06-01', days: 12, percent: '9', provisional: false },
      { from: '2024-06-01', to: '2024-07-10', days: 39, percent: '24', provisional: false },
    ]);
    expect(result.segments[1]?.source).toContain('Cumhurbaşkanı Kararı 8485');
    expect(figures(result)).toEqual({
      interestApplies: true,
      principalTRY: '87469.00',
      days: 51,
      interestTRY: '2501.85',
      interestEUR: '71.23',
      totalEUR: '2571.23',
    });
  });

  it('shows every amount line with its formula and the numbers used', () => {
    const result = evaluated(acrossChange);
    expect(result.lines.map((line) => [line.label, toMoneyString(line.amount), line.currency, line.formula])).toEqual([
      ['Anapara (TL)', '87469.00', 'TRY', '2.500,00 € × 34,9876 (20.05.2024 kuru) = 87.469,00 ₺ (ITKFDP-II MADDE 17(4))'],
      [
        'Yasal faiz (TL)',
        '2501.85',
        'TRY',
        '87.469,00 ₺ × (20.05.2024–01.06.2024: 12 gün × %9 + 01.06.2024–10.07.2024: 39 gün × %24) / 365 = 2.501,85 ₺ (sonda kuruşa yuvarlanır; ITKFDP-II MADDE 17(4), 3095 sayılı Kanun m.1)',
      ],
      ['Yasal faiz (Avro)', '71.23', 'EUR', '2.501,85 ₺ / 35,1234 (10.07.2024 kuru) = 71,23 € (ITKFDP-II MADDE 17(4))'],
      ['Toplam iade (Avro)', '2571.23', 'EUR', '2.500,00 € + 71,23 € = 2.571,23 € (ITKFDP-II MADDE 17(4))'],
    ]);
    expect(result.explanation).toContain('51 günlük yasal faiziyle');
  });

  // 2.500 € × 40 = 100.000,00 TL; one day at 9 % = 24,66 TL, at 24 % = 65,75 TL.
  it.each([
    ['2024-05-30', '2024-05-31', '9', '24.66', '0.62'],
    ['2024-05-31', '2024-06-01', '9', '24.66', '0.62'],
    ['2024-06-01', '2024-06-02', '24', '65.75', '1.64'],
  ] as const)('one day from %s to %s is charged at %s %%', (paidOn, repaidOn, percent, interestTRY, interestEUR) => {
    const result = evaluated(clawbackCase({ paidOn, notifiedOn: '2024-04-01', repaidOn, rates: { '2024-05-30': '40.0000' } }));
    expect(result.segments).toMatchObject([{ from: paidOn, to: repaidOn, days: 1, percent }]);
    expect(figures(result)).toMatchObject({ principalTRY: '100000.00', days: 1, interestTRY, interestEUR });
  });
});

describe('clawback — rates: a date with no published rate uses the latest earlier one', () => {
  it('takes Friday’s rate for a Saturday payment and a Sunday repayment, and says so', () => {
    const result = evaluated(
      clawbackCase({
        amountEUR: '2000.00',
        paidOn: '2025-03-08',
        notifiedOn: '2025-06-02',
        repaidOn: '2025-10-19',
        rates: { '2025-03-06': '37.0000', '2025-03-07': '38.0000', '2025-10-17': '45.0000', '2025-10-20': '46.0000' },
      }),
    );
    expect(result.paymentRate).toMatchObject({ requested: '2025-03-08', date: '2025-03-07' });
    expect(result.repaymentRate).toMatchObject({ requested: '2025-10-19', date: '2025-10-17' });
    expect(figures(result)).toEqual({
      interestApplies: true,
      principalTRY: '76000.00',
      days: 225,
      interestTRY: '11243.84',
      interestEUR: '249.86',
      totalEUR: '2249.86',
    });
    expect(result.lines[0]?.formula).toBe(
      '2.000,00 € × 38,0000 (08.03.2025 için kur yayımlanmadığından 07.03.2025 kuru) = 76.000,00 ₺ (ITKFDP-II MADDE 17(4))',
    );
    expect(result.lines[2]?.formula).toContain('19.10.2025 için kur yayımlanmadığından 17.10.2025 kuru');
  });

  it.each([
    ['no rate at all', {}],
    ['rates only after the payment date', { '2025-03-11': '39.0000' }],
  ] as const)('%s → a validation issue naming `rates`, not an exception', (_name, rates) => {
    const result = evaluateClawbackCase(clawbackCase({ rates: { ...rates } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.field).toBe('rates');
    expect(result.issues[0]?.message).toContain('10.03.2025');
    expect(result.issues[0]?.message).toContain('TCMB kuru yok');
  });

  it('a payment date before the legal interest table is a validation issue naming `paidOn`', () => {
    const result = evaluateClawbackCase(
      clawbackCase({ paidOn: '2005-12-30', notifiedOn: '2025-06-02', repaidOn: '2025-07-03', rates: { '2005-12-30': '1.6000' } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toEqual(['paidOn']);
  });

  it.each([
    ['repaid before the payment date', { paidOn: '2025-06-01', notifiedOn: '2025-01-01', repaidOn: '2025-03-01' }],
    ['notified before the payment date and repaid before it', { paidOn: '2025-06-01', notifiedOn: '2025-05-01', repaidOn: '2025-05-31' }],
  ] as const)('%s → a validation issue naming `repaidOn`, never a negative number of interest days', (_name, dates) => {
    // MADDE 17(1), 17(4)(a): interest runs "ödemenin yapıldığı tarihten … geri ödemenin yapılacağı tarihe kadar".
    const result = evaluateClawbackCase(clawbackCase({ ...dates, rates: { '2025-01-01': '40.0000' } }));
    if (result.ok) expect({ days: result.value.days, explanation: result.value.explanation }).toBeUndefined();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain('repaidOn');
  });
});
