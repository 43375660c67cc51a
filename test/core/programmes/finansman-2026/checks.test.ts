import { describe, expect, it } from 'vitest';
import type { FinansmanCaseInput, Programme2026HistoryEntry } from '../../../../core/inputs/finansman-input';
import { evaluateFinansmanCase } from '../../../../core/rules';
import { checkOf, finansmanCase, installment, loan, monthlyTable, secondCallCase } from './builders';

function outcome(input: FinansmanCaseInput, code: string): string {
  return checkOf(evaluateFinansmanCase(input).checks, code).outcome;
}

describe('the base cases pass every check', () => {
  it.each([
    ['2026-1', finansmanCase()],
    ['2026-2', secondCallCase()],
  ])('%s', (_call, input) => {
    const evaluation = evaluateFinansmanCase(input);
    expect(evaluation).toMatchObject({ eligible: true, failed: [], missingData: [], provisional: true, program: 'FINANSMAN-2026' });
    expect(evaluation.checks.map((result) => result.code)).toEqual([
      'legal-form',
      'registration',
      'declaration',
      'nace-sector',
      'application-window',
      'one-line-only',
      'loan-payroll-limit',
      'loan-cap',
      'loan-term',
      'loan-drawn-by',
      'loan-schedule',
    ]);
    for (const result of evaluation.checks) expect(result.article).not.toBe('');
  });
});

describe('loan-payroll-limit — monthly average PEK of Kasım–Aralık 2025 (2026-1)', () => {
  const pek = { '2025-11': '3000000.00', '2025-12': '3000000.01' };
  const withAmount = (amountTRY: string) =>
    finansmanCase({
      payrollPEK: pek,
      loan: loan({
        amountTRY,
        installments: [
          installment('2026-05-10', '1000000.00', '1.00'),
          installment('2026-06-10', '1000000.00', '1.00'),
          installment('2026-07-10', `${(Number(amountTRY.slice(0, -3)) - 2000000).toString()}${amountTRY.slice(-3)}`, '1.00'),
        ],
      }),
    });

  it.each([
    ['one kuruş under the rounded average', '3000000.00', 'pass'],
    ['exactly the average 3.000.000,005 rounded half up to 3.000.000,01', '3000000.01', 'pass'],
    ['one kuruş over', '3000000.02', 'fail'],
  ])('%s', (_name, amountTRY, expected) => {
    const evaluation = evaluateFinansmanCase(withAmount(amountTRY));
    expect(evaluation.payrollLimitKurus).toBe(300000001);
    expect(checkOf(evaluation.checks, 'loan-payroll-limit').outcome).toBe(expected);
    expect(checkOf(evaluation.checks, 'loan-schedule').outcome).toBe('pass');
  });

  it('explains the limit with the figures', () => {
    const { explanation } = checkOf(evaluateFinansmanCase(withAmount('3000000.02')).checks, 'loan-payroll-limit');
    expect(explanation).toContain('3.000.000,02 ₺ > ');
    expect(explanation).toContain('(3.000.000,00 ₺ + 3.000.000,01 ₺) / 2 = 3.000.000,01 ₺');
  });

  it('is missing data when a base month has no PEK (no limit is guessed)', () => {
    const evaluation = evaluateFinansmanCase(finansmanCase({ payrollPEK: { '2025-12': '3000000.00' } }));
    expect(evaluation.payrollLimitKurus).toBeNull();
    expect(evaluation.missingData).toEqual(['loan-payroll-limit']);
    expect(evaluation.eligible).toBe(false);
    expect(checkOf(evaluation.checks, 'loan-payroll-limit').explanation).toContain('Kasım 2025');
  });

  it('2026-2: the basis of the limit is not announced — a gap that decides nothing', () => {
    const evaluation = evaluateFinansmanCase(secondCallCase({ payrollPEK: { '2026-01': '1.00' } }));
    const result = checkOf(evaluation.checks, 'loan-payroll-limit');
    expect(evaluation.payrollLimitKurus).toBeNull();
    expect(result.outcome).toBe('pass');
    expect(result.explanation).toContain('henüz ilan edilmedi');
  });
});

describe('loan-cap — 50.000.000 TL (KOBİ), 150.000.000 TL (large, 2026-2)', () => {
  const bigPek = { '2025-11': '200000000.00', '2025-12': '200000000.00' };
  const capCase = (base: FinansmanCaseInput, amountTRY: string, size: 'KOBI' | 'BUYUK') => ({
    ...base,
    enterprise: { ...base.enterprise, size },
    payrollPEK: base.call === '2026-1' ? bigPek : {},
    loan: { ...base.loan, amountTRY },
  });

  it.each([
    ['2026-1 KOBİ at the cap', capCase(finansmanCase(), '50000000.00', 'KOBI'), 'pass'],
    ['2026-1 KOBİ one kuruş over', capCase(finansmanCase(), '50000000.01', 'KOBI'), 'fail'],
    ['2026-2 KOBİ at the cap', capCase(secondCallCase(), '50000000.00', 'KOBI'), 'pass'],
    ['2026-2 KOBİ one kuruş over', capCase(secondCallCase(), '50000000.01', 'KOBI'), 'fail'],
    ['2026-2 large at the cap', capCase(secondCallCase(), '150000000.00', 'BUYUK'), 'pass'],
    ['2026-2 large one kuruş over', capCase(secondCallCase(), '150000000.01', 'BUYUK'), 'fail'],
  ])('%s', (_name, input, expected) => {
    expect(outcome(input, 'loan-cap')).toBe(expected);
  });
});

describe('loan-term — term ≤ 36 months, months without principal ≤ 6 (declared and read from the table)', () => {
  const drawnOn = '2026-04-15';
  const table = (count: number, grace: number) => monthlyTable(drawnOn, count, grace, 300000000);
  const termCase = (termMonths: number, graceMonths: number, count: number, tableGrace: number) =>
    finansmanCase({ loan: loan({ drawnOn: [drawnOn], termMonths, graceMonths, installments: table(count, tableGrace) }) });

  it.each([
    ['36 months, 6 without principal', termCase(36, 6, 36, 6), 'pass'],
    ['37 months declared', termCase(37, 6, 36, 6), 'fail'],
    ['7 months without principal declared', termCase(36, 7, 36, 6), 'fail'],
    ['7 months without principal in the table (6 declared)', termCase(36, 6, 36, 7), 'fail'],
    ['no month without principal', termCase(36, 0, 36, 0), 'pass'],
  ])('%s', (_name, input, expected) => {
    expect(outcome(input, 'loan-term')).toBe(expected);
  });

  it.each([
    ['the last instalment without principal on drawing + 6 months', '2026-10-15', 'pass'],
    ['one day later', '2026-10-16', 'fail'],
  ])('quarterly table: %s', (_name, secondDue, expected) => {
    const installments = [
      installment('2026-07-15', '0.00', '1000.00'),
      installment(secondDue, '0.00', '1000.00'),
      installment('2027-01-15', '3000000.00', '1000.00'),
    ];
    expect(outcome(finansmanCase({ loan: loan({ drawnOn: [drawnOn], termMonths: 12, graceMonths: 6, installments }) }), 'loan-term')).toBe(
      expected,
    );
  });

  it('names both figures when the table overruns the months without principal', () => {
    const { explanation } = checkOf(evaluateFinansmanCase(termCase(36, 6, 36, 7)).checks, 'loan-term');
    expect(explanation).toContain('anapara ödemesiz son taksit 15.11.2026');
    expect(explanation).toContain('15.04.2026 + 6 ay = 15.10.2026');
  });
});

describe('loan-drawn-by — 2026-1: in one go, by 30/06/2026', () => {
  const drawn = (drawnOn: string[]) => {
    const start = drawnOn[0] ?? '2026-04-10';
    return finansmanCase({ loan: loan({ drawnOn, termMonths: 3, installments: monthlyTable(start, 3, 0, 300000000) }) });
  };

  it.each([
    ['drawn on 30/06/2026', ['2026-06-30'], 'pass'],
    ['drawn on 01/07/2026', ['2026-07-01'], 'fail'],
    ['two drawings, both in time', ['2026-04-10', '2026-05-10'], 'fail'],
  ])('%s', (_name, drawnOn, expected) => {
    expect(outcome(drawn(drawnOn), 'loan-drawn-by')).toBe(expected);
  });

  it('2026-2: neither the date nor one drawing is announced — a gap that decides nothing', () => {
    const input = secondCallCase();
    const result = checkOf(
      evaluateFinansmanCase({ ...input, loan: { ...input.loan, drawnOn: ['2026-11-02', '2026-12-15'] } }).checks,
      'loan-drawn-by',
    );
    expect(result.outcome).toBe('pass');
    expect(result.explanation).toContain('henüz ilan edilmedi');
  });
});

describe('loan-schedule — principals sum to the amount; nothing due after drawing + term', () => {
  it.each([
    [
      'principals one kuruş short',
      [installment('2026-05-10', '1500000.00', '1.00'), installment('2026-07-10', '1499999.99', '1.00')],
      'fail',
    ],
    [
      'principals one kuruş over',
      [installment('2026-05-10', '1500000.00', '1.00'), installment('2026-07-10', '1500000.01', '1.00')],
      'fail',
    ],
    [
      'last instalment on drawing + term',
      [installment('2026-05-10', '1500000.00', '1.00'), installment('2026-07-10', '1500000.00', '1.00')],
      'pass',
    ],
    [
      'last instalment one day after drawing + term',
      [installment('2026-05-10', '1500000.00', '1.00'), installment('2026-07-11', '1500000.00', '1.00')],
      'fail',
    ],
    ['no instalment', [], 'fail'],
  ])('%s', (_name, installments, expected) => {
    expect(outcome(finansmanCase({ loan: loan({ installments }) }), 'loan-schedule')).toBe(expected);
  });
});

describe('application-window — each call its own window', () => {
  it.each([
    ['2026-1', '2026-03-01', 'fail'],
    ['2026-1', '2026-03-02', 'pass'],
    ['2026-1', '2026-04-30', 'pass'],
    ['2026-1', '2026-05-01', 'fail'],
    ['2026-2', '2026-08-31', 'fail'],
    ['2026-2', '2026-09-01', 'pass'],
    ['2026-2', '2026-10-31', 'pass'],
    ['2026-2', '2026-11-01', 'fail'],
  ] as const)('%s on %s: %s', (call, asOf, expected) => {
    const base = call === '2026-1' ? finansmanCase() : secondCallCase();
    expect(outcome({ ...base, asOf }, 'application-window')).toBe(expected);
  });
});

describe('declaration — 2026-1 KOBİ only (İşletme Beyanı current); 2026-2 KOBİ and large', () => {
  it.each([
    ['2026-1', 'KOBI', true, 'pass'],
    ['2026-1', 'KOBI', false, 'fail'],
    ['2026-1', 'BUYUK', true, 'fail'],
    ['2026-2', 'KOBI', false, 'pass'],
    ['2026-2', 'BUYUK', false, 'pass'],
  ] as const)('%s, %s, declaration current %s: %s', (call, size, declarationCurrent, expected) => {
    const base = call === '2026-1' ? finansmanCase() : secondCallCase();
    expect(outcome({ ...base, enterprise: { ...base.enterprise, size, declarationCurrent } }, 'declaration')).toBe(expected);
  });
});

describe('nace-sector — Kısım C, divisions 10–33', () => {
  it.each([
    ['09.10', 'fail'],
    ['10', 'pass'],
    ['33.20', 'pass'],
    ['35.11', 'fail'],
  ])('%s: %s', (naceMain, expected) => {
    const base = finansmanCase();
    expect(outcome({ ...base, enterprise: { ...base.enterprise, naceMain } }, 'nace-sector')).toBe(expected);
  });
});

describe('legal-form and registration — as IKDP 7(1), 7(2)', () => {
  it.each([
    ['legal-form', { legalForm: 'GERCEK_KISI' as const }, 'pass'],
    ['legal-form', { legalForm: 'DIGER' as const }, 'fail'],
    ['registration', { registered: false }, 'fail'],
    ['registration', { active: false }, 'fail'],
  ])('%s with %o: %s', (code, change, expected) => {
    const base = finansmanCase();
    expect(outcome({ ...base, enterprise: { ...base.enterprise, ...change } }, code)).toBe(expected);
  });
});

describe('one-line-only — performance support or credit support, never both', () => {
  const entry = (
    program: Programme2026HistoryEntry['program'],
    outcomeName: Programme2026HistoryEntry['outcome'],
    call?: '2026-1',
  ): Programme2026HistoryEntry => (call === undefined ? { program, outcome: outcomeName } : { program, call, outcome: outcomeName });

  it.each([
    ['IKDP-2026 approved', entry('IKDP-2026', 'APPROVED'), 'fail'],
    ['IKDP-2026 pending', entry('IKDP-2026', 'PENDING'), 'fail'],
    ['IKDP-2026 rejected', entry('IKDP-2026', 'REJECTED'), 'pass'],
    ['IKDP-2026 cancelled', entry('IKDP-2026', 'CANCELLED'), 'pass'],
    ['credit line approved in 2026-1', entry('FINANSMAN-2026', 'APPROVED', '2026-1'), 'fail'],
    ['credit line pending (this application)', entry('FINANSMAN-2026', 'PENDING', '2026-1'), 'pass'],
    ['credit line rejected', entry('FINANSMAN-2026', 'REJECTED', '2026-1'), 'pass'],
  ])('%s: %s', (_name, history, expected) => {
    expect(outcome(secondCallCase({ history: [history] }), 'one-line-only')).toBe(expected);
  });
});
