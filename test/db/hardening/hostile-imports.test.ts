import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { importTcmbRates } from '../../../db/imports/import-rates';
import { importSgkServiceList } from '../../../db/imports/import-sgk';
import { INPUT_LIMITS } from '../../../db/imports/input-limits';
import { parseSgkServiceList } from '../../../db/imports/sgk-service-list';
import { parseTcmbBulletin } from '../../../db/imports/tcmb-rates';
import { parseXml } from '../../../db/imports/xml';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { syntheticTckn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';
import { SHEET_END, SHEET_START, sheetRow, workbookParts, zipParts } from './zip-writer';

/** Issue 12 item 2 and its "Done when": hostile files end in Turkish messages with nothing written. */

const HEADER = ['YIL', 'AY', 'KANUN NO', 'MAHİYET', 'BELGE TÜRÜ', 'S.G. NO', 'AD', 'SOYAD', 'GÜN', 'EKSİK GÜN SAYISI', 'EKSİK GÜN NEDENİ'];
const ACTOR = { kind: 'system', name: 'import-sgk' } as const;
const MIB = 1024 * 1024;

/** `count` valid data rows: people of 12 months each, all months of 2024. */
function* dataRows(count: number): Generator<(string | number)[]> {
  let tckn = '';
  for (let index = 0; index < count; index += 1) {
    if (index % 12 === 0) tckn = syntheticTckn(`kisi-${index / 12}`);
    yield [2024, (index % 12) + 1, 5510, 'A', 1, tckn, 'Ayşe', 'Yılmaz', 30, 0, ''];
  }
}

/** A sheet of `count` data rows, generated in chunks of 1,000 rows. */
function sheetChunks(count: number): () => Iterable<Buffer> {
  return function* chunks(): Generator<Buffer> {
    yield Buffer.from(SHEET_START + sheetRow(1, HEADER));
    let rows: string[] = [];
    let number = 2;
    for (const row of dataRows(count)) {
      rows.push(sheetRow(number, row));
      number += 1;
      if (rows.length === 1000) {
        yield Buffer.from(rows.join(''));
        rows = [];
      }
    }
    yield Buffer.from(rows.join('') + SHEET_END);
  };
}

/** About `megabytes` MiB of sheet XML: the same blank-cell row over and over, which deflate packs about 100 to 1. */
function inflatingSheet(megabytes: number): () => Iterable<Buffer> {
  return function* chunks(): Generator<Buffer> {
    yield Buffer.from(SHEET_START + sheetRow(1, HEADER));
    const block = Buffer.from('<row><c t="inlineStr"><is><t> </t></is></c></row>'.repeat(Math.floor(MIB / 50)));
    for (let written = 0; written < megabytes; written += 1) yield block;
    yield Buffer.from(SHEET_END);
  };
}

let t: TestDatabase;
let enterpriseId: number;

function writtenRows(): number {
  return (
    t.db.sqlite.prepare('SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM import_batches) AS n').get() as { n: number }
  ).n;
}

beforeEach(() => {
  t = openTestDatabase();
  enterpriseId = withWrite(t.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Işık Tekstil Ltd. Şti.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '14.13.01',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Kayseri', kind: 'merkez' });
    return enterprise.id;
  });
});
afterEach(() => {
  t.dispose();
});

describe('XLSX bounds — issue 12 item 2', () => {
  it('a small XLSX that inflates to 400 MB is refused from its ZIP directory, in Turkish, and writes nothing', async () => {
    const bomb = await zipParts(workbookParts({ chunks: inflatingSheet(400) }));
    expect(bomb.length).toBeLessThan(8 * MIB);
    const before = writtenRows();
    const result = await importSgkServiceList(t.db, ACTOR, { fileName: 'bomba.xlsx', bytes: bomb, enterpriseId });
    expect(result).toEqual({
      kind: 'rejected',
      reason:
        'Excel dosyası açıldığında 256,0 MB sınırını aşıyor (sıkıştırılmış veri olağan dışı büyüyor); dosya okunmadı. ' +
        'Listeyi daha küçük parçalara bölün ya da CSV olarak kaydedin.',
    });
    expect(writtenRows()).toBe(before);
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('a part that unpacks to more than its directory entry says is stopped while it streams', async () => {
    const liar = await zipParts(workbookParts({ chunks: inflatingSheet(20), statedSize: 10_000 }));
    expect(await parseSgkServiceList(liar)).toEqual({
      ok: false,
      kind: 'file',
      reason: 'Excel dosyası okunamadı: dosya bozuk ya da .xlsx biçiminde değil.',
    });
  });

  it('reads a legitimate 100,000-row list as a stream', async () => {
    const list = await zipParts(workbookParts({ chunks: sheetChunks(100_000) }));
    const parsed = await parseSgkServiceList(list);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed).slice(0, 500));
    expect(parsed.list.dataRows).toBe(100_000);
    expect(parsed.list.enterpriseMonths).toHaveLength(12);
    expect(parsed.list.source).toBe('xlsx');
  });

  it('refuses a value far to the right (a cell reference that would make a row of 16,384 columns)', async () => {
    const sheet = `${SHEET_START}${sheetRow(1, HEADER)}<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>${SHEET_END}`;
    const list = await zipParts(workbookParts({ chunks: () => [Buffer.from(sheet)] }));
    expect(await parseSgkServiceList(list)).toEqual({
      ok: false,
      kind: 'file',
      reason: 'Excel satırı 2: 256. sütundan sonra veri var; liste 13 sütundur.',
    });
  });
});

describe('file size — issue 12 item 2', () => {
  it('refuses a list over the size limit before reading it', async () => {
    const huge = new Uint8Array(INPUT_LIMITS.maxImportFileBytes + 1).fill(0x20);
    expect(await parseSgkServiceList(huge)).toEqual({
      ok: false,
      kind: 'file',
      reason: 'Dosya çok büyük (50,0 MB); bir hizmet listesi en fazla 50,0 MB olabilir. Listeyi dönemlere bölün.',
    });
  });

  it(`refuses more than ${INPUT_LIMITS.maxImportRows.toLocaleString('tr-TR')} data rows`, async () => {
    const lines = [HEADER.join(';')];
    for (const row of dataRows(INPUT_LIMITS.maxImportRows + 1)) lines.push(row.join(';'));
    const result = await parseSgkServiceList(new TextEncoder().encode(lines.join('\n')));
    expect(result).toEqual({
      ok: false,
      kind: 'file',
      reason: 'Dosyada 250.000 veri satırından fazlası var; listeyi dönemlere bölerek içe aktarın.',
    });
  });
});

describe('XML bounds — issue 12 item 2', () => {
  it('10,000 nested elements are a Turkish error, not a stack overflow', () => {
    const deep = `<Tarih_Date Tarih="12.12.2025">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</Tarih_Date>`;
    expect(parseXml(deep)).toEqual({ ok: false, line: 1, reason: 'öğeler 64 düzeyden derin iç içe' });
    expect(parseTcmbBulletin(new TextEncoder().encode(deep), '12122025.xml')).toEqual({
      ok: false,
      error: { file: '12122025.xml', reason: 'XML bozuk (satır 1): öğeler 64 düzeyden derin iç içe.' },
    });
  });

  it('nesting within the limit still reads', () => {
    const nested = `${'<a>'.repeat(63)}x${'</a>'.repeat(63)}`;
    expect(parseXml(nested).ok).toBe(true);
  });

  it('a deep bulletin imports nothing', () => {
    const deep = `<Tarih_Date Tarih="12.12.2025">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</Tarih_Date>`;
    const before = writtenRows();
    const result = importTcmbRates(t.db, ACTOR, [{ path: '12122025.xml', bytes: new TextEncoder().encode(deep) }]);
    expect(result.kind).toBe('file-errors');
    expect(writtenRows()).toBe(before);
  });

  it('refuses a document over the size limit', () => {
    const big = `<a>${' '.repeat(INPUT_LIMITS.maxXmlBytes)}</a>`;
    expect(parseXml(big)).toEqual({ ok: false, line: 1, reason: 'belge çok büyük (5,0 MB; en fazla 5,0 MB)' });
  });

  it('refuses a bulletin file over the limit before reading it', async () => {
    const { readBulletinFiles } = await import('../../../db/imports/tcmb-rates');
    const path = join(t.dir, '12122025.xml');
    writeFileSync(path, Buffer.alloc(INPUT_LIMITS.maxXmlBytes + 1, 0x20));
    expect(readBulletinFiles(path)).toEqual({
      ok: false,
      reason: `Dosya çok büyük: ${path} (5,0 MB; bir kur bülteni en fazla 5,0 MB olabilir).`,
    });
  });
});
