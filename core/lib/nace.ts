import { invalid, valid, type Validated } from './validation';

/**
 * An activity code of NACE Rev.2 at any level from division (`14`) to the
 * Turkish six-digit activity (`14.13.01`).
 */
export type NaceCode = {
  /** `141301`: the code without dots, compared by prefix. */
  readonly digits: string;
  /** `14`: the first two digits, the NACE division. */
  readonly division: string;
  /** `14.13.01`: as people write it. */
  readonly formatted: string;
};

/**
 * spec/domain-rules.md "Common — NACE": accept `14`, `14.1`, `14.13`, `1413`,
 * `14.13.01` (and `141301`); the division is the first two digits. Anything
 * else is invalid input, not a failed check.
 */
const NACE_FORMS = /^(?:\d{2}(?:\.\d{1,2})?|\d{2}\.\d{2}\.\d{2}|\d{4}|\d{6})$/;
const DOTS = /\./g;
const ACCEPTED_FORMS_TR = '14, 14.1, 14.13, 1413, 14.13.01 veya 141301';

/** The divisions NACE Rev.2 defines (04, 34, 40, 44, 48, 54, 57, 67, 76, 83 and 89 do not exist). */
const DIVISION_RANGES: readonly (readonly [number, number])[] = [
  [1, 3],
  [5, 9],
  [10, 33],
  [35, 39],
  [41, 43],
  [45, 47],
  [49, 53],
  [55, 56],
  [58, 63],
  [64, 66],
  [68, 68],
  [69, 75],
  [77, 82],
  [84, 84],
  [85, 85],
  [86, 88],
  [90, 93],
  [94, 96],
  [97, 98],
  [99, 99],
];

const NACE_DIVISIONS: ReadonlySet<string> = new Set(
  DIVISION_RANGES.flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, offset) => String(first + offset).padStart(2, '0')),
  ),
);

/** Section C (İmalat) is divisions 10–33. */
const MANUFACTURING_FIRST = 10;
const MANUFACTURING_LAST = 33;

function formatDigits(digits: string): string {
  const groups = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)].filter((group) => group !== '');
  return groups.join('.');
}

/**
 * Reads a NACE code as people type it. Only the division is checked against
 * NACE Rev.2; groups and classes below it are taken as written.
 */
export function parseNace(input: string, field = 'naceMain'): Validated<NaceCode> {
  const text = input.trim();
  if (text === '') return invalid(field, 'NACE kodu boş.');
  if (!NACE_FORMS.test(text)) {
    return invalid(field, `"${text}" geçerli bir NACE kodu biçiminde değil; ${ACCEPTED_FORMS_TR} biçiminde yazın.`);
  }
  const digits = text.replace(DOTS, '');
  const division = digits.slice(0, 2);
  if (!NACE_DIVISIONS.has(division)) {
    return invalid(field, `"${text}" kodunun bölümü (${division}) NACE Rev.2'de bulunmuyor.`);
  }
  return valid({ digits, division, formatted: formatDigits(digits) });
}

const PREFIX_DIGITS = /^\d{2,6}$/;

/**
 * Whether `code` lies under `prefix` (`'13'`, `'32.99'`, `'32.99.02'`),
 * compared as digit strings: `32.99.02` is under `32.99`, but `32.99` is not
 * under `32.99.02`. A prefix that is not 2–6 digits (dots allowed) matches
 * nothing, so a typo in a programme's list never admits every code.
 */
export function naceHasPrefix(code: NaceCode, prefix: string): boolean {
  const prefixDigits = prefix.trim().replace(DOTS, '');
  if (!PREFIX_DIGITS.test(prefixDigits)) return false;
  return code.digits.startsWith(prefixDigits);
}

/** Section C, İmalat: divisions 10–33. */
export function isManufacturingDivision(code: NaceCode): boolean {
  const division = Number(code.division);
  return division >= MANUFACTURING_FIRST && division <= MANUFACTURING_LAST;
}
