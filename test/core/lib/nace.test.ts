import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isManufacturingDivision, naceHasPrefix, parseNace, type NaceCode } from '../../../core/lib/nace';

function parsed(input: string): NaceCode {
  const result = parseNace(input);
  if (!result.ok) throw new Error(`test setup: ${input} did not parse`);
  return result.value;
}

/** NACE Rev.2 divisions, listed one by one (the code under test uses ranges). */
const REAL_DIVISIONS = new Set([
  '01',
  '02',
  '03',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '35',
  '36',
  '37',
  '38',
  '39',
  '41',
  '42',
  '43',
  '45',
  '46',
  '47',
  '49',
  '50',
  '51',
  '52',
  '53',
  '55',
  '56',
  '58',
  '59',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '68',
  '69',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '77',
  '78',
  '79',
  '80',
  '81',
  '82',
  '84',
  '85',
  '86',
  '87',
  '88',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
  '98',
  '99',
]);
const ALL_TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

describe('parseNace — spec "Common — NACE"', () => {
  it.each([
    ['14', '14', '14', '14'],
    ['14.1', '141', '14', '14.1'],
    ['14.13', '1413', '14', '14.13'],
    ['1413', '1413', '14', '14.13'],
    ['14.13.01', '141301', '14', '14.13.01'],
    ['141301', '141301', '14', '14.13.01'],
    ['  14.13.01 ', '141301', '14', '14.13.01'],
    ['01.11', '0111', '01', '01.11'],
    ['99', '99', '99', '99'],
  ])('reads %j as digits %s, division %s, formatted %s', (input, digits, division, formatted) => {
    expect(parseNace(input)).toEqual({ ok: true, value: { digits, division, formatted } });
  });

  it.each([
    ['C14', 'a section letter'],
    ['1', 'one digit'],
    ['141', 'three digits without a dot'],
    ['14.13.0', 'a one-digit sub-class'],
    ['14..1', 'two dots'],
    ['14.', 'a trailing dot'],
    ['.14', 'a leading dot'],
    ['14.130', 'three digits after the dot'],
    ['1413.01', 'a dot only before the last pair'],
    ['14.13.01.1', 'too many levels'],
    ['1413011', 'seven digits'],
    ['14 13', 'a space inside'],
    ['14-13', 'a dash'],
    ['04.10', 'division 04 does not exist'],
    ['00', 'division 00 does not exist'],
    ['', 'empty'],
    ['   ', 'only spaces'],
  ])('rejects %j (%s) as invalid input naming the field', (input) => {
    const result = parseNace(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.field).toBe('naceMain');
      expect(result.issues[0]?.message).toMatch(/NACE/);
    }
  });

  it('names the field it was given', () => {
    const result = parseNace('C14', 'naceSecondary[0]');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.field)).toEqual(['naceSecondary[0]']);
      expect(result.issues[0]?.message).toContain('C14');
    }
  });

  it.each(ALL_TWO_DIGITS)('accepts division %s exactly when NACE Rev.2 defines it', (division) => {
    expect(parseNace(division).ok).toBe(REAL_DIVISIONS.has(division));
    expect(parseNace(`${division}.10`).ok).toBe(REAL_DIVISIONS.has(division));
  });

  it('reads the dotted and the plain form of any code alike', () => {
    const realDivision = fc.constantFrom(...REAL_DIVISIONS);
    const pair = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(realDivision, pair, pair, (division, group, activity) => {
        const dotted = parseNace(`${division}.${group}.${activity}`);
        const plain = parseNace(`${division}${group}${activity}`);
        expect(dotted).toEqual(plain);
        expect(dotted).toEqual({
          ok: true,
          value: { digits: `${division}${group}${activity}`, division, formatted: `${division}.${group}.${activity}` },
        });
      }),
    );
  });
});

describe('naceHasPrefix — digit-string prefixes', () => {
  it.each([
    ['13.10', '13', true],
    ['13', '13', true],
    ['14.13.01', '13', false],
    ['32.99.02', '32.99', true],
    ['32.99.02', '3299', true],
    ['32.99.02', '32.99.02', true],
    ['32.99.02', '329902', true],
    ['32.99.03', '32.99.02', false],
    ['32.99', '32.99.02', false],
    ['32.9', '32.99', false],
    ['31.01', '3', false],
    ['31.01', '', false],
    ['31.01', 'C', false],
  ])('%s under %j: %s', (code, prefix, expected) => {
    expect(naceHasPrefix(parsed(code), prefix)).toBe(expected);
  });
});

describe('isManufacturingDivision — Section C (İmalat) is divisions 10–33', () => {
  it.each([
    ['09.90', false],
    ['10.11', true],
    ['14.13.01', true],
    ['33.12', true],
    ['35.11', false],
    ['46.90', false],
  ])('%s: %s', (code, expected) => {
    expect(isManufacturingDivision(parsed(code))).toBe(expected);
  });
});
