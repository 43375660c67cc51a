import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../../core/scenarios/compare-expectation';
import { parseScenario, runScenario } from '../../../core/scenarios/run-scenario';

/** The IKDP example of spec/scenario-format.md: base 305, 2 × 25.416,67 = 50.833,34 TL. */
const IKDP_SCENARIO = {
  id: 'ikdp-01',
  kind: 'ikdp-payments',
  program: 'IKDP-2025',
  approvedOn: '2025-02-20',
  foundedOn: '2009-05-04',
  primDays: { '2024-10': 310, '2024-11': 305, '2024-12': 300, '2025-01': 306, '2025-02': 305 },
  terminatedOn: null,
  requests: [{ submittedOn: '2025-04-15', months: ['2025-01', '2025-02'], taxLiabilityActive: true, overdueKosgebDebt: false }],
  expect: {
    baseAverage: 305,
    programEnd: '2026-02-20',
    postMonitoringDue: '2027-02-20',
    requests: [{ approved: true, failed: [], average: 305, amountTRY: '50833.34' }],
    totalTRY: '50833.34',
  },
};

/** An IKDP-2025 application failing legal-form and declaration. */
const ELIGIBILITY_SCENARIO = {
  id: 'elig-01',
  kind: 'eligibility',
  program: 'IKDP-2025',
  asOf: '2025-02-10',
  enterprise: {
    legalForm: 'DIGER',
    registered: true,
    active: true,
    declarationCurrent: false,
    naceMain: '14.13.01',
    provinces: ['Kayseri'],
  },
  history: [],
  expect: { eligible: false, failed: ['legal-form', 'declaration'] },
};

const DEADLINE_SCENARIO = {
  id: 'dl-01',
  kind: 'deadline',
  start: '2025-03-28',
  amount: 5,
  unit: 'day',
  channel: 'electronic',
  expect: { due: '2025-04-02T23:59' },
};

const CLAWBACK_SCENARIO = {
  id: 'cb-01',
  kind: 'clawback',
  amountEUR: '2500.00',
  paidOn: '2025-03-10',
  notifiedOn: '2026-01-05',
  repaidOn: '2026-03-20',
  rates: { '2025-03-10': '39.1234', '2026-03-20': '50.5678' },
  expect: {
    interestApplies: true,
    principalTRY: '97808.50',
    days: 375,
    interestTRY: '24117.16',
    interestEUR: '476.93',
    totalEUR: '2976.93',
  },
};

function run(value: unknown, fileName = 'dir/case.json') {
  return runScenario(JSON.stringify(value), fileName);
}

function failMessage(value: unknown, fileName = 'dir/case.json'): string {
  const verdict = typeof value === 'string' ? runScenario(value, fileName) : run(value, fileName);
  if (verdict.status !== 'FAIL') throw new Error(`expected FAIL, got ${JSON.stringify(verdict)}`);
  return verdict.message;
}

describe('runScenario — valid scenarios of each kind pass', () => {
  it.each([
    ['ikdp-payments', IKDP_SCENARIO],
    ['eligibility', ELIGIBILITY_SCENARIO],
    ['deadline', DEADLINE_SCENARIO],
    ['clawback', CLAWBACK_SCENARIO],
    [
      'identifiers',
      {
        id: 'ids-01',
        kind: 'identifiers',
        values: [
          { type: 'tckn', value: '10000000146' },
          { type: 'vkn', value: '1234567891' },
        ],
        expect: { valid: [true, false] },
      },
    ],
  ] as const)('%s', (_kind, scenario) => {
    expect(run(scenario)).toEqual({ status: 'PASS', id: scenario.id });
  });
});

describe('runScenario — a file that is not a valid scenario is a FAIL naming the file and the field, never a crash', () => {
  it('not JSON', () => {
    const verdict = runScenario('{ "id": "x", ', 'dir/broken.json');
    expect(verdict.status).toBe('FAIL');
    expect(verdict.id).toBe('dir/broken.json');
    expect(verdict.status === 'FAIL' && verdict.message).toMatch(/^dir\/broken\.json: geçerli JSON değil \(/);
  });

  it.each([
    ['a JSON list', '[]'],
    ['a JSON string', '"ikdp"'],
    ['JSON null', 'null'],
  ] as const)('%s instead of an object', (_name, text) => {
    expect(failMessage(text, 'a.json')).toBe('a.json: senaryo bir JSON nesnesi olmalı');
  });

  it.each([
    [
      'an unknown kind',
      { ...IKDP_SCENARIO, kind: 'ikdp' },
      'case.json: alan "kind": bilinmeyen tür "ikdp"; izin verilenler: identifiers, eligibility, ikdp-payments, itkfdp-periods, deadline, clawback, finansman-2026',
    ],
    [
      'no kind',
      { id: 'x', expect: {} },
      'case.json: alan "kind": zorunlu alan eksik; izin verilenler: identifiers, eligibility, ikdp-payments, itkfdp-periods, deadline, clawback, finansman-2026',
    ],
    ['a missing field', { ...DEADLINE_SCENARIO, start: undefined }, 'case.json: alan "start": zorunlu alan eksik'],
    ['a missing expect', { ...DEADLINE_SCENARIO, expect: undefined }, 'case.json: alan "expect": zorunlu alan eksik'],
    ['an empty id', { ...DEADLINE_SCENARIO, id: '' }, 'case.json: alan "id": boş olamaz'],
    ['a malformed date', { ...DEADLINE_SCENARIO, start: '2025-02-30' }, 'case.json: alan "start": geçersiz tarih (YYYY-AA-GG bekleniyor)'],
    [
      'a malformed nested date',
      { ...IKDP_SCENARIO, requests: [{ ...IKDP_SCENARIO.requests[0], submittedOn: '15.04.2025' }] },
      'case.json: alan "requests[0].submittedOn": geçersiz tarih (YYYY-AA-GG bekleniyor)',
    ],
    [
      'a malformed amount',
      { ...CLAWBACK_SCENARIO, amountEUR: '2500' },
      'case.json: alan "amountEUR": geçersiz tutar (iki ondalık haneli ondalık sayı bekleniyor, örn. "1800000.00")',
    ],
    [
      'a malformed amount in expect',
      { ...IKDP_SCENARIO, expect: { totalTRY: '50833.3' } },
      'case.json: alan "expect.totalTRY": geçersiz tutar (iki ondalık haneli ondalık sayı bekleniyor, örn. "1800000.00")',
    ],
    [
      'a malformed date-time in expect',
      { ...DEADLINE_SCENARIO, expect: { due: '2025-04-02 23:59' } },
      'case.json: alan "expect.due": YYYY-AA-GGTSS:DD bekleniyor',
    ],
    [
      'a malformed legal interest rate',
      { ...CLAWBACK_SCENARIO, legalInterestRates: [{ from: '2024-06-01', percent: '%24' }] },
      'case.json: alan "legalInterestRates[0].percent": geçersiz oran (örn. "24" ya da "38.75")',
    ],
    [
      'an empty legal interest table',
      { ...CLAWBACK_SCENARIO, legalInterestRates: [] },
      'case.json: alan "legalInterestRates": en az 1 öğe olmalı',
    ],
    ['an unknown top-level key', { ...DEADLINE_SCENARIO, titel: 'typo' }, 'case.json: alan "titel": bilinmeyen alan'],
    ['an unknown key in expect', { ...IKDP_SCENARIO, expect: { baseAvg: 305 } }, 'case.json: alan "expect.baseAvg": bilinmeyen alan'],
    [
      'an unknown key in an expected request',
      { ...IKDP_SCENARIO, expect: { requests: [{ amount: '1.00' }] } },
      'case.json: alan "expect.requests[0].amount": bilinmeyen alan',
    ],
  ] as const)('%s', (_name, scenario, message) => {
    expect(failMessage(scenario, 'dir/case.json')).toBe(`dir/${message}`);
  });

  it('a malformed month used as a key (prim gün of "2025-13") names that key as the field', () => {
    // core/inputs/common.ts flattenIssues appends issue.input to the path of an invalid record key; zod 4 already puts
    // the key in the path and gives no input, so the field comes out as `primDays.2025-13.undefined`.
    expect(failMessage({ ...IKDP_SCENARIO, primDays: { ...IKDP_SCENARIO.primDays, '2025-13': 300 } })).toBe(
      'dir/case.json: alan "primDays.2025-13": geçersiz ay (YYYY-AA bekleniyor)',
    );
  });

  it('reports the scenario id when the file has one, the file name when it has none', () => {
    expect(run({ ...DEADLINE_SCENARIO, start: 'x' }).id).toBe('dl-01');
    expect(run({ kind: 'deadline' }, 'dir/no-id.json').id).toBe('dir/no-id.json');
  });

  it('a case the rules cannot evaluate (no exchange rate) is a FAIL naming the file and the field', () => {
    expect(failMessage({ ...CLAWBACK_SCENARIO, rates: {} })).toBe(
      'dir/case.json: alan "rates": Ödeme tarihi 10.03.2025 veya öncesi için TCMB kuru yok.',
    );
  });

  it('parseScenario returns the typed scenario of a valid file', () => {
    const parsed = parseScenario(JSON.stringify(IKDP_SCENARIO), 'x.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenario.kind).toBe('ikdp-payments');
  });
});

describe('runScenario — expectations', () => {
  it('compares `failed` as a set: another order passes', () => {
    expect(run({ ...ELIGIBILITY_SCENARIO, expect: { eligible: false, failed: ['declaration', 'legal-form'] } }).status).toBe('PASS');
  });

  it('a missing code in `failed` fails', () => {
    expect(failMessage({ ...ELIGIBILITY_SCENARIO, expect: { failed: ['declaration'] } })).toBe(
      'expect.failed: beklenen 1 öğe, bulunan 2 öğe (["declaration","legal-form"])',
    );
  });

  it('an extra code in `failed` fails', () => {
    expect(failMessage({ ...ELIGIBILITY_SCENARIO, expect: { failed: ['declaration', 'legal-form', 'registration'] } })).toContain(
      'expect.failed: beklenen 3 öğe, bulunan 2 öğe',
    );
  });

  it('a wrong code in `failed` names it', () => {
    expect(failMessage({ ...ELIGIBILITY_SCENARIO, expect: { failed: ['declaration', 'nace-sector'] } })).toBe(
      'expect.failed[1]: beklenen "nace-sector", bulunan "legal-form"',
    );
  });

  it('compares keys absent from expect not at all', () => {
    expect(run({ ...IKDP_SCENARIO, expect: {} }).status).toBe('PASS');
    expect(run({ ...IKDP_SCENARIO, expect: { requests: [{ amountTRY: '50833.34' }] } }).status).toBe('PASS');
  });

  it.each([
    [
      'a wrong amount (one kuruş)',
      { requests: [{ amountTRY: '50833.33' }] },
      'expect.requests[0].amountTRY: beklenen "50833.33", bulunan "50833.34"',
    ],
    ['a wrong total', { totalTRY: '50833.35' }, 'expect.totalTRY: beklenen "50833.35", bulunan "50833.34"'],
    ['a wrong base', { baseAverage: 306 }, 'expect.baseAverage: beklenen 306, bulunan 305'],
    [
      'null expected where a date is computed',
      { postMonitoringDue: null },
      'expect.postMonitoringDue: beklenen null, bulunan "2027-02-20"',
    ],
    ['one request too many', { requests: [{}, {}] }, 'expect.requests: beklenen 2 öğe, bulunan 1 öğe'],
    ['a wrong approval', { requests: [{ approved: false }] }, 'expect.requests[0].approved: beklenen false, bulunan true'],
  ] as const)('%s reports the first difference as expected vs actual', (_name, expectation, message) => {
    expect(failMessage({ ...IKDP_SCENARIO, expect: expectation })).toContain(message);
  });

  it('reports only the first of several differences (keys in the order of the expect schema)', () => {
    expect(failMessage({ ...IKDP_SCENARIO, expect: { totalTRY: '1.00', baseAverage: 1 } })).toBe(
      'expect.baseAverage: beklenen 1, bulunan 305',
    );
  });
});

describe('firstDifference', () => {
  it.each([
    ['equal scalars', 305, 305, null],
    ['number vs numeric string', 305, '305', 'expect: beklenen 305, bulunan "305"'],
    ['missing actual key', { a: 1 }, {}, 'expect.a: beklenen 1, bulunan yok'],
    ['object vs list', { a: 1 }, [1], 'expect: beklenen {"a":1}, bulunan [1]'],
    ['list vs object', [1], { 0: 1 }, 'expect: beklenen [1], bulunan {"0":1}'],
    ['extra actual keys are ignored', { a: 1 }, { a: 1, b: 2 }, null],
    ['nested list element', { p: [{ i: 1 }, { i: 2 }] }, { p: [{ i: 1 }, { i: 3 }] }, 'expect.p[1].i: beklenen 2, bulunan 3'],
    ['missingData compared as a set', { missingData: ['b', 'a'] }, { missingData: ['a', 'b'] }, null],
    ['failed of a nested decision compared as a set', { periods: [{ failed: ['x', 'y'] }] }, { periods: [{ failed: ['y', 'x'] }] }, null],
    ['other lists keep their order', { valid: [true, false] }, { valid: [false, true] }, 'expect.valid[0]: beklenen true, bulunan false'],
  ] as const)('%s', (_name, expected, actual, difference) => {
    expect(firstDifference(expected, actual)).toBe(difference);
  });
});
