import { describe, expect, it } from 'vitest';
import type { ItkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { constant } from '../../../core/lib/legal-reference';
import { toMoneyString } from '../../../core/lib/money';
import { ITKFDP_II } from '../../../core/programmes/itkfdp-ii/edition';
import { evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, gkasMan, itkCase, itkRequest, newTurkishWoman, person, withItkfdpEdition } from './builders';

function firstPeriod(input: ItkfdpCaseInput) {
  const evaluation = evaluateItkfdpCase(input);
  const decision = evaluation.decisions[0];
  if (decision === undefined) throw new Error('test setup: no decision');
  return { evaluation, decision };
}

/** A T.C. man, new hire, born 1985 (30 or over on the 15/05/2025 announcement). */
const turkishMan = (overrides: Parameters<typeof person>[1] = {}) =>
  person('p1', { hiredOn: '2025-06-01', employedMonthBeforeAnnouncement: false, ...overrides });

describe('support schedule — MADDE 7(1), 7(2): from the 1st of the month after credit use, six periods of three months', () => {
  it('credit used 10/07/2025 → 01/08/2025 – 31/01/2027 in six periods', () => {
    const evaluation = evaluateItkfdpCase(itkCase());
    expect(evaluation.supportStart).toBe('2025-08-01');
    expect(evaluation.supportEnd).toBe('2027-01-31');
    expect(evaluation.schedule.map((period) => [period.index, period.start, period.end, period.months])).toEqual([
      [1, '2025-08-01', '2025-10-31', ['2025-08', '2025-09', '2025-10']],
      [2, '2025-11-01', '2026-01-31', ['2025-11', '2025-12', '2026-01']],
      [3, '2026-02-01', '2026-04-30', ['2026-02', '2026-03', '2026-04']],
      [4, '2026-05-01', '2026-07-31', ['2026-05', '2026-06', '2026-07']],
      [5, '2026-08-01', '2026-10-31', ['2026-08', '2026-09', '2026-10']],
      [6, '2026-11-01', '2027-01-31', ['2026-11', '2026-12', '2027-01']],
    ]);
  });

  it.each([
    ['2025-07-01', '2025-08-01', '2025-10-31', '2027-01-31'],
    ['2025-07-31', '2025-08-01', '2025-10-31', '2027-01-31'],
    ['2025-08-01', '2025-09-01', '2025-11-30', '2027-02-28'],
    ['2025-11-30', '2025-12-01', '2026-02-28', '2027-05-31'],
    ['2025-12-31', '2026-01-01', '2026-03-31', '2027-06-30'],
    ['2027-11-10', '2027-12-01', '2028-02-29', '2029-05-31'],
  ] as const)(
    'credit used %s → support from %s, period 1 ends %s, support ends %s (no weekend shift)',
    (creditUsedOn, start, firstEnd, end) => {
      const evaluation = evaluateItkfdpCase(itkCase({ creditUsedOn, requests: [] }));
      expect(evaluation.supportStart).toBe(start);
      expect(evaluation.schedule[0]?.end).toBe(firstEnd);
      expect(evaluation.supportEnd).toBe(end);
      expect(evaluation.schedule).toHaveLength(6);
      expect(evaluation.schedule[5]?.end).toBe(end);
    },
  );
});

describe('amount — MADDE 7(3), 14(14): 2.500 € with a woman or young committed person having ≥ 46 days, else 2.000 €', () => {
  it.each([
    [
      'a woman with 90 days',
      [newTurkishWoman(), gkasMan()],
      '2500.00',
      'Taahhüt personeli p1 kadın ve dönemde 90 ≥ 46 gün: 2.500,00 € (MADDE 7(3), 14(14)).',
    ],
    [
      'a woman with exactly 46 days (prim gün + leave)',
      [newTurkishWoman({ primDays: { '2025-08': 10, '2025-09': 10, '2025-10': 10 }, leaveDays: { '2025-08': 16 } }), gkasMan()],
      '2500.00',
      'Taahhüt personeli p1 kadın ve dönemde 46 ≥ 46 gün: 2.500,00 € (MADDE 7(3), 14(14)).',
    ],
    [
      'men of 30 or over only',
      [turkishMan(), gkasMan()],
      '2000.00',
      'Dönemde kadın veya genç taahhüt personeli yok: 2.000,00 € (MADDE 7(3), 14(14)).',
    ],
  ] as const)('%s → %s €', (_name, personnel, amount, formula) => {
    const { decision } = firstPeriod(itkCase({ personnel: [...personnel] }));
    expect(decision.approved).toBe(true);
    expect(toMoneyString(decision.amountEUR)).toBe(amount);
    expect(decision.amountLines.map((line) => [line.label, toMoneyString(line.amount), line.currency, line.formula])).toEqual([
      ['1. dönem destek tutarı', amount, 'EUR', formula],
    ]);
  });

  it.each([
    ['1995-05-14', '2000.00', '30th birthday the day before the announcement'],
    ['1995-05-15', '2500.00', '30th birthday on the announcement day: no day beyond 30 taken yet'],
    ['1995-05-16', '2500.00', '30th birthday the day after the announcement'],
  ] as const)('young — “30 yaşından gün almamış” on 15/05/2025: born %s → %s € (%s)', (birthDate, amount, why) => {
    const { decision } = firstPeriod(itkCase({ personnel: [turkishMan({ birthDate }), gkasMan()] }));
    expect(toMoneyString(decision.amountEUR), why).toBe(amount);
    if (amount === '2500.00') {
      expect(decision.amountLines[0]?.formula).toContain('genç (ilan tarihi 15.05.2025 itibarıyla 30 yaşından gün almamış)');
    }
  });

  it('a woman who left with 20 days does not earn the higher amount, although her replacement keeps the slot at ≥ 46', () => {
    const personnel = [
      newTurkishWoman({ leftOn: '2025-08-20', primDays: { '2025-08': 20 } }),
      gkasMan(),
      person('p3', {
        hiredOn: '2025-09-01',
        employedMonthBeforeAnnouncement: false,
        replaces: 'p1',
        primDays: { '2025-09': 30, '2025-10': 30 },
      }),
    ];
    const { decision } = firstPeriod(itkCase({ personnel }));
    expect(decision.approved).toBe(true);
    expect(checkOf(decision.checks, 'person-prim-days').explanation).toContain('p1 + p3 (ayrılan ve yerine beyan edilen): 80 gün ≥ 46');
    expect(toMoneyString(decision.amountEUR)).toBe('2000.00');
    expect(decision.amountLines[0]?.formula).toBe(
      'Kadın/genç taahhüt personelinin dönemde 46 günü yok (p1 20 gün): 2.000,00 € (MADDE 7(3), 14(14)).',
    );
  });

  it('a young replacement holding the slot with ≥ 46 days earns the higher amount', () => {
    const personnel = [
      turkishMan({ leftOn: '2025-07-31', primDays: {} }),
      gkasMan(),
      person('p3', { birthDate: '2000-01-01', hiredOn: '2025-08-01', employedMonthBeforeAnnouncement: false, replaces: 'p1' }),
    ];
    const { decision } = firstPeriod(itkCase({ personnel }));
    expect(decision.approved).toBe(true);
    expect(toMoneyString(decision.amountEUR)).toBe('2500.00');
    expect(decision.amountLines[0]?.formula).toContain('Taahhüt personeli p3 genç');
  });
});

describe('replacement — MADDE 14(5): leaver and declared replacement together ≥ 46 days (per month at most 30)', () => {
  it.each([
    ['Ağustos 20 (p1) + Eylül 13 + Ekim 13 (p3)', { '2025-08': 20 }, { '2025-09': 13, '2025-10': 13 }, 46, 'pass'],
    ['Ağustos 20 (p1) + Eylül 13 + Ekim 12 (p3)', { '2025-08': 20 }, { '2025-09': 13, '2025-10': 12 }, 45, 'fail'],
    [
      'same month counted once, at most 30: Ağustos 20 + 15 → 30, then 8 + 8',
      { '2025-08': 20 },
      { '2025-08': 15, '2025-09': 8, '2025-10': 8 },
      46,
      'pass',
    ],
    [
      'same month at most 30: Ağustos 20 + 15 → 30, then 7 + 8',
      { '2025-08': 20 },
      { '2025-08': 15, '2025-09': 7, '2025-10': 8 },
      45,
      'fail',
    ],
  ] as const)('%s → %i days: %s', (_name, leaverDays, replacementDays, days, outcome) => {
    const personnel = [
      newTurkishWoman({ leftOn: '2025-08-20', primDays: { ...leaverDays } }),
      gkasMan(),
      person('p3', { hiredOn: '2025-08-10', employedMonthBeforeAnnouncement: false, replaces: 'p1', primDays: { ...replacementDays } }),
    ];
    const { decision } = firstPeriod(itkCase({ personnel }));
    const check = checkOf(decision.checks, 'person-prim-days');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(3)(b), 14(5)' });
    expect(check.explanation).toContain(`p1 + p3 (ayrılan ve yerine beyan edilen): ${days} gün ${outcome === 'pass' ? '≥' : '<'} 46`);
  });

  it.each([
    [16, 46, 'pass'],
    [15, 45, 'fail'],
  ] as const)('a replacement’s replacement: p1 (20) → p3 (10) → p4 (%i) = %i days: %s', (lastDays, days, outcome) => {
    const personnel = [
      newTurkishWoman({ leftOn: '2025-08-20', primDays: { '2025-08': 20 } }),
      gkasMan(),
      person('p3', {
        hiredOn: '2025-09-01',
        leftOn: '2025-09-15',
        employedMonthBeforeAnnouncement: false,
        replaces: 'p1',
        primDays: { '2025-09': 10 },
      }),
      person('p4', { hiredOn: '2025-10-01', employedMonthBeforeAnnouncement: false, replaces: 'p3', primDays: { '2025-10': lastDays } }),
    ];
    const { decision } = firstPeriod(itkCase({ personnel }));
    const check = checkOf(decision.checks, 'person-prim-days');
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain(`p1 + p3 + p4 (ayrılan ve yerine beyan edilen): ${days} gün`);
  });

  it('in a later period the slot is held by the last replacement alone', () => {
    const personnel = [
      newTurkishWoman({ leftOn: '2025-08-20', primDays: { '2025-08': 20 } }),
      gkasMan(),
      person('p3', {
        hiredOn: '2025-09-01',
        employedMonthBeforeAnnouncement: false,
        replaces: 'p1',
        primDays: { '2025-09': 30, '2025-10': 30, '2025-11': 30, '2025-12': 30, '2026-01': 30 },
      }),
    ];
    const evaluation = evaluateItkfdpCase(itkCase({ personnel, requests: [itkRequest({ periods: [2], submittedOn: '2026-02-02' })] }));
    const decision = evaluation.decisions[0];
    expect(decision?.index).toBe(2);
    expect(decision?.approved).toBe(true);
    expect(checkOf(decision?.checks ?? [], 'commitment-staff').explanation).toContain('p3 (T.C.), p2 (GKAS)');
    expect(toMoneyString(decision?.amountEUR ?? evaluation.totalEUR)).toBe('2000.00');
  });
});

describe('total cap — MADDE 7(3): 15.000 €', () => {
  const allPeriods = [itkRequest({ periods: [1, 2, 3, 4, 5, 6], submittedOn: '2027-02-05' })];

  it('six periods at 2.500 € reach exactly 15.000 €, paid in full', () => {
    const evaluation = evaluateItkfdpCase(itkCase({ requests: allPeriods }));
    expect(evaluation.periods.map((period) => [period.index, period.approved, toMoneyString(period.amountEUR)])).toEqual([
      [1, true, '2500.00'],
      [2, true, '2500.00'],
      [3, true, '2500.00'],
      [4, true, '2500.00'],
      [5, true, '2500.00'],
      [6, true, '2500.00'],
    ]);
    expect(toMoneyString(evaluation.totalEUR)).toBe('15000.00');
  });

  it('six periods at 2.000 € pay 12.000 €', () => {
    const evaluation = evaluateItkfdpCase(itkCase({ personnel: [turkishMan(), gkasMan()], requests: allPeriods }));
    expect(toMoneyString(evaluation.totalEUR)).toBe('12000.00');
  });

  it('a cap one cent lower pays the remainder 2.499,99 € for period 6 and says why', () => {
    const reference = withItkfdpEdition({
      ...ITKFDP_II,
      totalCapEur: constant('14999.99', { article: 'MADDE 7(3)', act: 'test' }, '2025-05-05'),
    });
    const evaluation = evaluateItkfdpCase(itkCase({ requests: allPeriods }), reference);
    expect(evaluation.periods.map((period) => toMoneyString(period.amountEUR))).toEqual([
      '2500.00',
      '2500.00',
      '2500.00',
      '2500.00',
      '2500.00',
      '2499.99',
    ]);
    expect(toMoneyString(evaluation.totalEUR)).toBe('14999.99');
    expect(evaluation.periods[5]?.amountLines[0]?.formula).toContain(
      'Toplam üst limit 14.999,99 €, daha önce ödenen 12.500,00 €: 2.499,99 € ödenir (MADDE 7(3), 14(14)).',
    );
  });
});
