import { createHash } from 'node:crypto';
import { tcknCheckDigits, vknCheckDigit } from '../../core/lib/identifiers';

/**
 * Scenario files state no VKN or TCKN, but the database requires valid ones
 * (an enterprise is known by its VKN, a committed person by TCKN). These make
 * a valid number from a seed text, the same number for the same seed, so
 * imported scenarios are reproducible. They are synthetic: 9 digits from
 * SHA-256 of the seed, then the check digits.
 */

function seedDigits(seed: string, count: number): string {
  const hash = createHash('sha256').update(seed, 'utf8').digest();
  let digits = '';
  for (let index = 0; digits.length < count; index += 1) digits += String((hash[index % hash.length] ?? 0) % 10);
  return digits;
}

export function syntheticVkn(seed: string): string {
  const body = seedDigits(`vkn:${seed}`, 9);
  return `${body}${vknCheckDigit(body)}`;
}

export function syntheticTckn(seed: string): string {
  const digits = seedDigits(`tckn:${seed}`, 9);
  const body = `${digits.charAt(0) === '0' ? '1' : digits.charAt(0)}${digits.slice(1)}`;
  return `${body}${tcknCheckDigits(body)}`;
}
