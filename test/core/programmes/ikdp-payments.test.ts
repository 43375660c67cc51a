import { describe, expect, it } from 'vitest';
import type { IkdpCaseInput } from '../../../core/inputs/ikdp-input';
import { constant } from '../../../core/lib/legal-reference';
import { toMoneyString } from '../../../core/lib/money';
import { IKDP_2025 } from '../../../core/programmes/ikdp/edition-2025';
import { evaluateIkdpCase } from '../../../core/rules';
import { checkOf, every, IKDP_2025_DAYS, ikdpCase, ikdpRequest, monthsFrom, omit, TEST_SOURCE, withIkdpEdition } from './builders';

const REQUEST_CODES = [
  'month-window',
  'month-not-ended',
  'month-already-paid',
  'employment-preserved',
  'request-deadline',
  'tax-liability',
  'kosgeb-debt',
  'programme-terminated',
];

function firstRequest(input: IkdpCaseInput) {
  const evaluation = evaluateIkdpCase(input);
  const request = evaluation.requests[0];
  if (request === undefined) throw new Error('test setup: no request');
  return { evaluation, request };
}

function requestCheck(input: IkdpCaseInput, code: string) {
  return checkOf(firstRequest(input).request.checks, code);
}

/** Base months at `base` prim gün each, every 2025 month at `month`. */
function flatDays(base: number, month: number): Record<string, number> {
  return { ...every(['2024-10', '2024-11', '2024-12'], base), ...every(monthsFrom('2025-01', 12), month) };
}

describe('IKDP-2025 payment request — the default case', () => {
  it('approves Ocak + Şubat 2025 at base 305: 2 × 25.416,67 = 50.833,34 TL', () => {
    const { evaluation, request } = firstRequest(ikdpCase());
    expect(request.checks.map((result) => result.code)).toEqual(REQUEST_CODES);
    expect(request.checks.every((result) => result.outcome === 'pass')).toBe(true);
    expect(request.approved).toBe(true);
    expect(request.average).toBe(305);
    expect(toMoneyString(request.amountTRY)).toBe('50833.34');
    expect(toMoneyString(evaluation.totalTRY)).toBe('50833.34');
    expect(evaluation.provisional).toBe(false);
  });
});

describe('baseAverage — MADDE 5(1), 9(1), 9(4): truncated average of Ekim–Aralık 2024', () => {
  it.each([
    [[310, 305, 300], 305, '310 + 305 + 300 = 915; 915 / 3 = 305'],
    [[310, 305, 301], 305, '310 + 305 + 301 = 916; 916 / 3 = 305'],
    [[311, 305, 301], 305, '311 + 305 + 301 = 917; 917 / 3 = 305'],
    [[306, 305, 307], 306, '306 + 305 + 307 = 918; 918 / 3 = 306'],
    [[7470, 7471, 7472], 7471, '7.470 + 7.471 + 7.472 = 22.413; 22.413 / 3 = 7.471'],
  ] as const)('%j → %i (never rounded up)', ([october, november, december], base, text) => {
    const { evaluation } = firstRequest(
      ikdpCase({ primDays: { ...IKDP_2025_DAYS, '2024-10': october, '2024-11': november, '2024-12': december } }),
    );
    expect(evaluation.base.value).toBe(base);
    expect(evaluation.base.article).toBe('MADDE 5(1), 9(1), 9(4)');
    expect(evaluation.base.explanation).toContain(text);
    expect(evaluation.base.explanation).toContain('Ekim 2024, Kasım 2024, Aralık 2024');
  });

  it.each([
    ['2024-09-30', { '2024-11': 200, '2024-12': 400 }, null],
    ['2024-10-01', { '2024-11': 200, '2024-12': 400 }, null],
    ['2024-10-02', { '2024-10': 100, '2024-11': 200, '2024-12': 400 }, 233],
    ['2024-11-15', { '2024-11': 200, '2024-12': 400 }, 200],
    ['2024-12-31', { '2024-12': 400 }, 133],
  ] as const)('founded %s with base-month data %j → %s (MADDE 9(3): sum from founding / 3)', (foundedOn, baseDays, base) => {
    const primDays = { ...every(monthsFrom('2025-01', 12), 305), ...baseDays };
    const { evaluation, request } = firstRequest(ikdpCase({ foundedOn, primDays }));
    expect(evaluation.base.value).toBe(base);
    if (base === null) {
      expect(evaluation.base.explanation).toBe('Baz dönem prim gün verisi eksik: Ekim 2024.');
      expect(checkOf(request.checks, 'employment-preserved').outcome).toBe('missing-data');
      expect(request.approved).toBe(false);
      expect(request.missingData).toEqual(['employment-preserved']);
    } else {
      expect(evaluation.base.article).toBe('MADDE 5(1), 9(3), 9(4)');
      expect(evaluation.base.explanation).toContain(`/ 3 = ${base} (küsurat dikkate alınmaz)`);
      expect(evaluation.base.explanation).toContain('baz dönemin ay sayısına (3) bölünür');
    }
  });

  it('a firm founded after the base quarter has no base (employment-preserved: missing-data)', () => {
    const { evaluation, request } = firstRequest(ikdpCase({ foundedOn: '2025-01-01' }));
    expect(evaluation.base.value).toBeNull();
    expect(evaluation.base.explanation).toContain('01.01.2025');
    expect(checkOf(request.checks, 'employment-preserved').outcome).toBe('missing-data');
    expect(toMoneyString(request.amountTRY)).toBe('0.00');
  });
});

describe('month-window — MADDE 9(1): months 2025-01 … 2025-12', () => {
  it.each([
    ['2024-12', 'fail'],
    ['2025-01', 'pass'],
    ['2025-12', 'pass'],
    ['2026-01', 'fail'],
  ] as const)('%s → %s', (month, outcome) => {
    const check = requestCheck(
      ikdpCase({
        primDays: { ...IKDP_2025_DAYS, '2026-01': 305 },
        requests: [ikdpRequest({ months: [month], submittedOn: '2026-02-02' })],
      }),
      'month-window',
    );
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(1)' });
    expect(check.explanation).toContain('Ocak 2025 – Aralık 2025');
    if (outcome === 'fail') expect(check.explanation).toContain(month === '2024-12' ? 'Aralık 2024' : 'Ocak 2026');
  });
});

describe('month-not-ended — MADDE 9(1), 15(1): every requested month has ended before the request date', () => {
  it.each([
    ['2025-03-30', 'fail'],
    ['2025-03-31', 'fail'],
    ['2025-04-01', 'pass'],
  ] as const)('Mart 2025 requested on %s → %s', (submittedOn, outcome) => {
    const check = requestCheck(ikdpCase({ requests: [ikdpRequest({ months: ['2025-03'], submittedOn })] }), 'month-not-ended');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(1), 15(1)' });
    const shown = `${submittedOn.slice(8, 10)}.${submittedOn.slice(5, 7)}.${submittedOn.slice(0, 4)}`;
    expect(check.explanation).toContain(shown);
    if (outcome === 'fail') expect(check.explanation).toContain('Mart 2025');
  });
});

describe('month-already-paid — MADDE 9(2): months paid by an earlier approved request', () => {
  it('rejects the whole later request naming the paid month, never trims it', () => {
    const evaluation = evaluateIkdpCase(
      ikdpCase({
        requests: [
          ikdpRequest({ months: ['2025-01'], submittedOn: '2025-02-10' }),
          ikdpRequest({ months: ['2025-01', '2025-02'], submittedOn: '2025-03-10' }),
        ],
      }),
    );
    const [first, second] = evaluation.requests;
    expect(first?.approved).toBe(true);
    expect(second?.approved).toBe(false);
    expect(second?.failed).toEqual(['month-already-paid']);
    const check = checkOf(second?.checks ?? [], 'month-already-paid');
    expect(check.article).toBe('MADDE 9(2)');
    expect(check.explanation).toContain('Ocak 2025');
    expect(check.explanation).not.toContain('Şubat 2025');
    expect(toMoneyString(second?.amountTRY ?? evaluation.totalTRY)).toBe('0.00');
    expect(toMoneyString(evaluation.totalTRY)).toBe('25416.67');
  });

  it('passes for a month that was not paid before', () => {
    const evaluation = evaluateIkdpCase(
      ikdpCase({
        requests: [
          ikdpRequest({ months: ['2025-01'], submittedOn: '2025-02-10' }),
          ikdpRequest({ months: ['2025-02'], submittedOn: '2025-03-10' }),
        ],
      }),
    );
    expect(evaluation.requests.map((request) => request.approved)).toEqual([true, true]);
    expect(toMoneyString(evaluation.totalTRY)).toBe('50833.34');
  });

  it('a rejected request marks nothing paid: the enterprise may request the month again (MADDE 15(11))', () => {
    const evaluation = evaluateIkdpCase(
      ikdpCase({
        requests: [
          ikdpRequest({ months: ['2025-01'], submittedOn: '2025-02-10', taxLiabilityActive: false }),
          ikdpRequest({ months: ['2025-01'], submittedOn: '2025-03-10' }),
        ],
      }),
    );
    const [first, second] = evaluation.requests;
    expect(first?.approved).toBe(false);
    expect(toMoneyString(first?.amountTRY ?? evaluation.totalTRY)).toBe('0.00');
    expect(first?.amountLines.map((line) => line.formula)).toEqual([
      'Talep uygun bulunmadığından ödeme yapılmaz; işletme yeniden talepte bulunabilir (MADDE 15(11)).',
    ]);
    expect(second?.approved).toBe(true);
    expect(checkOf(second?.checks ?? [], 'month-already-paid').outcome).toBe('pass');
  });
});

describe('employment-preserved — MADDE 9(2): truncated average of the requested months ≥ base', () => {
  it.each([
    [[304], 'fail', '304 < baz ortalama 305'],
    [[305], 'pass', '305 ≥ baz ortalama 305'],
    [[306], 'pass', '306 ≥ baz ortalama 305'],
    [[305, 304], 'fail', '(305 + 304) / 2 = 304 < baz ortalama 305'],
    [[306, 305], 'pass', '(306 + 305) / 2 = 305 ≥ baz ortalama 305'],
    [[400, 200, 314], 'fail', '(400 + 200 + 314) / 3 = 304 < baz ortalama 305'],
    [[400, 200, 315], 'pass', '(400 + 200 + 315) / 3 = 305 ≥ baz ortalama 305'],
  ] as const)('months %j at base 305 → %s', (values, outcome, text) => {
    const months = monthsFrom('2025-01', values.length);
    const primDays = { ...IKDP_2025_DAYS, ...Object.fromEntries(months.map((month, index) => [month, values[index] ?? 0])) };
    const { request } = firstRequest(ikdpCase({ primDays, requests: [ikdpRequest({ months, submittedOn: '2025-06-02' })] }));
    const check = checkOf(request.checks, 'employment-preserved');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(2)' });
    expect(check.explanation).toContain(text);
    expect(request.approved).toBe(outcome === 'pass');
  });

  it('formats thousands the Turkish way: 7.469 < 7.470', () => {
    const check = requestCheck(
      ikdpCase({ primDays: { ...flatDays(7470, 7470), '2025-01': 7469 }, requests: [ikdpRequest({ months: ['2025-01'] })] }),
      'employment-preserved',
    );
    expect(check.outcome).toBe('fail');
    expect(check.explanation).toBe('Ocak 2025 prim gün sayısı 7.469 < baz ortalama 7.470: istihdam korunmamış.');
  });

  it('is missing-data, naming the month, when a requested month has no prim gün', () => {
    const primDays = { ...IKDP_2025_DAYS };
    delete primDays['2025-02'];
    const { request } = firstRequest(ikdpCase({ primDays }));
    const check = checkOf(request.checks, 'employment-preserved');
    expect(check.outcome).toBe('missing-data');
    expect(check.explanation).toBe('Prim gün verisi eksik: Şubat 2025.');
    expect(request.average).toBeNull();
    expect(request.approved).toBe(false);
    expect(request.failed).toEqual([]);
    expect(request.missingData).toEqual(['employment-preserved']);
  });
});

describe('request-deadline — MADDE 15(3): no request after 31/03/2026', () => {
  it.each([
    ['2026-03-30', 'pass', 'süresinde'],
    ['2026-03-31', 'pass', 'süresinde'],
    ['2026-04-01', 'fail', 'süre geçmiş'],
  ] as const)('request on %s → %s', (submittedOn, outcome, word) => {
    const check = requestCheck(ikdpCase({ requests: [ikdpRequest({ submittedOn })] }), 'request-deadline');
    expect(check).toMatchObject({ outcome, article: 'MADDE 15(3)' });
    expect(check.explanation).toContain('son ödeme talep tarihi 31.03.2026');
    expect(check.explanation).toContain(word);
  });

  it.each([
    ['2026-04-30', '2026-04-30', 'pass'],
    ['2026-04-30', '2026-05-01', 'fail'],
  ] as const)('a calendar lastRequestOn %s overrides the default: request on %s → %s', (lastRequestOn, submittedOn, outcome) => {
    const check = requestCheck(ikdpCase({ calendar: { lastRequestOn }, requests: [ikdpRequest({ submittedOn })] }), 'request-deadline');
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain('30.04.2026');
  });

  it('a calendar lastRequestOn of null (not announced) makes no request late', () => {
    const check = requestCheck(
      ikdpCase({ calendar: { lastRequestOn: null }, requests: [ikdpRequest({ submittedOn: '2027-01-04' })] }),
      'request-deadline',
    );
    expect(check.outcome).toBe('pass');
    expect(check.explanation).toContain('henüz ilan edilmedi');
  });
});

describe('tax-liability — MADDE 15(4)(a): vergi mükellefiyeti continues', () => {
  it.each([
    [true, 'pass', 'devam ediyor'],
    [false, 'fail', 'sona ermiş'],
  ] as const)('taxLiabilityActive %s → %s', (taxLiabilityActive, outcome, phrase) => {
    const check = requestCheck(ikdpCase({ requests: [ikdpRequest({ taxLiabilityActive })] }), 'tax-liability');
    expect(check).toMatchObject({ outcome, article: 'MADDE 15(4)(a)' });
    expect(check.explanation).toContain(phrase);
  });

  it('is missing-data when the fact is not in the file', () => {
    const { request } = firstRequest(ikdpCase({ requests: [omit(ikdpRequest(), 'taxLiabilityActive')] }));
    expect(checkOf(request.checks, 'tax-liability')).toMatchObject({ outcome: 'missing-data', article: 'MADDE 15(4)(a)' });
    expect(request.approved).toBe(false);
    expect(request.missingData).toEqual(['tax-liability']);
  });
});

describe('kosgeb-debt — MADDE 15(4)(b): no overdue debt to KOSGEB', () => {
  it.each([
    [false, 'pass', 'borcu yok'],
    [true, 'fail', 'borcu var'],
  ] as const)('overdueKosgebDebt %s → %s', (overdueKosgebDebt, outcome, phrase) => {
    const check = requestCheck(ikdpCase({ requests: [ikdpRequest({ overdueKosgebDebt })] }), 'kosgeb-debt');
    expect(check).toMatchObject({ outcome, article: 'MADDE 15(4)(b)' });
    expect(check.explanation).toContain(phrase);
  });

  it('is missing-data when the fact is not in the file', () => {
    const check = requestCheck(ikdpCase({ requests: [omit(ikdpRequest(), 'overdueKosgebDebt')] }), 'kosgeb-debt');
    expect(check).toMatchObject({ outcome: 'missing-data', article: 'MADDE 15(4)(b)' });
  });
});

describe('programme-terminated — MADDE 13, 15(12): no payment on or after the termination date', () => {
  it.each([
    ['2025-04-16', 'pass'],
    ['2025-04-15', 'fail'],
    ['2025-04-14', 'fail'],
  ] as const)('request on 15/04/2025, terminated %s → %s', (terminatedOn, outcome) => {
    const check = requestCheck(ikdpCase({ terminatedOn }), 'programme-terminated');
    expect(check).toMatchObject({ outcome, article: 'MADDE 13, 15(12)' });
    expect(check.explanation).toContain(`${terminatedOn.slice(8, 10)}.04.2025`);
  });

  it('passes when the programme was not terminated', () => {
    expect(requestCheck(ikdpCase({ terminatedOn: null }), 'programme-terminated').outcome).toBe('pass');
  });
});

describe('amount — MADDE 15(6), 15(7): base × 2.500 TL / 30 per month, rounded to kuruş, then summed', () => {
  it('prints each month and the request total with its formula', () => {
    const { request } = firstRequest(ikdpCase());
    expect(request.amountLines.map((line) => [line.label, toMoneyString(line.amount), line.currency, line.formula])).toEqual([
      ['Ocak 2025', '25416.67', 'TRY', '305 / 30 × 2.500,00 ₺ = 25.416,67 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
      ['Şubat 2025', '25416.67', 'TRY', '305 / 30 × 2.500,00 ₺ = 25.416,67 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
      ['Talep toplamı', '50833.34', 'TRY', '2 ay × 25.416,67 ₺ = 50.833,34 ₺ (MADDE 15(7))'],
    ]);
  });

  it.each([
    [1, 1, '83.33'],
    [2, 1, '166.67'],
    [3, 1, '250.00'],
    [305, 3, '76250.01'],
    [100, 12, '99999.96'],
  ] as const)('base %i for %i month(s) → %s TL (each month rounded before the sum)', (base, count, amount) => {
    const { request } = firstRequest(
      ikdpCase({
        primDays: flatDays(base, base),
        requests: [ikdpRequest({ months: monthsFrom('2025-01', count), submittedOn: '2026-01-05' })],
      }),
    );
    expect(request.approved).toBe(true);
    expect(toMoneyString(request.amountTRY)).toBe(amount);
  });
});

describe('base cap — MADDE 8(2): the base counted for money is at most 249 × 30 = 7.470 prim gün', () => {
  it.each([
    [7469, '622416.67', '7.469 / 30 × 2.500,00 ₺ = 622.416,67 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
    [7470, '622500.00', '7.470 / 30 × 2.500,00 ₺ = 622.500,00 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
    [
      7471,
      '622500.00',
      '7.470 (baz 7.471 prim gün, üst sınır 7.470 prim gün, MADDE 8(2)) / 30 × 2.500,00 ₺ = 622.500,00 ₺ (kuruşa yuvarlanır; MADDE 15(6))',
    ],
  ] as const)('base %i → %s TL a month', (base, amount, formula) => {
    const { evaluation, request } = firstRequest(
      ikdpCase({ primDays: flatDays(base, base), requests: [ikdpRequest({ months: ['2025-01'] })] }),
    );
    expect(evaluation.base.value).toBe(base);
    expect(toMoneyString(request.amountTRY)).toBe(amount);
    expect(request.amountLines[0]?.formula).toBe(formula);
  });

  it('twelve months at the capped base reach exactly the 7.470.000 TL total cap, paid in full', () => {
    const { request } = firstRequest(
      ikdpCase({
        primDays: flatDays(8010, 8020),
        requests: [ikdpRequest({ months: monthsFrom('2025-01', 12), submittedOn: '2026-01-05' })],
      }),
    );
    expect(toMoneyString(request.amountTRY)).toBe('7470000.00');
    expect(request.amountLines.map((line) => line.label)).not.toContain('Üst limit');
  });
});

describe('cumulative cap — MADDE 8(2): a request that would cross the total cap is paid the remainder', () => {
  const requests = [
    ikdpRequest({ months: ['2025-01', '2025-02'], submittedOn: '2025-03-03' }),
    ikdpRequest({ months: ['2025-03'], submittedOn: '2025-04-01' }),
  ];

  it.each([
    ['76250.02', '25416.67', '76250.01', false],
    ['76250.01', '25416.67', '76250.01', false],
    ['76250.00', '25416.66', '76250.00', true],
  ] as const)('cap %s TL after 50.833,34 paid: second request pays %s (total %s)', (cap, second, total, capLine) => {
    const reference = withIkdpEdition({ ...IKDP_2025, totalCapTry: constant(cap, TEST_SOURCE) });
    const evaluation = evaluateIkdpCase(ikdpCase({ requests }), reference);
    expect(evaluation.requests.map((request) => toMoneyString(request.amountTRY))).toEqual(['50833.34', second]);
    expect(toMoneyString(evaluation.totalTRY)).toBe(total);
    const line = evaluation.requests[1]?.amountLines.find((amountLine) => amountLine.label === 'Üst limit');
    expect(line !== undefined).toBe(capLine);
    if (line !== undefined) {
      expect(toMoneyString(line.amount)).toBe('25416.66');
      expect(line.formula).toBe(
        'Toplam destek üst limiti 76.250,00 ₺; daha önce ödenen 50.833,34 ₺; bu talepte kalan 25.416,66 ₺ ödenir (MADDE 8(2)).',
      );
    }
  });
});

describe('programme dates — MADDE 6 (12 months from approval) and MADDE 14(1) (monitoring 1 year after the end)', () => {
  it.each([
    ['2025-02-20', '2026-02-20', '2027-02-20'],
    ['2025-01-31', '2026-01-31', '2027-01-31'],
    ['2025-03-29', '2026-03-29', '2027-03-29'],
    ['2025-03-31', '2026-03-31', '2027-03-31'],
  ] as const)(
    'approved %s → ends %s, monitoring due %s (calendar dates, no weekend shift)',
    (approvedOn, programEnd, postMonitoringDue) => {
      const { evaluation } = firstRequest(ikdpCase({ approvedOn }));
      expect(evaluation.programStart).toBe(approvedOn);
      expect(evaluation.programEnd).toBe(programEnd);
      expect(evaluation.postMonitoringDue).toBe(postMonitoringDue);
    },
  );
});
