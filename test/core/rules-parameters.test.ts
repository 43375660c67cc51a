import { describe, expect, it } from 'vitest';
import { resolve, type DatedValue, type Parameter } from '../../core/lib/legal-reference';
import type { IkdpEdition } from '../../core/programmes/ikdp/edition';
import { IKDP_2025 } from '../../core/programmes/ikdp/edition-2025';
import { IKDP_2026 } from '../../core/programmes/ikdp/edition-2026';
import { ITKFDP_II, itkfdpValue, type ItkfdpEdition } from '../../core/programmes/itkfdp-ii/edition';

/**
 * Like OpenFisca's parameter tests: every edition parameter is resolved on every day from 2025-01-01 to 2027-12-31.
 * A value is either announced, with a source citing an article (`MADDE …`), or explicitly not announced (a `null`
 * entry with its source) — and only where spec/domain-rules.md says "to be announced". Each day has exactly one
 * applicable entry (compare Catala's test that every date has one applicable rule).
 */

/** Every day of the range, as ISO dates (built with UTC arithmetic here, not with core's calendar code). */
function everyDay(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

const DAYS = everyDay('2025-01-01', '2027-12-31');

/** ITKFDP-II MADDE 21: in force from 05/05/2025; acts dated before are decided under the first version. */
const ITKFDP_IN_FORCE = '2025-05-05';

/** spec/domain-rules.md, IKDP-2026 column: "to be announced" (request deadline, monitoring). */
const IKDP_2026_TO_BE_ANNOUNCED = ['requestDeadline', 'postMonitoringAfterYears'];

type AnyParameter = Parameter<unknown>;

function parametersOf(edition: IkdpEdition | ItkfdpEdition): [string, AnyParameter][] {
  return Object.entries(edition).filter((entry): entry is [string, AnyParameter] => Array.isArray(entry[1]));
}

function applicableEntries(parameter: AnyParameter, date: string): DatedValue<unknown>[] {
  const earlier = parameter.filter((entry) => entry.from <= date);
  const latest = earlier.reduce<string | null>((max, entry) => (max === null || entry.from > max ? entry.from : max), null);
  return earlier.filter((entry) => entry.from === latest);
}

const IKDP_EDITIONS = [
  ['IKDP-2025', IKDP_2025, [] as string[]],
  ['IKDP-2026', IKDP_2026, IKDP_2026_TO_BE_ANNOUNCED],
] as const;

describe.each(IKDP_EDITIONS)('%s parameters, every day 2025-01-01 … 2027-12-31', (_id, edition, mayBeUnannounced) => {
  const parameters = parametersOf(edition);

  it('has the parameters of the edition type', () => {
    expect(parameters.map(([key]) => key).sort()).toEqual(
      [
        'applicationEnd',
        'applicationStart',
        'basePrimGunCap',
        'baseMonths',
        'declarationRequired',
        'postMonitoringAfterYears',
        'preservationRule',
        'programmePeriod',
        'requestDeadline',
        'requestableMonths',
        'sectorPrefixes',
        'sectorReferenceDate',
        'supportPer30PrimGun',
        'totalCapTry',
      ].sort(),
    );
  });

  it.each(parameters)('%s: announced with a MADDE source, or explicitly not announced only where the spec says so', (key, parameter) => {
    const problems: string[] = [];
    for (const date of DAYS) {
      const resolved = resolve(parameter, date);
      if (resolved.status === 'announced') {
        if (!resolved.source.article.startsWith('MADDE')) problems.push(`${date}: source article "${resolved.source.article}"`);
      } else if (!mayBeUnannounced.includes(key)) {
        problems.push(`${date}: not announced`);
      } else if (resolved.source === null || !resolved.source.article.startsWith('MADDE')) {
        problems.push(`${date}: a gap without a source citing its article`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it.each(parameters)('%s: each date has exactly one applicable entry', (_key, parameter) => {
    const problems = DAYS.filter((date) => applicableEntries(parameter, date).length !== 1);
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it.each(parameters)('%s: every source says when it was last confirmed', (_key, parameter) => {
    for (const entry of parameter) expect(entry.source.lastConfirmed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('IKDP-2026 gaps and provisional values', () => {
  it.each(IKDP_2026_TO_BE_ANNOUNCED)('%s is shown as a gap, not an invented value', (key) => {
    const parameter = parametersOf(IKDP_2026).find(([name]) => name === key)?.[1];
    expect(parameter).toBeDefined();
    for (const date of ['2026-03-02', '2026-12-31']) expect(resolve(parameter ?? [], date).status).toBe('not-announced');
  });

  it('marks every 2026 value provisional and no 2025 value', () => {
    expect(IKDP_2026.provisional).toBe(true);
    expect(IKDP_2025.provisional).toBe(false);
    for (const [key, parameter] of parametersOf(IKDP_2026))
      for (const entry of parameter) expect([key, entry.source.provisional]).toEqual([key, true]);
    for (const [key, parameter] of parametersOf(IKDP_2025))
      for (const entry of parameter) expect([key, entry.source.provisional ?? false]).toEqual([key, false]);
  });
});

describe('edition values match the table of spec/domain-rules.md', () => {
  it.each([
    ['IKDP-2025', IKDP_2025, 'baseMonths', ['2024-10', '2024-11', '2024-12']],
    ['IKDP-2026', IKDP_2026, 'baseMonths', ['2025-11', '2025-12']],
    ['IKDP-2025', IKDP_2025, 'requestableMonths', { first: '2025-01', last: '2025-12' }],
    ['IKDP-2026', IKDP_2026, 'requestableMonths', { first: '2026-01', last: '2026-12' }],
    ['IKDP-2025', IKDP_2025, 'supportPer30PrimGun', '2500.00'],
    ['IKDP-2026', IKDP_2026, 'supportPer30PrimGun', '3500.00'],
    ['IKDP-2025', IKDP_2025, 'basePrimGunCap', 7470],
    ['IKDP-2026', IKDP_2026, 'basePrimGunCap', 7470],
    ['IKDP-2025', IKDP_2025, 'totalCapTry', '7470000.00'],
    ['IKDP-2026', IKDP_2026, 'totalCapTry', '10458000.00'],
    ['IKDP-2025', IKDP_2025, 'sectorPrefixes', ['13', '14', '15', '31']],
    ['IKDP-2026', IKDP_2026, 'sectorPrefixes', ['13', '14', '15', '31', '32.99.02']],
    ['IKDP-2025', IKDP_2025, 'sectorReferenceDate', '2024-12-31'],
    ['IKDP-2026', IKDP_2026, 'sectorReferenceDate', '2025-12-31'],
    ['IKDP-2025', IKDP_2025, 'applicationStart', '2025-01-31'],
    ['IKDP-2025', IKDP_2025, 'applicationEnd', '2025-03-31'],
    ['IKDP-2026', IKDP_2026, 'applicationStart', '2026-03-02'],
    ['IKDP-2025', IKDP_2025, 'requestDeadline', '2026-03-31'],
    ['IKDP-2025', IKDP_2025, 'programmePeriod', { kind: 'months-from-approval', months: 12 }],
    ['IKDP-2026', IKDP_2026, 'programmePeriod', { kind: 'fixed-end', end: '2026-12-31' }],
    ['IKDP-2025', IKDP_2025, 'postMonitoringAfterYears', 1],
    ['IKDP-2025', IKDP_2025, 'declarationRequired', true],
    ['IKDP-2026', IKDP_2026, 'declarationRequired', false],
    ['IKDP-2025', IKDP_2025, 'preservationRule', 'requested-months-average'],
    ['IKDP-2026', IKDP_2026, 'preservationRule', 'month-or-year-to-date-average'],
  ] as const)('%s %s', (_id, edition, key, value) => {
    const resolved = resolve(edition[key] as AnyParameter, '2026-01-15');
    expect(resolved.status === 'announced' ? resolved.value : null).toEqual(value);
  });

  it.each([
    ['loanAmountTry', '2025-06-01', { min: '1750000.00', max: '2000000.00' }],
    ['loanTermMonths', '2025-06-01', { min: 18, max: 36 }],
    ['periodCount', '2025-06-01', 6],
    ['monthsPerPeriod', '2025-06-01', 3],
    ['amountStandardEur', '2025-06-01', '2000.00'],
    ['amountWomanOrYoungEur', '2025-06-01', '2500.00'],
    ['amountWomanOrYoungEur', '2025-12-17', '2500.00'],
    ['totalCapEur', '2025-06-01', '15000.00'],
    ['minPersonDaysPerPeriod', '2025-06-01', 46],
    ['youngAgeLimitYears', '2025-06-01', 30],
    ['newHireRule', '2025-12-16', 'hired-on-or-after-announcement'],
    ['newHireRule', '2025-12-17', 'hired-on-or-after-announcement-not-employed-month-before'],
    ['singleFundingLine', '2025-12-16', false],
    ['singleFundingLine', '2025-12-17', true],
    ['lateRequestGraceMonths', '2025-06-01', 2],
    ['consecutiveFailuresToTerminate', '2025-06-01', 3],
  ] as const)('ITKFDP-II %s on %s', (key, date, value) => {
    expect(itkfdpValue(ITKFDP_II[key] as AnyParameter, date)).toEqual(value);
  });

  it('ITKFDP-II provinces: the twenty of MADDE 9(3)', () => {
    expect(itkfdpValue(ITKFDP_II.provinces, '2026-01-01')).toHaveLength(20);
  });

  it('ITKFDP-II divisions: Kısım C (10–33), 62 and 72', () => {
    const expected = [...Array.from({ length: 24 }, (_, index) => String(10 + index)), '62', '72'];
    expect(itkfdpValue(ITKFDP_II.naceDivisions, '2026-01-01')).toEqual(expected);
  });
});

describe('ITKFDP-II parameters, every day 2025-01-01 … 2027-12-31', () => {
  const parameters = parametersOf(ITKFDP_II);

  it('has the parameters of the edition type', () => {
    expect(parameters.map(([key]) => key).sort()).toEqual(
      [
        'amountStandardEur',
        'amountWomanOrYoungEur',
        'consecutiveFailuresToTerminate',
        'lateRequestGraceMonths',
        'loanAmountTry',
        'loanTermMonths',
        'minPersonDaysPerPeriod',
        'monthsPerPeriod',
        'naceDivisions',
        'newHireRule',
        'periodCount',
        'provinces',
        'singleFundingLine',
        'totalCapEur',
        'youngAgeLimitYears',
      ].sort(),
    );
  });

  it.each(parameters)('%s: always announced (itkfdpValue), with a MADDE source, from one entry', (_key, parameter) => {
    const problems: string[] = [];
    for (const date of DAYS) {
      if (itkfdpValue(parameter, date) === null) problems.push(`${date}: itkfdpValue is null`);
      const effective = date < ITKFDP_IN_FORCE ? ITKFDP_IN_FORCE : date;
      const resolved = resolve(parameter, effective);
      if (resolved.status !== 'announced') problems.push(`${date}: not announced`);
      else if (!resolved.source.article.startsWith('MADDE')) problems.push(`${date}: source article "${resolved.source.article}"`);
      if (applicableEntries(parameter, effective).length !== 1)
        problems.push(`${date}: ${applicableEntries(parameter, effective).length} applicable entries`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it.each(parameters)('%s: every amended value cites the 17/12/2025 OLUR', (_key, parameter) => {
    for (const entry of parameter.filter((dated) => dated.from === '2025-12-17'))
      expect(entry.source.act).toContain('17/12/2025 tarihli ve 678891 sayılı');
  });
});
