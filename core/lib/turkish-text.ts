/**
 * Turkish-aware case folding for names (provinces, enterprises, people).
 *
 * spec/domain-rules.md "Common — Turkish folding": names compare
 * case-insensitively under Turkish rules (İ/i, I/ı) and also after ASCII
 * folding, so `KAYSERİ`, `kayseri`, `Sanliurfa` and `Şanlıurfa` match.
 *
 * The patterns live at module level: `foldTurkish` also feeds the search
 * index over tens of thousands of records, so nothing is compiled per call.
 */

/**
 * `I` followed by a combining dot above is a decomposed `İ`; `i` followed by
 * one is what a locale-blind `'İ'.toLowerCase()` produces. Both must become a
 * plain `i`. A bare `I` is the capital of dotless `ı`.
 */
const TURKISH_CAPITAL_I = /I\u0307|i\u0307|İ|I/g;

function lowerTurkishI(match: string): string {
  return match === 'I' ? 'ı' : 'i';
}

/** Letters of Turkish (and the circumflexed vowels of loanwords) with their ASCII fold. */
const ASCII_FOLD: Readonly<Record<string, string>> = {
  ç: 'c',
  ğ: 'g',
  ı: 'i',
  ö: 'o',
  ş: 's',
  ü: 'u',
  â: 'a',
  î: 'i',
  û: 'u',
};
const FOLDABLE_LETTER = /[çğıöşüâîû]/g;

function foldLetter(letter: string): string {
  return ASCII_FOLD[letter] ?? letter;
}

const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Characters a person cannot see but a pasted text carries: zero-width
 * spaces and joiners, the soft hyphen, byte order marks, bidirectional
 * marks, variation selectors (Unicode's default-ignorable and format
 * characters). Removed, so `Işık` with a soft hyphen inside is `Işık`.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const COMBINING_MARK = /[\u0300-\u036f]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * The fold of every Turkish letter in both cases, by UTF-16 code: `İ` and `ı`
 * fold to `i` like the ASCII `I` (whose lower case `ı` folds to `i` too).
 */
const TURKISH_LETTER_FOLD: ReadonlyMap<number, string> = new Map(
  Object.entries(ASCII_FOLD).flatMap(([letter, ascii]): [number, string][] => [
    [letter.charCodeAt(0), ascii],
    [letter.toUpperCase().charCodeAt(0), ascii],
  ]),
).set('İ'.charCodeAt(0), 'i');

const SPACE = 32;
const TAB = 9;
const CARRIAGE_RETURN = 13;
const UPPER_A = 65;
const UPPER_Z = 90;
const ASCII_CASE_OFFSET = 32;

/**
 * One pass for the common case: ASCII, Turkish letters and ASCII whitespace.
 * `undefined` as soon as any other character appears; those strings take the
 * general path. Both give the same result (a property test checks it); this
 * one is several times faster, which matters when indexing every enterprise.
 */
function foldCommonText(s: string): string | undefined {
  let folded = '';
  let pendingSpace = false;
  for (let index = 0; index < s.length; index += 1) {
    const code = s.charCodeAt(index);
    if (code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN)) {
      pendingSpace = folded !== '';
      continue;
    }
    let letter: string | undefined;
    if (code < 128) {
      letter = code >= UPPER_A && code <= UPPER_Z ? String.fromCharCode(code + ASCII_CASE_OFFSET) : s.charAt(index);
    } else {
      letter = TURKISH_LETTER_FOLD.get(code);
      if (letter === undefined) return undefined;
    }
    if (pendingSpace) {
      folded += ' ';
      pendingSpace = false;
    }
    folded += letter;
  }
  return folded;
}

function foldAnyText(s: string): string {
  // NFKC first: fullwidth `ＫＡＹＡ`, ligatures (`ﬁ`) and compatibility digits become the letters they look like.
  const visible = s.normalize('NFKC').replace(INVISIBLE, '');
  let folded = turkishLower(visible).replace(FOLDABLE_LETTER, foldLetter);
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARK, '');
  return folded.replace(WHITESPACE_RUN, ' ').trim();
}

/** Lower case under Turkish rules: `İ` → `i`, `I` → `ı`, never an `i` with a combining dot. */
export function turkishLower(s: string): string {
  return s.replace(TURKISH_CAPITAL_I, lowerTurkishI).toLowerCase();
}

/**
 * The comparison and search key of a name: compatibility forms normalised
 * (NFKC) and invisible characters removed (issue 12 item 4), Turkish lower case, then ASCII
 * (ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u, â→a, î→i, û→u), any other accent removed,
 * whitespace runs collapsed to one space and the ends trimmed.
 * `ŞANLIURFA`, `Şanlıurfa` and `Sanliurfa` all fold to `sanliurfa`.
 */
export function foldTurkish(s: string): string {
  return foldCommonText(s) ?? foldAnyText(s);
}

/** Whether two names are the same once folded (`KAYSERİ` and `kayseri`, `Şanlıurfa` and `Sanliurfa`). */
export function sameTurkishName(a: string, b: string): boolean {
  return foldTurkish(a) === foldTurkish(b);
}
