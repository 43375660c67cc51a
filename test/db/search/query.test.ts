import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TOKENS, parseSearchQuery } from '../../../db/search/query';

function prefixes(input: string): string[] {
  return parseSearchQuery(input).tokens.map((token) => token.prefix);
}

describe('search query — Turkish folding', () => {
  it.each([['ışık'], ['IŞIK'], ['isik'], ['Işık'], ['ISIK'], ['  ışık  ']])('%s is the word "isik"', (input) => {
    expect(parseSearchQuery(input).tokens).toEqual([{ kind: 'text', prefix: 'isik' }]);
  });

  it.each([
    ['İSTANBUL', 'istanbul'],
    ['Şanlıurfa', 'sanliurfa'],
    ['ÇAĞLAR', 'caglar'],
    ['Gümüşhane', 'gumushane'],
    ['Öztürk', 'ozturk'],
  ])('%s folds to %s', (input, folded) => {
    expect(prefixes(input)).toEqual([folded]);
  });
});

describe('search query — words', () => {
  it('splits on spaces and punctuation', () => {
    expect(prefixes('Yılmaz Tekstil San.ve Tic. Ltd.Şti.')).toEqual(['yilmaz', 'tekstil', 'san', 've', 'tic', 'ltd', 'sti']);
  });

  it('drops a word that begins another word of the query', () => {
    expect(prefixes('ışık ış tekstil')).toEqual(['isik', 'tekstil']);
  });

  it('drops repeated words', () => {
    expect(prefixes('mobilya MOBİLYA')).toEqual(['mobilya']);
  });

  it('has no words for blank or punctuation-only input', () => {
    expect(parseSearchQuery('').tokens).toEqual([]);
    expect(parseSearchQuery(' .,;- ').tokens).toEqual([]);
  });

  it(`keeps at most ${MAX_SEARCH_TOKENS} words`, () => {
    expect(parseSearchQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10').tokens).toHaveLength(MAX_SEARCH_TOKENS);
  });

  it('grows as the user types: every typed prefix is a prefix token', () => {
    const typed = 'ışıkla';
    for (let length = 1; length <= typed.length; length += 1) {
      const [token] = parseSearchQuery(typed.slice(0, length)).tokens;
      expect(token?.kind).toBe('text');
      expect('isikla'.startsWith(token?.prefix ?? '-')).toBe(true);
    }
  });
});

describe('search query — numbers', () => {
  it.each([
    ['439120', { kind: 'digits', prefix: '439120' }],
    ['4391208413', { kind: 'digits', prefix: '4391208413' }],
    ['99424545136', { kind: 'digits', prefix: '99424545136' }],
  ])('%s is a VKN/TCKN prefix', (input, token) => {
    expect(parseSearchQuery(input).tokens).toEqual([token]);
  });

  it('tells digit words from mixed words', () => {
    expect(parseSearchQuery('Işık 3421 b2b').tokens).toEqual([
      { kind: 'text', prefix: 'isik' },
      { kind: 'digits', prefix: '3421' },
      { kind: 'text', prefix: 'b2b' },
    ]);
  });
});
