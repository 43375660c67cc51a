/**
 * Turkish identifiers: T.C. kimlik numarası (TCKN), vergi kimlik numarası
 * (VKN) and IBAN (spec/domain-rules.md "Common — Identifiers").
 *
 * The validators take the value as stored: TCKN and VKN are checked exactly
 * (no trimming, no separators); IBANs are written in groups of four by
 * people, so spaces are ignored there.
 */

const TCKN_SHAPE = /^[1-9][0-9]{10}$/;
const VKN_SHAPE = /^[0-9]{10}$/;

function digitAt(s: string, index: number): number {
  return s.charCodeAt(index) - 48;
}

/** Non-negative remainder: JavaScript's `%` keeps the sign of the dividend. */
function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/**
 * TCKN: 11 digits, the first not 0; the 10th digit is
 * ((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8)) mod 10 and the 11th is (d1+…+d10) mod 10.
 * Foreign nationals' numbers (starting with 99) use the same check digits.
 * `firstNine` must be nine digits; the result is the two check digits.
 */
export function tcknCheckDigits(firstNine: string): string {
  let odd = 0;
  let even = 0;
  for (let index = 0; index < 9; index += 1) {
    if (index % 2 === 0) odd += digitAt(firstNine, index);
    else even += digitAt(firstNine, index);
  }
  const tenth = mod(odd * 7 - even, 10);
  return `${tenth}${(odd + even + tenth) % 10}`;
}

export function isValidTckn(s: string): boolean {
  return TCKN_SHAPE.test(s) && s.slice(9) === tcknCheckDigits(s);
}

/**
 * VKN: 10 digits, the last one the Gelir İdaresi check digit. For the first
 * nine digits d0…d8: t = (dᵢ + 9 − i) mod 10, v = (t × 2^(9−i)) mod 9, and
 * v = 9 when t ≠ 0 but v = 0; the check digit is (10 − Σv mod 10) mod 10.
 */
export function vknCheckDigit(firstNine: string): string {
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    const t = (digitAt(firstNine, index) + 9 - index) % 10;
    let v = (t * 2 ** (9 - index)) % 9;
    if (t !== 0 && v === 0) v = 9;
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isValidVkn(s: string): boolean {
  return VKN_SHAPE.test(s) && s.charAt(9) === vknCheckDigit(s);
}

export type IbanCheck = { readonly valid: true; readonly normalized: string } | { readonly valid: false; readonly reason: string };

const WHITESPACE = /\s+/g;
/** ISO 13616: country code, two check digits, then up to 30 letters or digits. */
const ANY_IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/;
const TURKISH_IBAN_SHAPE = /^TR[0-9]{24}$/;
const TURKISH_IBAN_LENGTH = 26;

/**
 * ISO 13616 / ISO 7064 check: the first four characters move to the end,
 * letters become 10…35, and the resulting number must leave 1 modulo 97. The
 * remainder is built digit by digit, so no big integers are needed.
 */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let index = 0; index < rearranged.length; index += 1) {
    const code = rearranged.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else {
      // A letter stands for two digits: A = 10 … Z = 35.
      remainder = (remainder * 100 + (code - 55)) % 97;
    }
  }
  return remainder;
}

/**
 * A Turkish IBAN: `TR`, 24 digits (26 characters, spaces ignored), mod 97 = 1.
 * spec/domain-rules.md: a valid foreign IBAN is invalid here, and the reason
 * says that a Turkish IBAN is required.
 */
export function checkTurkishIban(s: string): IbanCheck {
  const compact = s.replace(WHITESPACE, '').toUpperCase();
  if (compact === '') return { valid: false, reason: 'IBAN boş.' };
  if (!compact.startsWith('TR')) {
    const foreign = ANY_IBAN_SHAPE.test(compact) && ibanRemainder(compact) === 1;
    return {
      valid: false,
      reason: foreign
        ? `Yabancı bir IBAN girildi (${compact.slice(0, 2)}); TR ile başlayan bir Türk IBAN'ı gerekli.`
        : `IBAN TR ile başlamıyor; TR ile başlayan bir Türk IBAN'ı gerekli.`,
    };
  }
  if (compact.length !== TURKISH_IBAN_LENGTH) {
    return {
      valid: false,
      reason: `Türk IBAN'ı TR ve 24 rakamdan oluşur (26 karakter); girilen IBAN ${compact.length} karakter.`,
    };
  }
  if (!TURKISH_IBAN_SHAPE.test(compact)) {
    return { valid: false, reason: `Türk IBAN'ında TR'den sonra yalnızca rakam bulunur.` };
  }
  if (ibanRemainder(compact) !== 1) {
    return { valid: false, reason: 'IBAN kontrol basamakları tutmuyor (mod 97); numarayı kontrol edin.' };
  }
  return { valid: true, normalized: compact };
}

export function isValidTurkishIban(s: string): boolean {
  return checkTurkishIban(s).valid;
}
