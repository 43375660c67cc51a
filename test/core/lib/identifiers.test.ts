import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTurkishIban, isValidTckn, isValidTurkishIban, isValidVkn } from '../../../core/lib/identifiers';

// Generators for property tests; production code never makes identifiers.

const digit = fc.integer({ min: 0, max: 9 });

function withTcknCheckDigits(first9: readonly number[]): string {
  const odd = first9.filter((_, index) => index % 2 === 0).reduce((a, b) => a + b, 0);
  const even = first9.filter((_, index) => index % 2 === 1).reduce((a, b) => a + b, 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  return [...first9, tenth, eleventh].join('');
}

const validTckn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(digit, { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => withTcknCheckDigits([first, ...rest]));

function withVknCheckDigit(first9: readonly number[]): string {
  let sum = 0;
  first9.forEach((d, index) => {
    const t = (d + 9 - index) % 10;
    const v = (t * 2 ** (9 - index)) % 9;
    sum += t !== 0 && v === 0 ? 9 : v;
  });
  return [...first9, (10 - (sum % 10)) % 10].join('');
}

const validVkn = fc.array(digit, { minLength: 9, maxLength: 9 }).map(withVknCheckDigit);

/** Check digits computed with BigInt, apart from the piecewise remainder of the code under test. */
function withIbanCheckDigits(bban: string): string {
  const numeric = `${bban}TR00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98n - (BigInt(numeric) % 97n);
  return `TR${check.toString().padStart(2, '0')}${bban}`;
}

const validIban = fc.array(digit, { minLength: 24 - 2, maxLength: 24 - 2 }).map((digits) => withIbanCheckDigits(digits.join('')));

/** Every string that differs from `s` in exactly one digit position (among `positions`). */
function singleDigitChanges(s: string, positions: readonly number[]): string[] {
  const changed: string[] = [];
  for (const position of positions) {
    for (let d = 0; d <= 9; d += 1) {
      const replacement = String(d);
      if (replacement !== s[position]) changed.push(s.slice(0, position) + replacement + s.slice(position + 1));
    }
  }
  return changed;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}

describe('TCKN — 11 digits, first not 0, both check digits', () => {
  it.each([
    ['10000000146', 'a commonly used test number'],
    ['99999999990', 'a foreign national’s 99-prefixed number'],
    ['19090909018', 'a number whose 10th-digit formula is negative before the modulo'],
    ['12345678950', 'ascending digits with their check digits'],
  ])('accepts %s (%s)', (tckn) => {
    expect(isValidTckn(tckn)).toBe(true);
  });

  it.each([
    ['10000000145', 'wrong 11th digit'],
    ['10000000136', 'wrong 10th digit'],
    ['19090909096', '10th digit taken as |−29| mod 10 = 9 instead of −29 mod 10 = 1'],
    ['01234567890', 'first digit 0'],
    ['00000000000', 'all zeros'],
    ['1000000014', '10 digits'],
    ['100000001460', '12 digits'],
    ['1000000014a', 'a letter'],
    [' 10000000146', 'surrounding space (stored values are exact)'],
    ['1000000014６', 'a full-width digit'],
    ['', 'empty'],
  ])('rejects %j (%s)', (tckn) => {
    expect(isValidTckn(tckn)).toBe(false);
  });

  it('rejects a number that meets both checksums but starts with 0', () => {
    const leadingZero = withTcknCheckDigits([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(isValidTckn(leadingZero)).toBe(false);
    expect(isValidTckn(`1${leadingZero.slice(1)}`)).toBe(false);
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validTckn, (tckn) => isValidTckn(tckn)));
  });

  it('rejects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(validTckn, (tckn) => singleDigitChanges(tckn, range(0, 11)).every((changed) => !isValidTckn(changed))),
      { numRuns: 200 },
    );
  });
});

describe('VKN — 10 digits with the Gelir İdaresi check digit', () => {
  it.each([
    ['1234567890', 'the textbook example'],
    ['0000000001', 'the v = 9 rule applies (t = 9 gives v = 0 → 9)'],
    ['1111111114', 'the v = 9 rule applies'],
    ['0123456789', 'leading 0 is allowed'],
    ['9876543217', 'descending digits with their check digit'],
  ])('accepts %s (%s)', (vkn) => {
    expect(isValidVkn(vkn)).toBe(true);
  });

  it.each([
    ['1234567891', 'wrong check digit'],
    ['0000000000', 'valid only if the v = 9 rule were ignored'],
    ['1111111113', 'valid only if the v = 9 rule were ignored'],
    ['123456789', '9 digits'],
    ['12345678900', '11 digits'],
    ['12345678a0', 'a letter'],
    ['', 'empty'],
  ])('rejects %j (%s)', (vkn) => {
    expect(isValidVkn(vkn)).toBe(false);
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validVkn, (vkn) => isValidVkn(vkn)));
  });

  it('rejects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(validVkn, (vkn) => singleDigitChanges(vkn, range(0, 10)).every((changed) => !isValidVkn(changed))),
      { numRuns: 200 },
    );
  });
});

describe('IBAN — Turkish only: TR + 24 digits, mod 97 = 1', () => {
  it.each([
    ['TR33 0006 1005 1978 6457 8413 26'],
    ['TR330006100519786457841326'],
    ['tr33 0006 1005 1978 6457 8413 26'],
    ['  TR33\t0006 1005 1978 6457 8413 26 '],
  ])('accepts %j and normalises it', (iban) => {
    expect(checkTurkishIban(iban)).toEqual({ valid: true, normalized: 'TR330006100519786457841326' });
    expect(isValidTurkishIban(iban)).toBe(true);
  });

  it.each([
    ['TR33 0006 1005 1978 6457 8413 27', 'mod 97'],
    ['TR34 0006 1005 1978 6457 8413 26', 'mod 97'],
    ['TR33 0006 1005 1978 6457 8413 2', '26 karakter'],
    ['TR33 0006 1005 1978 6457 8413 266', '26 karakter'],
    ['TR33 0006 1005 1978 6457 8413 2A', 'yalnızca rakam'],
    ['DE89 3704 0044 0532 0130 00', 'TR ile başlayan'],
    ['GB82 WEST 1234 5698 7654 32', 'TR ile başlayan'],
    ['0006 1005 1978 6457 8413 26', 'TR ile başlayan'],
    ['', 'boş'],
  ])('rejects %j with a reason about %s', (iban, reasonPart) => {
    const result = checkTurkishIban(iban);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason).toContain(reasonPart);
    expect(isValidTurkishIban(iban)).toBe(false);
  });

  it('names a valid foreign IBAN as foreign', () => {
    const result = checkTurkishIban('DE89 3704 0044 0532 0130 00');
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason).toContain('Yabancı');
  });

  it('accepts every generated valid IBAN, with spaces anywhere', () => {
    fc.assert(
      fc.property(validIban, fc.array(fc.nat({ max: 26 }), { maxLength: 8 }), (iban, spaceAt) => {
        let spaced = iban;
        for (const position of [...spaceAt].sort((a, b) => b - a)) spaced = `${spaced.slice(0, position)} ${spaced.slice(position)}`;
        expect(checkTurkishIban(spaced)).toEqual({ valid: true, normalized: iban });
      }),
    );
  });

  it('rejects every single-digit change of a valid IBAN', () => {
    fc.assert(
      fc.property(validIban, (iban) => singleDigitChanges(iban, range(2, 26)).every((changed) => !isValidTurkishIban(changed))),
      { numRuns: 100 },
    );
  });

  it('rejects a valid IBAN under another country code', () => {
    fc.assert(
      fc.property(validIban, fc.constantFrom('DE', 'GB', 'NL', 'AZ', 'CY'), (iban, country) => {
        const result = checkTurkishIban(country + iban.slice(2));
        expect(result.valid).toBe(false);
        if (!result.valid) expect(result.reason).toContain('TR ile başlayan');
      }),
    );
  });
});
