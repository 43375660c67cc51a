import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTcmbBulletin, parseTcmbBulletins, readBulletinFiles, type BulletinParseResult } from '../../../db/imports/tcmb-rates';

const SAMPLES = join(import.meta.dirname, '../../fixtures/imports/tcmb');
const temporary = mkdtempSync(join(tmpdir(), 'kobi-tcmb-'));
afterAll(() => {
  rmSync(temporary, { recursive: true, force: true });
});

function bulletin(options: { tarih?: string; date?: string; eur?: string | null; extra?: string }): Uint8Array {
  const tarih = options.tarih ?? '12.12.2025';
  const date = options.date ?? '12/12/2025';
  const eur =
    options.eur === null
      ? ''
      : (options.eur ??
        `<Currency CrossOrder="9" Kod="EUR" CurrencyCode="EUR"><Unit>1</Unit><Isim>EURO</Isim><ForexBuying>49.9000</ForexBuying><ForexSelling>49.9898</ForexSelling></Currency>`);
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="isokur.xsl"?>\n<Tarih_Date Tarih="${tarih}" Date="${date}" Bulten_No="2025/112">\n` +
      `<Currency Kod="USD" CurrencyCode="USD"><Unit>1</Unit><ForexBuying>42.6496</ForexBuying></Currency>\n${eur}${options.extra ?? ''}\n</Tarih_Date>\n`,
  );
}

function truncated(bytes: Uint8Array): Uint8Array {
  return new TextEncoder().encode(new TextDecoder().decode(bytes).replace('</Tarih_Date>', ''));
}

function reason(result: BulletinParseResult): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error.reason;
}

describe('TCMB kur bülteni — samples', () => {
  it('reads a folder, ascending by date, EUR buying rate per 1 EUR', () => {
    const files = readBulletinFiles(SAMPLES);
    if (!files.ok) throw new Error(files.reason);
    expect(parseTcmbBulletins(files.files)).toEqual({
      ok: true,
      rates: [
        { date: '2025-09-15', eurBuying: '48.7001', file: '15092025.xml' },
        { date: '2025-12-12', eurBuying: '49.9000', file: '12122025.xml' },
      ],
    });
  });

  it('reads one file', () => {
    const path = join(SAMPLES, '12122025.xml');
    expect(parseTcmbBulletin(readFileSync(path), path)).toEqual({
      ok: true,
      rate: { date: '2025-12-12', eurBuying: '49.9000', file: '12122025.xml' },
    });
  });
});

describe('TCMB kur bülteni — Unit', () => {
  it.each([
    ['1', '49.9000', '49.9000'],
    ['100', '4990.0100', '49.9001'],
    ['100', '4990.1234', '49.901234'],
  ])('Unit %s: ForexBuying %s is %s per 1 EUR, exactly', (unit, buying, perUnit) => {
    const eur = `<Currency Kod="EUR"><Unit>${unit}</Unit><ForexBuying>${buying}</ForexBuying></Currency>`;
    const result = parseTcmbBulletin(bulletin({ eur }), '12122025.xml');
    expect(result).toEqual({ ok: true, rate: { date: '2025-12-12', eurBuying: perUnit, file: '12122025.xml' } });
  });
});

describe('TCMB kur bülteni — errors', () => {
  it.each([
    ['no EUR entry', bulletin({ eur: null }), '12122025.xml', 'Bültende EUR kuru (Currency Kod="EUR") yok.'],
    [
      'a file name of another day',
      bulletin({}),
      '13122025.xml',
      'Dosya adı 13122025.xml 2025-12-13 tarihini gösteriyor, bültenin Tarih özniteliği ise 12.12.2025.',
    ],
    [
      'Tarih and Date disagreeing',
      bulletin({ date: '12/13/2025' }),
      'today.xml',
      'Tarih (12.12.2025) ve Date (12/13/2025) öznitelikleri farklı günleri gösteriyor.',
    ],
    [
      'an impossible Tarih',
      bulletin({ tarih: '31.11.2025', date: '11/31/2025' }),
      'kur.xml',
      'Tarih özniteliği "31.11.2025" geçerli bir GG.AA.YYYY tarihi değil.',
    ],
    [
      'an impossible file-name date',
      bulletin({}),
      '32122025.xml',
      'Dosya adı 32122025.xml geçerli bir tarih değil (GGAAYYYY.xml bekleniyor).',
    ],
    [
      'an empty ForexBuying',
      bulletin({ eur: '<Currency Kod="EUR"><Unit>1</Unit><ForexBuying/></Currency>' }),
      '12122025.xml',
      'EUR için ForexBuying (döviz alış) değeri boş.',
    ],
    [
      'a comma decimal',
      bulletin({ eur: '<Currency Kod="EUR"><Unit>1</Unit><ForexBuying>49,9000</ForexBuying></Currency>' }),
      '12122025.xml',
      'EUR için ForexBuying "49,9000" bir ondalık sayı değil (nokta ile, örn. 49.9000).',
    ],
    [
      'a zero Unit',
      bulletin({ eur: '<Currency Kod="EUR"><Unit>0</Unit><ForexBuying>49.9</ForexBuying></Currency>' }),
      '12122025.xml',
      'EUR için Unit "0" pozitif bir tam sayı değil.',
    ],
    [
      'a Unit that does not divide exactly',
      bulletin({ eur: '<Currency Kod="EUR"><Unit>3</Unit><ForexBuying>1</ForexBuying></Currency>' }),
      '12122025.xml',
      'EUR için ForexBuying 1 / Unit 3 tam bölünmüyor.',
    ],
    [
      'a quotient with more than six decimals',
      bulletin({ eur: '<Currency Kod="EUR"><Unit>1000</Unit><ForexBuying>49901.2345</ForexBuying></Currency>' }),
      '12122025.xml',
      'EUR için ForexBuying 49901.2345 / Unit 1000 = 49.9012345: en fazla 6 ondalık haneli kur kullanılabilir.',
    ],
    [
      'mismatched tags',
      new TextEncoder().encode('<Tarih_Date Tarih="12.12.2025">\n<Currency></Curency>\n</Tarih_Date>'),
      '12122025.xml',
      'XML bozuk (satır 2): </Currency> bekleniyor, </Curency> bulundu.',
    ],
    ['a file cut before its end', truncated(bulletin({})), '12122025.xml', 'XML bozuk (satır 3): <Tarih_Date> kapanmıyor.'],
    [
      'a file cut inside an attribute',
      bulletin({}).slice(0, 200),
      '12122025.xml',
      'XML bozuk (satır 4): "CurrencyCode" özniteliğinin tırnak içinde değeri bekleniyor.',
    ],
    [
      'another document',
      new TextEncoder().encode('<html><body/></html>'),
      'kur.xml',
      'Kök öğe Tarih_Date değil (html); TCMB kur bülteni bekleniyor.',
    ],
    ['an undefined entity', bulletin({ extra: '<Not>&nbsp;</Not>' }), '12122025.xml', 'XML bozuk (satır 5): tanımsız varlık &nbsp;.'],
  ])('rejects %s', (_name, bytes, fileName, expected) => {
    expect(reason(parseTcmbBulletin(bytes, fileName))).toBe(expected);
  });

  it('accepts entities, comments and CDATA where they are allowed', () => {
    const eur =
      '<!-- avro --><Currency Kod="EUR"><Unit>1</Unit><Isim>A &amp; B &#220;</Isim><ForexBuying><![CDATA[49.9000]]></ForexBuying></Currency>';
    expect(parseTcmbBulletin(bulletin({ eur }), '12122025.xml')).toMatchObject({ ok: true, rate: { eurBuying: '49.9000' } });
  });
});

describe('TCMB kur bülteni — folders', () => {
  it('fails the whole set when one file is bad, naming each bad file', () => {
    const folder = join(temporary, 'one-bad');
    mkdirSync(folder);
    writeFileSync(join(folder, '12122025.xml'), bulletin({}));
    writeFileSync(join(folder, '15122025.xml'), bulletin({ tarih: '15.12.2025', date: '12/15/2025', eur: null }));
    writeFileSync(join(folder, 'notlar.txt'), 'not a bulletin');
    const files = readBulletinFiles(folder);
    if (!files.ok) throw new Error(files.reason);
    expect(files.files).toHaveLength(2);
    expect(parseTcmbBulletins(files.files)).toEqual({
      ok: false,
      errors: [{ file: '15122025.xml', reason: 'Bültende EUR kuru (Currency Kod="EUR") yok.' }],
    });
  });

  it('rejects two files of one day with different rates', () => {
    const other = '<Currency Kod="EUR"><Unit>1</Unit><ForexBuying>50.0000</ForexBuying></Currency>';
    const result = parseTcmbBulletins([
      { path: '12122025.xml', bytes: bulletin({}) },
      { path: 'today.xml', bytes: bulletin({ eur: other }) },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'today.xml', reason: '2025-12-12 için EUR alış kuru 12122025.xml dosyasında 49.9000, bu dosyada 50.0000.' }],
    });
  });

  it('takes two files of one day with the same rate once', () => {
    const result = parseTcmbBulletins([
      { path: '12122025.xml', bytes: bulletin({}) },
      { path: 'today.xml', bytes: bulletin({}) },
    ]);
    expect(result.ok && result.rates).toHaveLength(1);
  });

  it('says when a folder has no bulletins or a path does not exist', () => {
    const empty = join(temporary, 'empty');
    mkdirSync(empty);
    expect(readBulletinFiles(empty)).toEqual({ ok: false, reason: `Klasörde .xml dosyası yok: ${empty}` });
    expect(readBulletinFiles(join(temporary, 'yok'))).toEqual({
      ok: false,
      reason: `Dosya ya da klasör bulunamadı: ${join(temporary, 'yok')}`,
    });
  });
});
