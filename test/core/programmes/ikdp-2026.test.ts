import { describe, expect, it } from 'vitest';
import type { IkdpCaseInput } from '../../../core/inputs/ikdp-input';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateIkdpCase } from '../../../core/rules';
import { checkOf, every, IKDP_2026_BASE_DAYS, ikdp2026Case, ikdpCase, ikdpRequest, monthsFrom } from './builders';

function firstRequest(input: IkdpCaseInput) {
  const evaluation = evaluateIkdpCase(input);
  const request = evaluation.requests[0];
  if (request === undefined) throw new Error('test setup: no request');
  return { evaluation, request };
}

/** Base 100 (Kasım 100 + Aralık 101), 2026 months as given, the rest of 2026 absent. */
function days2026(values: Readonly<Record<string, number>>): Record<string, number> {
  return { ...IKDP_2026_BASE_DAYS, ...values };
}

describe('IKDP-2026 — provisional values and gaps not announced', () => {
  it('marks the evaluation provisional and names the edition as such', () => {
    const { evaluation } = firstRequest(ikdp2026Case());
    expect(evaluation.provisional).toBe(true);
    expect(evaluation.program).toBe('IKDP-2026');
    expect(evaluation.editionName).toContain('geçici');
  });

  it('ends the programme on 31/12/2026 whatever the approval date; post-programme monitoring is not announced (null)', () => {
    const { evaluation } = firstRequest(ikdp2026Case({ approvedOn: '2026-05-04' }));
    expect(evaluation.programStart).toBe('2026-05-04');
    expect(evaluation.programEnd).toBe('2026-12-31');
    expect(evaluation.postMonitoringDue).toBeNull();
    expect(evaluation.dateNotes).toContain('Program sonrası izleme tarihi henüz ilan edilmedi.');
  });

  it.each(['2026-04-01', '2027-03-31', '2027-12-31'])(
    'request-deadline — not announced: a request on %s passes, saying the date is not yet announced',
    (submittedOn) => {
      const { request } = firstRequest(ikdp2026Case({ requests: [ikdpRequest({ submittedOn, months: ['2026-01'] })] }));
      const check = checkOf(request.checks, 'request-deadline');
      expect(check).toMatchObject({ outcome: 'pass', article: 'MADDE 15(3)' });
      expect(check.explanation).toContain('henüz ilan edilmedi');
      expect(request.approved).toBe(true);
    },
  );

  it('the same late request date fails under IKDP-2025 (31/03/2026), so the pass above is the 2026 gap, not a missing check', () => {
    const { request } = firstRequest(ikdpCase({ requests: [ikdpRequest({ submittedOn: '2026-04-01' })] }));
    expect(checkOf(request.checks, 'request-deadline').outcome).toBe('fail');
  });
});

describe('IKDP-2026 base — Kasım + Aralık 2025, truncated', () => {
  it.each([
    [100, 101, 100, '100 + 101 = 201; 201 / 2 = 100'],
    [100, 100, 100, '100 + 100 = 200; 200 / 2 = 100'],
    [7470, 7473, 7471, '7.470 + 7.473 = 14.943; 14.943 / 2 = 7.471'],
  ] as const)('Kasım %i + Aralık %i → %i', (november, december, base, text) => {
    const { evaluation } = firstRequest(ikdp2026Case({ primDays: days2026({ '2025-11': november, '2025-12': december, '2026-01': 100 }) }));
    expect(evaluation.base.value).toBe(base);
    expect(evaluation.base.explanation).toContain(text);
    expect(evaluation.base.explanation).toContain('Kasım 2025, Aralık 2025');
  });

  it('founded inside the base months: the sum from founding divided by the 2 base months', () => {
    const { evaluation } = firstRequest(ikdp2026Case({ foundedOn: '2025-12-10', primDays: { '2025-12': 151, '2026-01': 100 } }));
    expect(evaluation.base.value).toBe(75);
    expect(evaluation.base.article).toBe('MADDE 5(1), 9(3), 9(4)');
    expect(evaluation.base.explanation).toContain('151 / 2 = 75');
  });
});

describe('IKDP-2026 month-window — 2026-01 … 2026-12', () => {
  it.each([
    ['2025-12', 'fail'],
    ['2026-01', 'pass'],
    ['2026-12', 'pass'],
    ['2027-01', 'fail'],
  ] as const)('%s → %s', (month, outcome) => {
    const { request } = firstRequest(
      ikdp2026Case({ primDays: days2026({ [month]: 100 }), requests: [ikdpRequest({ months: [month], submittedOn: '2027-02-01' })] }),
    );
    const check = checkOf(request.checks, 'month-window');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(1)' });
    expect(check.explanation).toContain('Ocak 2026 – Aralık 2026');
  });
});

describe('IKDP-2026 employment-preserved — the month itself ≥ base, or the truncated average from January to it ≥ base', () => {
  it.each([
    ['Ocak 99: neither test', { '2026-01': 99 }, ['2026-01'], 'fail', 'Ocak 2026: ay 99 < 100, Ocak–Ocak 2026 ortalaması 99 < 100'],
    ['Ocak 100: the month itself', { '2026-01': 100 }, ['2026-01'], 'pass', 'Ocak 2026: 100 ≥ 100'],
    [
      'Şubat 90 after Ocak 110: (110 + 90) / 2 = 100',
      { '2026-01': 110, '2026-02': 90 },
      ['2026-02'],
      'pass',
      'Şubat 2026: ay 90 < 100, Ocak–Şubat 2026 ortalaması 100 ≥ 100',
    ],
    [
      'Şubat 90 after Ocak 109: (109 + 90) / 2 = 99',
      { '2026-01': 109, '2026-02': 90 },
      ['2026-02'],
      'fail',
      'Şubat 2026: ay 90 < 100, Ocak–Şubat 2026 ortalaması 99 < 100',
    ],
    [
      'Şubat 80 after Ocak 120 (fails the 2025 requested-months rule)',
      { '2026-01': 120, '2026-02': 80 },
      ['2026-02'],
      'pass',
      'Ocak–Şubat 2026 ortalaması 100 ≥ 100',
    ],
  ] as const)('%s → %s', (_name, values, months, outcome, text) => {
    const { request } = firstRequest(
      ikdp2026Case({ primDays: days2026(values), requests: [ikdpRequest({ months: [...months], submittedOn: '2026-04-01' })] }),
    );
    const check = checkOf(request.checks, 'employment-preserved');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(2)' });
    expect(check.explanation).toContain(text);
    expect(request.approved).toBe(outcome === 'pass');
  });

  it('is all-or-nothing: Mart preserved but Nisan not (95 < 100, Ocak–Nisan 86 < 100) rejects the request, although the 2025 rule would pass it', () => {
    const primDays = days2026({ '2026-01': 50, '2026-02': 50, '2026-03': 150, '2026-04': 95 });
    const { request } = firstRequest(
      ikdp2026Case({ primDays, requests: [ikdpRequest({ months: ['2026-03', '2026-04'], submittedOn: '2026-05-04' })] }),
    );
    const check = checkOf(request.checks, 'employment-preserved');
    expect(check.outcome).toBe('fail');
    expect(check.explanation).toContain('Nisan 2026: ay 95 < 100, Ocak–Nisan 2026 ortalaması 86 < 100');
    expect(check.explanation).toContain('Talep bir bütün olarak reddedilir.');
    expect(check.explanation).not.toContain('Mart 2026');
    expect(toMoneyString(request.amountTRY)).toBe('0.00');
    // The truncated average of the requested months is still reported: (150 + 95) / 2 = 122.
    expect(request.average).toBe(122);
  });

  it('is missing-data, naming the month, when the year-to-date average lacks data', () => {
    const { request } = firstRequest(
      ikdp2026Case({
        primDays: days2026({ '2026-02': 100, '2026-03': 90 }),
        requests: [ikdpRequest({ months: ['2026-03'], submittedOn: '2026-04-01' })],
      }),
    );
    const check = checkOf(request.checks, 'employment-preserved');
    expect(check.outcome).toBe('missing-data');
    expect(check.explanation).toContain('Ocak 2026');
  });
});

describe('IKDP-2026 amount — base × 3.500 TL / 30 per month, base capped at 7.470', () => {
  it.each([
    [100, '11666.67', '100 / 30 × 3.500,00 ₺ = 11.666,67 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
    [7470, '871500.00', '7.470 / 30 × 3.500,00 ₺ = 871.500,00 ₺ (kuruşa yuvarlanır; MADDE 15(6))'],
    [
      7471,
      '871500.00',
      '7.470 (baz 7.471 prim gün, üst sınır 7.470 prim gün, MADDE 8(2)) / 30 × 3.500,00 ₺ = 871.500,00 ₺ (kuruşa yuvarlanır; MADDE 15(6))',
    ],
  ] as const)('base %i → %s TL a month', (base, amount, formula) => {
    const { request } = firstRequest(
      ikdp2026Case({
        primDays: { ...every(['2025-11', '2025-12'], base), '2026-01': base },
        requests: [ikdpRequest({ months: ['2026-01'], submittedOn: '2026-02-02' })],
      }),
    );
    expect(request.approved).toBe(true);
    expect(toMoneyString(request.amountTRY)).toBe(amount);
    expect(request.amountLines[0]?.formula).toBe(formula);
  });

  it('twelve months at the capped base reach exactly the 10.458.000 TL cap', () => {
    const { evaluation } = firstRequest(
      ikdp2026Case({
        primDays: { ...every(['2025-11', '2025-12'], 8000), ...every(monthsFrom('2026-01', 12), 8000) },
        requests: [ikdpRequest({ months: monthsFrom('2026-01', 12), submittedOn: '2027-01-04' })],
      }),
    );
    expect(toMoneyString(evaluation.totalTRY)).toBe('10458000.00');
  });
});
