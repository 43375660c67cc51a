import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { addCommittedPerson } from '../../../db/repositories/committed-personnel';
import { addEnterpriseSite, createEnterprise, updateEnterprise } from '../../../db/repositories/enterprises';
import { searchEnterprises } from '../../../db/search/search-enterprises';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

let t: TestDatabase;
const ids: Record<string, number> = {};

type Seed = {
  key: string;
  unvan: string;
  vkn: string;
  tckn?: string;
  nace: string;
  provinces: string[];
  person?: [string, string, string];
};

/** Invented enterprises with valid VKNs and TCKNs. */
const SEEDS: readonly Seed[] = [
  { key: 'isikTekstil', unvan: 'Işık Tekstil San. ve Tic. Ltd. Şti.', vkn: '4391208413', nace: '14.13.01', provinces: ['Kayseri'] },
  {
    key: 'yildizMobilya',
    unvan: 'Yıldız Mobilya A.Ş.',
    vkn: '1234567890',
    nace: '31.09.01',
    provinces: ['Bursa', 'İstanbul'],
    person: ['91728056974', 'Ayşe', 'Işık'],
  },
  {
    key: 'kuzeyMakine',
    unvan: 'Kuzey Makine Sanayi ve Ticaret Limited Şirketi',
    vkn: '4390000015',
    nace: '28.29.01',
    provinces: ['İstanbul'],
  },
  { key: 'aydinlatma', unvan: 'Çınar Işık Sistemleri Aydınlatma Ltd. Şti.', vkn: '0010000104', nace: '27.40.01', provinces: ['Şanlıurfa'] },
  {
    key: 'sahis',
    unvan: 'Mehmet Işıkçı - Işıkçı Ayakkabı',
    vkn: '9990000134',
    tckn: '41661013664',
    nace: '15.20.01',
    provinces: ['Konya'],
  },
];

function ranked(query: string, limit?: number): string[] {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return searchEnterprises(t.db, query, limit).map((hit) => byId.get(hit.id) ?? `?${hit.id}`);
}

beforeAll(() => {
  t = openTestDatabase();
  withWrite(t.db, TEST_ACTOR, (w) => {
    for (const seed of SEEDS) {
      const enterprise = createEnterprise(w, {
        vkn: seed.vkn,
        tckn: seed.tckn ?? null,
        unvan: seed.unvan,
        legalForm: seed.tckn === undefined ? 'TUZEL_KISI' : 'GERCEK_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: seed.nace,
      });
      ids[seed.key] = enterprise.id;
      seed.provinces.forEach((province, index) =>
        addEnterpriseSite(w, { enterpriseId: enterprise.id, province, kind: index === 0 ? 'merkez' : 'sube' }),
      );
      if (seed.person !== undefined) {
        const application = createApplication(w, {
          enterpriseId: enterprise.id,
          program: 'ITKFDP-II',
          status: 'SUBMITTED',
          applicationProvince: seed.provinces[0] ?? null,
        });
        const [tckn, firstName, lastName] = seed.person;
        addCommittedPerson(w, {
          applicationId: application.id,
          personKey: 'p1',
          tckn,
          firstName,
          lastName,
          citizenship: 'TR',
          gender: 'F',
          birthDate: '1990-01-01',
          hiredOn: '2025-06-01',
        });
      }
    }
  });
});

afterAll(() => {
  t.dispose();
});

describe('enterprise search — Turkish folding', () => {
  it.each([['ışık'], ['IŞIK'], ['isik'], ['Işık'], ['ISIK']])('%s finds the same enterprises in the same order', (query) => {
    expect(ranked(query)).toEqual(['isikTekstil', 'yildizMobilya', 'aydinlatma', 'sahis']);
  });

  it('ranks an unvan that begins with the word before other matches', () => {
    expect(searchEnterprises(t.db, 'ışık').map((hit) => hit.match)).toEqual(['unvan', 'text', 'text', 'text']);
  });
});

describe('enterprise search — as the user types', () => {
  it.each([
    ['k', ['kuzeyMakine', 'isikTekstil', 'sahis']],
    ['ku', ['kuzeyMakine']],
    ['kuz', ['kuzeyMakine']],
    ['i', ['isikTekstil', 'yildizMobilya', 'kuzeyMakine', 'aydinlatma', 'sahis']],
    ['ış', ['isikTekstil', 'yildizMobilya', 'kuzeyMakine', 'aydinlatma', 'sahis']],
    ['ışı', ['isikTekstil', 'yildizMobilya', 'aydinlatma', 'sahis']],
    ['ışıkç', ['sahis']],
  ])('%s', (query, expected) => {
    expect(ranked(query)).toEqual(expected);
  });

  it('needs every word: "ışık kay" is the Kayseri one only', () => {
    expect(ranked('ışık kay')).toEqual(['isikTekstil']);
    expect(ranked('IŞIK  İSTANBUL')).toEqual(['yildizMobilya']);
  });

  it('finds nothing for blank input or an unknown word', () => {
    expect(ranked('')).toEqual([]);
    expect(ranked('   ')).toEqual([]);
    expect(ranked('zzzz')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(ranked('i', 2)).toEqual(['isikTekstil', 'yildizMobilya']);
  });

  // The tiers stop at the page size: a smaller page is the start of a larger one.
  it.each([['i'], ['ış'], ['k'], ['439'], ['istanbul'], ['a']])('ranks "%s" the same whatever the page size', (query) => {
    const full = ranked(query, 20);
    for (let limit = 1; limit <= full.length; limit += 1) expect(ranked(query, limit)).toEqual(full.slice(0, limit));
  });
});

describe('enterprise search — numbers, provinces, NACE, persons', () => {
  it('puts a VKN that begins with the digits first', () => {
    expect(searchEnterprises(t.db, '4391')).toMatchObject([{ id: ids.isikTekstil, match: 'identifier' }]);
    expect(ranked('439')).toEqual(['isikTekstil', 'kuzeyMakine']);
    expect(ranked('4391208413')).toEqual(['isikTekstil']);
    expect(ranked('0010')).toEqual(['aydinlatma']);
  });

  it('finds a gerçek kişi by TCKN prefix', () => {
    expect(searchEnterprises(t.db, '416610')).toMatchObject([{ id: ids.sahis, match: 'identifier', tckn: '41661013664' }]);
  });

  it('finds by province, folded', () => {
    expect(ranked('sanliurfa')).toEqual(['aydinlatma']);
    expect(ranked('İSTANBUL')).toEqual(['yildizMobilya', 'kuzeyMakine']);
  });

  it('finds by NACE as written or as digits', () => {
    expect(ranked('2829')).toEqual(['kuzeyMakine']);
    expect(ranked('28.29')).toEqual(['kuzeyMakine']);
  });

  it('finds by a committed person’s name', () => {
    expect(ranked('ayşe')).toEqual(['yildizMobilya']);
    expect(ranked('AYSE ISIK')).toEqual(['yildizMobilya']);
  });

  it('returns what the list shows', () => {
    expect(searchEnterprises(t.db, 'yıldız')).toEqual([
      {
        id: ids.yildizMobilya,
        unvan: 'Yıldız Mobilya A.Ş.',
        vkn: '1234567890',
        tckn: null,
        naceMain: '31.09.01',
        provinces: ['Bursa', 'İstanbul'],
        match: 'unvan',
      },
    ]);
  });

  it('follows a renamed enterprise at once', () => {
    withWrite(t.db, TEST_ACTOR, (w) => updateEnterprise(w, ids.kuzeyMakine ?? -1, { unvan: 'Güney Makine Ltd. Şti.' }));
    expect(ranked('kuzey')).toEqual([]);
    expect(ranked('güney')).toEqual(['kuzeyMakine']);
  });
});
