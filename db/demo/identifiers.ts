import { tcknCheckDigits, vknCheckDigit } from '../../core/lib/identifiers';

/**
 * Valid-looking, unique, invented identifiers for the demo data, completed with
 * the check digits of core/lib/identifiers.ts.
 */

/** Completes nine digits (the first not 0) to a TCKN with both check digits. */
export function completeTckn(firstNine: string): string {
  return `${firstNine}${tcknCheckDigits(firstNine)}`;
}

/** Completes nine digits to a VKN with the Gelir İdaresi check digit. */
export function completeVkn(firstNine: string): string {
  return `${firstNine}${vknCheckDigit(firstNine)}`;
}

/**
 * The `index`-th number of a scrambled sequence over [0, size): multiplying by
 * a factor coprime to `size` is a permutation, so distinct indexes give
 * distinct numbers, and consecutive enterprises do not get consecutive VKNs.
 * Exact in doubles while index × factor stays below 2^53 (any index under 10^9).
 */
function scrambled(index: number, size: number, factor: number, offset: number): number {
  return (index * factor + (offset % size)) % size;
}

/** 7 919 and 104 729 are primes, so coprime to every power of ten and to 9 × 10^n. */
const VKN_FACTOR = 104_729;
const TCKN_FACTOR = 7_919;

/** The VKN of enterprise `index` in a run (unique within the run). */
export function demoVkn(index: number, seedOffset: number): string {
  return completeVkn(String(scrambled(index, 1_000_000_000, VKN_FACTOR, seedOffset)).padStart(9, '0'));
}

/**
 * The TCKN of person `index` in a run: Turkish citizens' numbers start with
 * 1–8 (9 is left out so they never look like foreigners' 99 numbers);
 * foreigners' (GKAS, UKSK) start with 99, with the same check digits.
 */
export function demoTckn(index: number, seedOffset: number, foreign: boolean): string {
  if (foreign) return completeTckn(`99${String(scrambled(index, 10_000_000, TCKN_FACTOR, seedOffset)).padStart(7, '0')}`);
  return completeTckn(String(100_000_000 + scrambled(index, 800_000_000, TCKN_FACTOR, seedOffset)));
}
