import { PROVINCES } from '../../db/demo/word-lists';
import { foldTurkish } from '../../core/lib/turkish-text';

/**
 * The 81 provinces by their folded names (the demo word list is the one list
 * of province names in the project). An il is accepted as typed
 * (`Istanbul`, `İSTANBUL`) and stored in its proper spelling.
 */
const BY_FOLDED = new Map(PROVINCES.map((province) => [foldTurkish(province.name), province.name]));

export function canonicalProvince(input: string): string | undefined {
  return BY_FOLDED.get(foldTurkish(input.trim()));
}
