import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTurkish, sameTurkishName, turkishLower } from '../../../core/lib/turkish-text';

/** Upper case under Turkish rules, written apart from the code under test. */
function turkishUpper(s: string): string {
  return s.replaceAll('i', 'İ').replaceAll('ı', 'I').toUpperCase();
}

/**
 * The fold as the spec composes it, step by step, after the text is taken as
 * a person sees it (NFKC, invisible characters removed: issue 12 item 4); the
 * code under test takes a faster path where it can.
 */
function referenceFold(s: string): string {
  const ascii: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u' };
  return turkishLower(s.normalize('NFKC').replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu, ''))
    .replace(/[çğıöşüâîû]/g, (letter) => ascii[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TURKISH_LETTERS = 'abcçdefgğhıijklmnoöprsştuüvyzâîû';
const MIXED_CHARACTERS = [
  ...Array.from('aZIİıiÇçŞşĞğÜüÖöÂâÎîÛû -.1&'),
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u0307',
  '\u0327',
  'é',
  'Σ',
  'ß',
  '–',
  '😀',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u200d',
  'Ｉ',
  'ｉ',
  'ﬁ',
  '１',
];
const turkishWord = fc.array(fc.constantFrom(...TURKISH_LETTERS.split(''), ' '), { maxLength: 20 }).map((letters) => letters.join(''));

describe('turkishLower — Turkish dotted and dotless I', () => {
  it.each([
    ['İSTANBUL', 'istanbul'],
    ['IĞDIR', 'ığdır'],
    ['DİYARBAKIR', 'diyarbakır'],
    ['ŞANLIURFA', 'şanlıurfa'],
    ['Iı İi', 'ıı ii'],
    ['I\u0307STANBUL', 'istanbul'],
    ['i\u0307zmir', 'izmir'],
    ['ÇÖĞÜŞ ÂÎÛ', 'çöğüş âîû'],
  ])('lowers %j to %j', (input, expected) => {
    expect(turkishLower(input)).toBe(expected);
  });

  it('never leaves a combining dot after i', () => {
    const lowered = turkishLower('İİİ');
    expect(lowered).toBe('iii');
    expect(lowered).toHaveLength(3);
  });
});

describe('foldTurkish — spec "Turkish folding"', () => {
  it.each([
    ['KAYSERİ', 'kayseri'],
    ['kayseri', 'kayseri'],
    ['KAYSERI', 'kayseri'],
    ['Sanliurfa', 'sanliurfa'],
    ['Şanlıurfa', 'sanliurfa'],
    ['ŞANLIURFA', 'sanliurfa'],
    ['ışık', 'isik'],
    ['IŞIK', 'isik'],
    ['isik', 'isik'],
    ['ÇĞIÖŞÜ', 'cgiosu'],
    ['çğıöşü', 'cgiosu'],
    ['Kâzım Hâkim Îmâ Ûmran', 'kazim hakim ima umran'],
    ['S\u0327ANLIURFA', 'sanliurfa'],
    ['Café Müller', 'cafe muller'],
    ['  Iğdır \t Merkez\n', 'igdir merkez'],
    ['Ankara\u00a0\u00a0Sanayi', 'ankara sanayi'],
    ['ＫＡＹＳＥＲİ', 'kayseri'],
    ['ＩŞＩＫ', 'isik'],
    ['I\u200bŞIK', 'isik'],
    ['Işı\u00adk', 'isik'],
    ['\ufeffKayseri', 'kayseri'],
    ['Kay\u200dseri\u2060', 'kayseri'],
    ['Ofis Ürünleri', 'ofis urunleri'],
    ['ﬁrma', 'firma'],
    ['４３９１２０８４１３', '4391208413'],
    ['', ''],
    ['   ', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldTurkish(input)).toBe(expected);
  });

  it('is idempotent, ASCII-lettered and single-spaced', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), turkishWord, (any, word) => {
        for (const input of [any, word]) {
          const folded = foldTurkish(input);
          expect(foldTurkish(folded)).toBe(folded);
          expect(folded).not.toMatch(/[çğıöşüâîûÇĞİÖŞÜ]/);
          expect(folded).not.toMatch(/[\u0300-\u036f]/);
          expect(folded).not.toMatch(/\s\s|^\s|\s$/);
        }
      }),
    );
  });

  it('gives the same result as the spec’s step-by-step composition, on any text', () => {
    const mixed = fc.array(fc.constantFrom(...MIXED_CHARACTERS), { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        expect(foldTurkish(text)).toBe(referenceFold(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('ignores Turkish case for any Turkish word', () => {
    fc.assert(
      fc.property(turkishWord, (word) => {
        expect(foldTurkish(turkishUpper(word))).toBe(foldTurkish(word));
      }),
    );
  });
});

describe('sameTurkishName', () => {
  it.each([
    ['KAYSERİ', 'kayseri'],
    ['KAYSERİ', 'KAYSERI'],
    ['Sanliurfa', 'Şanlıurfa'],
    ['ŞANLIURFA', 'sanliurfa'],
    ['Muğla ', ' MUGLA'],
  ])('matches %j and %j', (a, b) => {
    expect(sameTurkishName(a, b)).toBe(true);
    expect(sameTurkishName(b, a)).toBe(true);
  });

  it.each([
    ['Kayseri', 'Kayseriler'],
    ['Muş', 'Muğla'],
    ['Sinop', 'Siirt'],
    ['Bartın', 'Batman'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(sameTurkishName(a, b)).toBe(false);
  });
});
