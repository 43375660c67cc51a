import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  parseSgkServiceList,
  parseSgkServiceListText,
  type SgkParseResult,
  type SgkServiceList,
} from '../../../db/imports/sgk-service-list';

/** Copies of /work/shared/samples, so the tests run from a clean clone. */
const SAMPLES = join(import.meta.dirname, '../../fixtures/imports');
const HEADER = 'Yıl;Ay;Kanun No;Mahiyet;Belge Türü;S.G. No;Ad;Soyad;Gün;Eksik Gün Sayısı;EGS;Giriş Günü;Çıkış Günü';

function sample(name: string): Uint8Array {
  return readFileSync(join(SAMPLES, name));
}

function csv(...rows: readonly string[]): Uint8Array {
  return new TextEncoder().encode([HEADER, ...rows].join('\n'));
}

function list(result: SgkParseResult): SgkServiceList {
  if (!result.ok) throw new Error(`expected a parsed list, got ${JSON.stringify(result)}`);
  return result.list;
}

function rowErrors(result: SgkParseResult): readonly { row: number; column: string; reason: string }[] {
  if (result.ok || result.kind !== 'rows') throw new Error(`expected row errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

function fileError(result: SgkParseResult): string {
  if (result.ok || result.kind !== 'file') throw new Error(`expected a file error, got ${JSON.stringify(result)}`);
  return result.reason;
}

/** Windows-1254 for the letters the samples use; everything else here is ASCII. */
const CP1254: Readonly<Record<string, number>> = {
  ç: 0xe7,
  ğ: 0xf0,
  ı: 0xfd,
  ö: 0xf6,
  ş: 0xfe,
  ü: 0xfc,
  Ç: 0xc7,
  Ğ: 0xd0,
  İ: 0xdd,
  Ö: 0xd6,
  Ş: 0xde,
  Ü: 0xdc,
};

function encodeCp1254(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (character) => CP1254[character] ?? character.charCodeAt(0)));
}

describe('SGK hizmet listesi — good sample (2024 Q4)', () => {
  const parsed = list(parseSgkServiceListText(sample('aphb-hizmet-listesi-2024-q4.csv')));

  it('reads every row as one person-month', () => {
    expect(parsed.dataRows).toBe(54);
    expect(parsed.personMonths).toHaveLength(54);
    expect(parsed.source).toBe('utf-8');
  });

  it('sums the enterprise per month', () => {
    expect(parsed.enterpriseMonths).toEqual([
      { month: '2024-10', primDays: 16 * 30 + 20 + 22, persons: 18 },
      { month: '2024-11', primDays: 17 * 30 + 25, persons: 18 },
      { month: '2024-12', primDays: 16 * 30 + 18 + 15, persons: 18 },
    ]);
  });

  it.each([
    ['istirahat (01) counts', '26090881374', '2024-11', 25, 5],
    ['istirahat (01) counts, 12 days', '28331390188', '2024-12', 18, 12],
    ['diğer ücretsiz izin (21) does not count', '79059353832', '2024-10', 20, 0],
    ['diğer (13) does not count', '64124879652', '2024-10', 22, 0],
    ['fesih tarihinde çalışmamış (16) does not count', '93490896086', '2024-12', 15, 0],
  ])('%s', (_name, tckn, month, primDays, leaveDays) => {
    const personMonth = parsed.personMonths.find((each) => each.tckn === tckn && each.month === month);
    expect(personMonth).toMatchObject({ primDays, leaveDays });
  });

  it('keeps entry and exit days as dates', () => {
    expect(parsed.personMonths.find((each) => each.tckn === '64124879652' && each.month === '2024-10')?.enteredOn).toBe('2024-10-09');
    expect(parsed.personMonths.find((each) => each.tckn === '93490896086' && each.month === '2024-12')?.leftOn).toBe('2024-12-15');
  });

  it('accepts foreigners’ 99 numbers', () => {
    expect(parsed.personMonths.filter((each) => each.tckn.startsWith('99')).map((each) => each.lastName)).toContain('Hamdan');
  });

  it('keeps no eksik gün nedeni code (KVKK minimisation)', () => {
    for (const personMonth of parsed.personMonths) {
      expect(Object.keys(personMonth).sort()).toEqual([
        'enteredOn',
        'firstName',
        'lastName',
        'leaveDays',
        'leftOn',
        'month',
        'primDays',
        'tckn',
      ]);
    }
  });
});

describe('SGK hizmet listesi — broken sample', () => {
  it('reports exactly its four errors, at the rows a user sees (header = row 1)', () => {
    expect(rowErrors(parseSgkServiceListText(sample('aphb-hizmet-listesi-hatali.csv')))).toEqual([
      { row: 3, column: 'S.G. No', reason: '"91728056975" geçerli bir T.C. kimlik numarası değil: kontrol basamakları tutmuyor.' },
      { row: 4, column: 'Gün', reason: 'Gün 0 ile 30 arasında olmalı; bulunan 31.' },
      { row: 5, column: 'Ay', reason: 'Ay 1 ile 12 arasında olmalı; bulunan 13.' },
      { row: 6, column: 'Gün', reason: 'Gün boş.' },
    ]);
  });
});

describe('SGK hizmet listesi — encodings and separators', () => {
  const text = readFileSync(join(SAMPLES, 'aphb-hizmet-listesi-2024-q4.csv'), 'utf8');
  const expected = list(parseSgkServiceListText(new TextEncoder().encode(text))).personMonths;

  it('reads UTF-8 with a BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(list(parseSgkServiceListText(bytes)).personMonths).toEqual(expected);
  });

  it('reads Windows-1254 (Excel CSV on Turkish Windows)', () => {
    const parsed = list(parseSgkServiceListText(encodeCp1254(text)));
    expect(parsed.source).toBe('windows-1254');
    expect(parsed.personMonths).toEqual(expected);
  });

  it('reads UTF-16 LE tab-separated text (Excel "Unicode metin") with CRLF line ends', () => {
    const tabbed = text.replaceAll(';', '\t').replaceAll('\n', '\r\n');
    const bytes = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(tabbed, 'utf16le'))]);
    const parsed = list(parseSgkServiceListText(bytes));
    expect(parsed.source).toBe('utf-16le');
    expect(parsed.personMonths).toEqual(expected);
  });

  it('skips blank and delimiter-only lines but keeps counting them', () => {
    const result = parseSgkServiceListText(csv('', ';;;;;;;;;;;;', '2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;31;0;;;'));
    expect(rowErrors(result)).toEqual([{ row: 4, column: 'Gün', reason: 'Gün 0 ile 30 arasında olmalı; bulunan 31.' }]);
  });

  it('reads quoted cells with the separator inside', () => {
    const parsed = list(parseSgkServiceListText(csv('2024;10;5510;A;1;91728056974;"Ayşe; Nur";"Yılmaz";30;0;;;')));
    expect(parsed.personMonths[0]?.firstName).toBe('Ayşe; Nur');
  });

  it('names an unterminated quote', () => {
    expect(fileError(parseSgkServiceListText(csv('2024;10;5510;A;1;91728056974;"Ayşe;Yılmaz;30;0;;;')))).toBe(
      'Satır 2\'de açılan tırnak (") kapanmıyor.',
    );
  });
});

describe('SGK hizmet listesi — eksik gün nedeni codes (ITKFDP-II MADDE 14(7))', () => {
  it.each([
    ['01', 5],
    ['1', 5],
    ['12', 0],
    ['13', 0],
    ['16', 0],
    ['19', 0],
    ['21', 0],
    ['23', 0],
  ])('code %s counts %i leave days', (code, leaveDays) => {
    const parsed = list(parseSgkServiceListText(csv(`2024;11;5510;A;1;26090881374;Fatma;Çelik;25;5;${code};;`)));
    expect(parsed.personMonths[0]).toMatchObject({ primDays: 25, leaveDays });
  });

  it.each([
    ['an unknown code', '99', 5, 'EGS', '"99" bilinen bir eksik gün nedeni kodu değil.'],
    ['missing days without a reason', '', 5, 'EGS', 'Eksik gün sayısı 5 ama eksik gün nedeni boş.'],
    ['more than 30 days with the missing ones', '01', 6, 'Eksik Gün Sayısı', "Gün (25) ile eksik gün sayısının (6) toplamı 30'u aşıyor."],
  ])('rejects %s', (_name, code, missing, column, reason) => {
    expect(rowErrors(parseSgkServiceListText(csv(`2024;11;5510;A;1;26090881374;Fatma;Çelik;25;${missing};${code};;`)))).toEqual([
      { row: 2, column, reason },
    ]);
  });
});

describe('SGK hizmet listesi — row checks', () => {
  it.each([
    [
      'a TCKN of 10 digits',
      '2024;10;5510;A;1;9172805697;Ayşe;Yılmaz;30;0;;;',
      'S.G. No',
      'S.G. No 11 haneli T.C. kimlik numarası olmalı; bulunan "9172805697".',
    ],
    [
      'a TCKN starting with 0',
      '2024;10;5510;A;1;01728056974;Ayşe;Yılmaz;30;0;;;',
      'S.G. No',
      '"01728056974" geçerli bir T.C. kimlik numarası değil: 0 ile başlayamaz.',
    ],
    ['a non-numeric Gün', '2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;otuz;0;;;', 'Gün', 'Gün tam sayı olmalı; bulunan "otuz".'],
    ['a negative Gün', '2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;-1;0;;;', 'Gün', 'Gün tam sayı olmalı; bulunan "-1".'],
    ['month 0', '2024;0;5510;A;1;91728056974;Ayşe;Yılmaz;30;0;;;', 'Ay', 'Ay 1 ile 12 arasında olmalı; bulunan 0.'],
    ['a two-digit year', '24;10;5510;A;1;91728056974;Ayşe;Yılmaz;30;0;;;', 'Yıl', 'Yıl 2000 ile 2099 arasında olmalı; bulunan 24.'],
    ['an empty Ad', '2024;10;5510;A;1;91728056974;;Yılmaz;30;0;;;', 'Ad', 'Ad boş.'],
    [
      'an exit day the month does not have',
      '2024;11;5510;A;1;91728056974;Ayşe;Yılmaz;30;0;;;31',
      'Çıkış Günü',
      '2024-11 ayında 31. gün yok.',
    ],
    [
      'a cancelling (iptal) document',
      '2024;10;5510;İ;1;91728056974;Ayşe;Yılmaz;30;0;;;',
      'Mahiyet',
      "İptal (İ) mahiyetli belge satırları içe aktarılmaz; iptal işlenmiş güncel hizmet listesini SGK'dan alın.",
    ],
  ])('rejects %s', (_name, row, column, reason) => {
    expect(rowErrors(parseSgkServiceListText(csv(row)))).toEqual([{ row: 2, column, reason }]);
  });

  it('reports every error of a row, in column order', () => {
    expect(
      rowErrors(parseSgkServiceListText(csv('2024;13;5510;A;1;91728056975;Ayşe;Yılmaz;31;0;;;'))).map((error) => error.column),
    ).toEqual(['Ay', 'S.G. No', 'Gün']);
  });

  it('names missing columns', () => {
    const text = 'Yıl;Ay;S.G. No;Ad;Soyad;Gün\n2024;10;91728056974;Ayşe;Yılmaz;30';
    expect(fileError(parseSgkServiceListText(new TextEncoder().encode(text)))).toBe(
      'Başlık satırında (satır 1) zorunlu sütunlar yok: Eksik Gün Sayısı, EGS.',
    );
  });

  it('says when there is no header at all', () => {
    expect(fileError(parseSgkServiceListText(new TextEncoder().encode('a;b;c\n1;2;3')))).toMatch(/^Başlık satırı bulunamadı/);
  });

  it('says when there are no data rows', () => {
    expect(fileError(parseSgkServiceListText(csv()))).toBe('Dosyada başlık satırından sonra veri satırı yok.');
  });
});

describe('SGK hizmet listesi — a person twice in one month', () => {
  it('sums two belge türü rows up to 30', () => {
    const parsed = list(
      parseSgkServiceListText(
        csv('2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;12;0;;;', '2024;10;5510;A;2;91728056974;Ayşe;Yılmaz;15;3;01;;'),
      ),
    );
    expect(parsed.personMonths).toEqual([
      {
        tckn: '91728056974',
        firstName: 'Ayşe',
        lastName: 'Yılmaz',
        month: '2024-10',
        primDays: 27,
        leaveDays: 3,
        enteredOn: null,
        leftOn: null,
      },
    ]);
    expect(parsed.enterpriseMonths).toEqual([{ month: '2024-10', primDays: 27, persons: 1 }]);
  });

  it('rejects the later row when the sum passes 30', () => {
    const result = parseSgkServiceListText(
      csv('2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;20;0;;;', '2024;10;5510;E;1;91728056974;Ayşe;Yılmaz;11;0;;;'),
    );
    expect(rowErrors(result)).toEqual([
      { row: 3, column: 'Gün', reason: 'Bu kişinin 2024-10 ayındaki satırlarının (2, 3) gün toplamı 31; bir ayda en fazla 30 olabilir.' },
    ]);
  });

  it('rejects a row repeated cell for cell even under 30', () => {
    const row = '2024;10;5510;A;1;91728056974;Ayşe;Yılmaz;10;0;;;';
    expect(rowErrors(parseSgkServiceListText(csv(row, row)))).toEqual([
      { row: 3, column: 'S.G. No', reason: 'Satır 2 ile aynı kayıt tekrar ediyor.' },
    ]);
  });
});

describe('SGK hizmet listesi — Excel (.xlsx)', () => {
  async function workbookBytes(rows: readonly (readonly (string | number | null)[])[], titleRows: number): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kapak').addRow(['Bu sayfada liste yok']);
    const sheet = workbook.addWorksheet('Hizmet Listesi');
    for (let title = 0; title < titleRows; title += 1) sheet.addRow([`ÖRNEK İŞYERİ — başlık ${title + 1}`]);
    sheet.addRow([
      'YIL',
      'AY',
      'KANUN NO',
      'MAHİYET',
      'BELGE TÜRÜ',
      'S.G. NO',
      'AD',
      'SOYAD',
      'GÜN',
      'EKSİK GÜN SAYISI',
      'EKSİK GÜN NEDENİ',
      'GİRİŞ GÜNÜ',
      'ÇIKIŞ GÜNÜ',
    ]);
    for (const row of rows) sheet.addRow([...row]);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('finds the header below title rows (Turkish-folded names) and reads number cells', async () => {
    const bytes = await workbookBytes(
      [
        [2024, 11, 5510, 'A', 1, 26090881374, 'Fatma', 'Çelik', 25, 5, 1, null, null],
        [2024, 11, 5510, 'A', 1, 99424545136, 'Hatice', 'Aydın', 30, 0, null, null, null],
      ],
      2,
    );
    const parsed = list(await parseSgkServiceList(bytes));
    expect(parsed.source).toBe('xlsx');
    expect(parsed.personMonths.map((each) => [each.tckn, each.primDays, each.leaveDays])).toEqual([
      ['26090881374', 25, 5],
      ['99424545136', 30, 0],
    ]);
  });

  it('numbers errors by the Excel row', async () => {
    const bytes = await workbookBytes([[2024, 11, 5510, 'A', 1, 26090881374, 'Fatma', 'Çelik', 31, 0, null, null, null]], 2);
    expect(rowErrors(await parseSgkServiceList(bytes))).toEqual([
      { row: 4, column: 'GÜN', reason: 'Gün 0 ile 30 arasında olmalı; bulunan 31.' },
    ]);
  });

  it('says when the file is not a workbook', async () => {
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(fileError(await parseSgkServiceList(broken))).toBe('Excel dosyası okunamadı: dosya bozuk ya da .xlsx biçiminde değil.');
  });
});
