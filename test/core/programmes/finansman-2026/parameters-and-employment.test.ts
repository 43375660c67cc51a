import { describe, expect, it } from 'vitest';
import { finansmanCaseInput } from '../../../../core/inputs/finansman-input';
import { parseWith } from '../../../../core/inputs/common';
import { resolve, type Parameter } from '../../../../core/lib/legal-reference';
import type { FinansmanCall } from '../../../../core/programmes/finansman-2026/call';
import { FINANSMAN_2026_1, FINANSMAN_2026_2 } from '../../../../core/programmes/finansman-2026/calls';
import { employmentMonthText } from '../../../../core/programmes/finansman-2026/employment-status';
import { parameterLines } from '../../../../core/programmes/finansman-2026/parameter-report';
import { explainScenario } from '../../../../core/report/explain-text';
import { evaluateFinansmanCase } from '../../../../core/rules';
import { finansmanCase, secondCallCase } from './builders';

/** spec/domain-rules.md "Finansman desteği 2026": the values the table marks "not announced". */
const GAPS: readonly (readonly [FinansmanCall, readonly string[]])[] = [
  [FINANSMAN_2026_1, ['employmentConsequence']],
  [FINANSMAN_2026_2, ['payrollLimitRule', 'drawnBy', 'singleDrawing', 'employmentConsequence']],
];

function everyDay(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

describe.each(GAPS)('call parameters, every day 2025-01-01 … 2027-12-31', (call, gaps) => {
  const parameters = Object.entries(call as Readonly<Record<string, unknown>>).filter((entry): entry is [string, Parameter<unknown>] =>
    Array.isArray(entry[1]),
  );

  it(`${call.id}: every value is provisional, with a source and the date it was last confirmed; gaps only where the spec has them`, () => {
    const problems: string[] = [];
    for (const day of everyDay('2025-01-01', '2027-12-31')) {
      for (const [key, parameter] of parameters) {
        const resolved = resolve(parameter, day);
        const source = resolved.source;
        if (source === null || source.provisional !== true || source.lastConfirmed === undefined) problems.push(`${day} ${key}: source`);
        if ((resolved.status === 'not-announced') !== gaps.includes(key)) problems.push(`${day} ${key}: ${resolved.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(call.provisional).toBe(true);
    for (const source of Object.values(call.sources)) {
      expect(source.provisional).toBe(true);
      expect(source.lastConfirmed).toMatch(/^2026-\d{2}-\d{2}$/);
    }
  });

  it(`${call.id}: the parameter report shows every gap as null with its source`, () => {
    const lines = parameterLines(call, call.id === '2026-1' ? '2026-03-20' : '2026-09-15');
    expect(lines.filter((line) => line.value === null).map((line) => line.key)).toEqual(gaps);
    for (const line of lines) expect(line.source?.act).toBeTruthy();
  });
});

describe('employment status — IKDP-2026 test, for information only', () => {
  const primDays = { '2025-11': 300, '2025-12': 310, '2026-01': 290, '2026-02': 320, '2026-03': 280, '2026-05': 400 };

  it('tests each month against the base (truncated average 305): the month, or the average from January', () => {
    const { employment } = evaluateFinansmanCase(finansmanCase({ primDays }));
    expect(employment.base).toBe(305);
    expect(employment.months.map((entry) => [entry.month, entry.status, entry.averageFromFirst])).toEqual([
      ['2026-01', 'not-preserved', 290],
      ['2026-02', 'preserved', null],
      ['2026-03', 'not-preserved', 296],
      ['2026-04', 'missing-data', null],
      ['2026-05', 'preserved', null],
    ]);
    const [, , march] = employment.months;
    if (march === undefined) throw new Error('no March');
    expect(employmentMonthText(employment, march)).toBe('Mart 2026: ay 280 < 305, Ocak 2026–Mart 2026 ortalaması 296 < 305, korunmamış');
  });

  it('changes no check and no amount, and names the gap', () => {
    const without = evaluateFinansmanCase(finansmanCase());
    const failing = evaluateFinansmanCase(finansmanCase({ primDays: { ...primDays, '2026-04': 0 } }));
    expect(failing.checks).toEqual(without.checks);
    expect(failing.schedule).toEqual(without.schedule);
    expect(failing.employment.gap).toContain('ilan edilmedi');
    expect(without.employment.baseExplanation).toBe('Dosyada işletmenin aylık prim gün verisi yok.');
  });

  it('2026-2: base Ocak–Haziran 2026, preserved in Temmuz–Aralık 2026, the average from July', () => {
    const days: Record<string, number> = { '2026-07': 90, '2026-08': 120 };
    for (const month of ['01', '02', '03', '04', '05', '06']) days[`2026-${month}`] = 100;
    const { employment } = evaluateFinansmanCase(secondCallCase({ primDays: days }));
    expect(employment.base).toBe(100);
    expect(employment.months.map((entry) => [entry.month, entry.status, entry.averageFromFirst])).toEqual([
      ['2026-07', 'not-preserved', 90],
      ['2026-08', 'preserved', null],
    ]);
  });
});

describe('input — malformed values are field-named issues', () => {
  it.each([
    ['negative amount', { amountTRY: '-1.00' }, 'loan.amountTRY'],
    ['twelve digits of lira', { amountTRY: '100000000000.00' }, 'loan.amountTRY'],
    ['a rate of 0', { annualRatePercent: '0' }, 'loan.annualRatePercent'],
    ['a rate with a comma', { annualRatePercent: '37,5' }, 'loan.annualRatePercent'],
    ['no drawing', { drawnOn: [] }, 'loan.drawnOn'],
    [
      '601 instalments',
      { installments: Array.from({ length: 601 }, () => ({ dueOn: '2026-05-01', principalTRY: '0.00', interestTRY: '0.00' })) },
      'loan.installments',
    ],
  ])('%s', (_name, change, field) => {
    const input = finansmanCase();
    const parsed = parseWith(finansmanCaseInput, { ...input, loan: { ...input.loan, ...change } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.filter((issue) => issue.field === field)).toHaveLength(1);
  });
});

describe('explain — the provisional values, every check, every instalment and the employment gap', () => {
  it('prints them in Turkish', () => {
    const text = explainScenario({ id: 'x', kind: 'finansman-2026', expect: {}, ...finansmanCase() });
    expect(text).toContain('GEÇİCİ değerler');
    expect(text).toContain('İstihdam koşulunun denetimi ve sonucu: BOŞLUK');
    expect(text).toContain('son teyit 06.03.2026');
    expect(text).toContain('[UYGUN] loan-schedule');
    expect(text).toContain('3. taksit 10.07.2026: destek 27.500,00 ₺ × 10 / 33 = 8.333,33 ₺');
    expect(text).toContain('toplam destek: 50.000,00 ₺');
  });
});
