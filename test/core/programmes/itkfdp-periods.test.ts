import { describe, expect, it } from 'vitest';
import type { CommittedPerson, ItkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateItkfdpCase } from '../../../core/rules';
import {
  checkOf,
  every,
  gkasMan,
  ITK_CALENDAR,
  ITK_ENTERPRISE_DAYS,
  itkCase,
  itkRequest,
  monthsFrom,
  newTurkishWoman,
  omit,
  person,
} from './builders';

const PERIOD_CODES = [
  'period-not-ended',
  'installment-unpaid',
  'commitment-staff',
  'person-prim-days',
  'min-prim-days',
  'other-programme-staff',
  'commitment-not-declared',
  'tax-sgk-debt',
  'tax-liability',
  'request-deadline',
  'terminated',
  'period-already-paid',
];

function firstPeriod(input: ItkfdpCaseInput) {
  const evaluation = evaluateItkfdpCase(input);
  const decision = evaluation.decisions[0];
  if (decision === undefined) throw new Error('test setup: no decision');
  return { evaluation, decision };
}

function periodCheck(input: ItkfdpCaseInput, code: string) {
  return checkOf(firstPeriod(input).decision.checks, code);
}

const PERIOD_1 = ['2025-08', '2025-09', '2025-10'];

describe('ITKFDP-II period 1 — the default case', () => {
  it('approves period 1 (01/08/2025 – 31/10/2025) with every check passing, in the order of the spec', () => {
    const { evaluation, decision } = firstPeriod(itkCase());
    expect(decision.checks.map((result) => result.code)).toEqual(PERIOD_CODES);
    expect(decision.checks.filter((result) => result.outcome !== 'pass')).toEqual([]);
    expect(decision).toMatchObject({ index: 1, start: '2025-08-01', end: '2025-10-31', submittedOn: '2025-11-10', approved: true });
    expect(toMoneyString(decision.amountEUR)).toBe('2500.00');
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
    expect(evaluation.terminatedOn).toBeNull();
  });
});

describe('period-not-ended — MADDE 14(2), 14(17): a request on the period’s last day is premature', () => {
  it.each([
    ['2025-10-30', 'fail'],
    ['2025-10-31', 'fail'],
    ['2025-11-01', 'pass'],
  ] as const)('period 1 requested on %s → %s', (submittedOn, outcome) => {
    const check = periodCheck(itkCase({ requests: [itkRequest({ submittedOn })] }), 'period-not-ended');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(2), 14(17)' });
    expect(check.explanation).toContain('31.10.2025');
    expect(check.explanation).toContain(`${submittedOn.slice(8, 10)}.${submittedOn.slice(5, 7)}.2025`);
  });
});

describe('installment-unpaid — MADDE 14(1)(a): the instalment covering the period is paid', () => {
  it.each([
    [[1], 'pass'],
    [[2, 3], 'fail'],
    [[], 'fail'],
  ] as const)('instalments paid %j → %s for period 1', (installmentsPaid, outcome) => {
    const check = periodCheck(itkCase({ installmentsPaid: [...installmentsPaid] }), 'installment-unpaid');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(1)(a)' });
    expect(check.explanation).toContain('1. kredi taksiti');
  });

  it('is missing-data when the instalments are not in the file', () => {
    expect(periodCheck(omit(itkCase(), 'installmentsPaid'), 'installment-unpaid').outcome).toBe('missing-data');
  });
});

describe('commitment-staff — MADDE 9(5)(a)(b): two persons, one T.C. and one GKAS/UKSK, at least one new hire', () => {
  it.each([
    ['T.C. new hire + GKAS', [newTurkishWoman(), gkasMan()], 'pass', 'yeni istihdam'],
    ['T.C. new hire + UKSK', [newTurkishWoman(), gkasMan({ citizenship: 'UKSK' })], 'pass', 'p2 (UKSK)'],
    ['one person only', [newTurkishWoman()], 'fail', 'en az 2 kişi gerekir'],
    ['two T.C. citizens', [newTurkishWoman(), gkasMan({ citizenship: 'TR' })], 'fail', 'en az 1 T.C. vatandaşı ve 1 GKAS/UKSK gerekir'],
    [
      'T.C. + another nationality',
      [newTurkishWoman(), gkasMan({ citizenship: 'OTHER' })],
      'fail',
      'en az 1 T.C. vatandaşı ve 1 GKAS/UKSK gerekir',
    ],
    [
      'no new hire: T.C. hired the day before the announcement',
      [newTurkishWoman({ hiredOn: '2025-05-14' }), gkasMan()],
      'fail',
      'hiçbiri yeni istihdam değil',
    ],
    ['T.C. hired on the announcement day is a new hire', [newTurkishWoman({ hiredOn: '2025-05-15' }), gkasMan()], 'pass', 'yeni istihdam'],
    [
      'GKAS left the day before the period: one holder',
      [newTurkishWoman(), gkasMan({ leftOn: '2025-07-31', primDays: {} })],
      'fail',
      'en az 2 kişi gerekir',
    ],
    [
      'GKAS left on the period’s first day, no replacement: the slot is empty from 02.08.2025',
      [newTurkishWoman(), gkasMan({ leftOn: '2025-08-01' })],
      'fail',
      '02.08.2025–31.10.2025: istihdam taahhüdüne konu personel: p1 (T.C.); en az 2 kişi gerekir',
    ],
  ] as const)('%s → %s', (_name, personnel, outcome, phrase) => {
    const check = periodCheck(itkCase({ personnel: [...personnel] }), 'commitment-staff');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(5)(a)(b)' });
    expect(check.explanation).toContain(phrase);
  });
});

describe('new hire (MADDE 4(1)(y)) in the version in force on the call’s announcement date (17/12/2025 amendment)', () => {
  /** A call announced on `announcedOn`; credit used 15/01/2026 → period 1 is Şubat–Nisan 2026. */
  function call(announcedOn: string, newHire: Partial<CommittedPerson>): ItkfdpCaseInput {
    return itkCase({
      calendar: {
        announcedOn,
        applicationStart: announcedOn,
        applicationEnd: '2026-06-30',
        referenceMonths: ['2025-09', '2025-10', '2025-11'],
        lastRequestOn: '2028-06-30',
      },
      creditUsedOn: '2026-01-15',
      primDays: { ...every(['2025-09', '2025-10', '2025-11'], 20), ...every(monthsFrom('2026-02', 18), 60) },
      personnel: [
        person('p1', { hiredOn: '2025-12-20', primDays: every(monthsFrom('2026-02', 18), 30), ...newHire }),
        gkasMan({ hiredOn: '2024-01-01', primDays: every(monthsFrom('2026-02', 18), 30) }),
      ],
      requests: [itkRequest({ submittedOn: '2026-05-05' })],
    });
  }

  it.each([
    ['2025-12-16', { employedMonthBeforeAnnouncement: true }, 'pass', 'ilan tarihi 16.12.2025 veya sonrasında işe başlamış)'],
    ['2025-12-17', { employedMonthBeforeAnnouncement: true }, 'fail', 've ilandan önceki ayda işletmede çalışmamış'],
    ['2025-12-17', { employedMonthBeforeAnnouncement: false }, 'pass', 've ilandan önceki ayda işletmede çalışmamış'],
    ['2025-12-18', { employedMonthBeforeAnnouncement: true }, 'fail', 'ilan tarihi 18.12.2025'],
  ] as const)('announced %s, new hire %j → %s', (announcedOn, newHire, outcome, phrase) => {
    const { decision } = firstPeriod(call(announcedOn, newHire));
    expect(decision.start).toBe('2026-02-01');
    const check = checkOf(decision.checks, 'commitment-staff');
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain(phrase);
  });

  it('is missing-data after the amendment when it is unknown whether the hire worked in the month before', () => {
    const { decision } = firstPeriod(call('2025-12-17', {}));
    const check = checkOf(decision.checks, 'commitment-staff');
    expect(check.outcome).toBe('missing-data');
    expect(check.explanation).toContain('p1 için ilandan önceki ayda işletmede çalışıp çalışmadığı bilinmiyor');
    expect(decision.missingData).toEqual(['commitment-staff']);
  });

  it('before the amendment the same unknown fact does not matter', () => {
    const { decision } = firstPeriod(call('2025-12-16', {}));
    expect(checkOf(decision.checks, 'commitment-staff').outcome).toBe('pass');
  });
});

describe('person-prim-days — MADDE 14(3)(b), 14(7): each committed person ≥ 46 days, leave days counted, at most 30 a month', () => {
  it.each([
    ['45 prim gün', { '2025-08': 15, '2025-09': 15, '2025-10': 15 }, {}, 45, 'fail'],
    ['46 prim gün', { '2025-08': 16, '2025-09': 15, '2025-10': 15 }, {}, 46, 'pass'],
    ['47 prim gün', { '2025-08': 16, '2025-09': 16, '2025-10': 15 }, {}, 47, 'pass'],
    [
      '30 prim gün + 16 leave days',
      { '2025-08': 10, '2025-09': 10, '2025-10': 10 },
      { '2025-08': 6, '2025-09': 5, '2025-10': 5 },
      46,
      'pass',
    ],
    [
      '30 prim gün + 15 leave days',
      { '2025-08': 10, '2025-09': 10, '2025-10': 10 },
      { '2025-08': 5, '2025-09': 5, '2025-10': 5 },
      45,
      'fail',
    ],
    ['leave capped at 30 in a month: 30 + 10 leave → 30, then 15 leave', { '2025-08': 30 }, { '2025-08': 10, '2025-09': 15 }, 45, 'fail'],
  ] as const)('p1 with %s → %i days: %s', (_name, primDays, leaveDays, days, outcome) => {
    const check = periodCheck(
      itkCase({ personnel: [newTurkishWoman({ primDays: { ...primDays }, leaveDays: { ...leaveDays } }), gkasMan()] }),
      'person-prim-days',
    );
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(3)(b), 14(5)' });
    expect(check.explanation).toContain(`p1: ${days} gün ${outcome === 'pass' ? '≥' : '<'} 46`);
    expect(check.explanation).toContain('p2: 90 gün ≥ 46');
  });
});

describe('min-prim-days — MADDE 14(3)(a): period total ≥ 3 × the lowest reference month', () => {
  it('takes the lowest reference month: 20 / 18 / 22 → 18 × 3 = 54', () => {
    const { evaluation } = firstPeriod(itkCase());
    expect(evaluation.minPrimDays.value).toBe(54);
    expect(evaluation.minPrimDays.article).toBe('MADDE 9(5)(c), 14(3)(a)');
    expect(evaluation.minPrimDays.explanation).toContain('en düşük Mart 2025 18 × 3 = 54 prim gün');
  });

  it.each([
    [[18, 18, 17], 'fail', '18 + 18 + 17 = 53 < asgari 54 prim gün.'],
    [[18, 18, 18], 'pass', '18 + 18 + 18 = 54 ≥ asgari 54 prim gün.'],
    [[18, 18, 19], 'pass', '18 + 18 + 19 = 55 ≥ asgari 54 prim gün.'],
  ] as const)('period months %j → %s', (values, outcome, text) => {
    const primDays = { ...ITK_ENTERPRISE_DAYS, ...Object.fromEntries(PERIOD_1.map((month, index) => [month, values[index] ?? 0])) };
    const check = periodCheck(itkCase({ primDays }), 'min-prim-days');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(3)(a)' });
    expect(check.explanation).toBe(`Başvuru ilindeki dönem toplamı ${text}`);
  });

  it('formats thousands the Turkish way: 2.999 < 3.000', () => {
    const primDays = {
      ...ITK_ENTERPRISE_DAYS,
      '2025-02': 1000,
      '2025-03': 1100,
      '2025-04': 1200,
      '2025-08': 1000,
      '2025-09': 1000,
      '2025-10': 999,
    };
    const check = periodCheck(itkCase({ primDays }), 'min-prim-days');
    expect(check.outcome).toBe('fail');
    expect(check.explanation).toBe('Başvuru ilindeki dönem toplamı 1.000 + 1.000 + 999 = 2.999 < asgari 3.000 prim gün.');
  });

  it('is missing-data, naming the month, when a period month has no enterprise data', () => {
    const primDays = { ...ITK_ENTERPRISE_DAYS };
    delete primDays['2025-09'];
    const check = periodCheck(itkCase({ primDays }), 'min-prim-days');
    expect(check.outcome).toBe('missing-data');
    expect(check.explanation).toContain('Eylül 2025');
  });

  it('is missing-data when a reference month has no data (no minimum)', () => {
    const primDays = { ...ITK_ENTERPRISE_DAYS };
    delete primDays['2025-03'];
    const { evaluation, decision } = firstPeriod(itkCase({ primDays }));
    expect(evaluation.minPrimDays.value).toBeNull();
    expect(checkOf(decision.checks, 'min-prim-days').outcome).toBe('missing-data');
    expect(decision.approved).toBe(false);
  });
});

describe.each([
  [
    'commitment-not-declared — MADDE 9(9): the request declares the commitments',
    'commitment-not-declared',
    'MADDE 9(9)',
    'commitmentDeclared',
    true,
  ],
  [
    'tax-sgk-debt — MADDE 14(1)(c), 14(9): no overdue, not deferred tax or SGK debt',
    'tax-sgk-debt',
    'MADDE 14(1)(c), 14(9)',
    'overdueTaxOrSgkDebt',
    false,
  ],
] as const)('%s', (_title, code, article, field, passWhen) => {
  it.each([
    [passWhen, 'pass'],
    [!passWhen, 'fail'],
  ] as const)(`${field} %s → %s`, (value, outcome) => {
    const { decision } = firstPeriod(itkCase({ requests: [itkRequest({ [field]: value })] }));
    expect(checkOf(decision.checks, code)).toMatchObject({ outcome, article });
    expect(decision.approved).toBe(outcome === 'pass');
    expect(toMoneyString(decision.amountEUR)).toBe(outcome === 'pass' ? '2500.00' : '0.00');
  });

  it(`is missing-data when ${field} is not in the request`, () => {
    const { decision } = firstPeriod(itkCase({ requests: [omit(itkRequest(), field)] }));
    expect(checkOf(decision.checks, code)).toMatchObject({ outcome: 'missing-data', article });
    expect(decision.missingData).toEqual([code]);
  });
});

describe('request-deadline — MADDE 14(21): until lastRequestOn; 2 months more (a time limit) with an accepted excuse', () => {
  // lastRequestOn 30/06/2026 + 2 months = 30/08/2026, a Sunday and Zafer Bayramı → 31/08/2026.
  const calendar = { ...ITK_CALENDAR, lastRequestOn: '2026-06-30' };

  it.each([
    ['2026-06-29', false, 'pass'],
    ['2026-06-30', false, 'pass'],
    ['2026-07-01', false, 'fail'],
    ['2026-07-01', true, 'pass'],
    ['2026-08-30', true, 'pass'],
    ['2026-08-31', true, 'pass'],
    ['2026-09-01', true, 'fail'],
  ] as const)('request on %s, excuse accepted %s → %s', (submittedOn, excuseAccepted, outcome) => {
    const check = periodCheck(itkCase({ calendar, requests: [itkRequest({ submittedOn, excuseAccepted })] }), 'request-deadline');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(21)' });
    expect(check.explanation).toContain('30.06.2026');
    if (submittedOn > '2026-06-30') expect(check.explanation).toContain('mazeretli talep süresi 31.08.2026');
  });
});

describe('period-already-paid — MADDE 14(15), 14(16): each period is paid once', () => {
  it('fails a second request for an approved period; the first payment stands', () => {
    const evaluation = evaluateItkfdpCase(itkCase({ requests: [itkRequest(), itkRequest({ submittedOn: '2025-12-01' })] }));
    expect(evaluation.decisions.map((decision) => [decision.approved, decision.failed])).toEqual([
      [true, []],
      [false, ['period-already-paid']],
    ]);
    const check = checkOf(evaluation.decisions[1]?.checks ?? [], 'period-already-paid');
    expect(check.article).toBe('MADDE 14(15), 14(16)');
    expect(check.explanation).toContain('1. dönem');
    expect(evaluation.periods.map((period) => [period.index, period.submittedOn, period.approved])).toEqual([[1, '2025-12-01', false]]);
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
  });

  it('passes a new request for a period whose earlier request was rejected (MADDE 14(8))', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ requests: [itkRequest({ overdueTaxOrSgkDebt: true }), itkRequest({ submittedOn: '2025-12-01' })] }),
    );
    expect(evaluation.decisions.map((decision) => decision.approved)).toEqual([false, true]);
    expect(toMoneyString(evaluation.decisions[0]?.amountEUR ?? evaluation.totalEUR)).toBe('0.00');
    expect(evaluation.decisions[0]?.amountLines[0]?.formula).toContain('MADDE 14(8), 14(15)');
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
  });
});
