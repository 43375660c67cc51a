import { foldTurkish } from '../../core/lib/turkish-text';

/**
 * What the user typed into the search box, as the search understands it.
 * Everything is folded like the index (`foldTurkish`: `ışık`, `IŞIK` and
 * `isik` are one word), split into words, and every word is a prefix, so the
 * list narrows as the user types. All words must match (AND).
 *
 * - `text`: a word of the enterprise's unvan, province, NACE description or a
 *   committed person's name begins with it.
 * - `digits`: digits only; the VKN or TCKN begins with it (the index also
 *   holds numbers as words, so a digit word can match there too).
 */
export type SearchToken = { readonly kind: 'text' | 'digits'; readonly prefix: string };

export type SearchQuery = { readonly tokens: readonly SearchToken[] };

/** More words add nothing a user would notice and only slow the query. */
export const MAX_SEARCH_TOKENS = 8;

const WORD_SEPARATORS = /[^a-z0-9]+/;
const DIGITS_ONLY = /^[0-9]+$/;

/**
 * Punctuation separates words (`Ltd.Şti.` is `ltd` and `sti`), so type
 * `A.Ş.` or `AŞ` and find the same companies. A word that begins another
 * word of the query is dropped: `ışık ış` narrows no further than `ışık`.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const words = [
    ...new Set(
      foldTurkish(input)
        .split(WORD_SEPARATORS)
        .filter((word) => word !== ''),
    ),
  ];
  const kept = words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
  return {
    tokens: kept.slice(0, MAX_SEARCH_TOKENS).map((prefix): SearchToken => ({ kind: DIGITS_ONLY.test(prefix) ? 'digits' : 'text', prefix })),
  };
}

/** The least string greater than every string that begins with `prefix`: `prefix <= s < upper` is a prefix test an index can answer. */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
