import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { importPekFile } from '../../../db/finansman/import-pek';
import { readAmount } from '../../../db/finansman/pek-file';
import { enterpriseMonthlyPekTotals } from '../../../db/repositories/enterprise-pek';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');
const GOOD = readFileSync(join(FIXTURES, 'finansman-pek-2025-kasim-aralik.csv'));
const BROKEN = readFileSync(join(FIXTURES, 'finansman-pek-hatali.csv'));

let t: TestDatabase;
let enterpriseId: number;

beforeEach(() => {
  t = openTestDatabase();
  enterpriseId = withWrite(t.db, TEST_ACTOR, (w) =>
    createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Örnek Metal',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
    }),
  ).id;
});

afterEach(() => {
  t.dispose();
});

function auditEntries(): number {
  return (t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

async function xlsx(rows: readonly (readonly (string | number)[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('PEK');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('PEK import — the SGK import rules: all or nothing, row errors, once per file', () => {
  it('sums the workplaces of each month (Turkish amounts, title row above the header)', async () => {
    const result = await importPekFile(t.db, TEST_ACTOR, { fileName: 'pek.csv', bytes: GOOD, enterpriseId });
    expect(result).toMatchObject({
      kind: 'imported',
      counts: { dataRows: 4, months: ['2025-11', '2025-12'], inserted: 2, updated: 0, unchanged: 0 },
    });
    expect(enterpriseMonthlyPekTotals(t.db, enterpriseId)).toEqual({ '2025-11': '2400000.50', '2025-12': '2550000.25' });
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('reports every row error with row, column and reason, and writes nothing', async () => {
    const before = auditEntries();
    const result = await importPekFile(t.db, TEST_ACTOR, { fileName: 'hatali.csv', bytes: BROKEN, enterpriseId });
    expect(result).toEqual({
      kind: 'row-errors',
      errors: [
        { row: 3, column: 'Ay', reason: 'Ay 1 ile 12 arasında olmalı; bulunan "13".' },
        {
          row: 4,
          column: 'PEK Tutarı',
          reason: 'PEK tutarı okunamadı: "-5,00" (örnek: 4.500.000,00; negatif olamaz, en fazla iki ondalık, en fazla 11 haneli).',
        },
        { row: 6, column: 'İşyeri Sicil No', reason: "Aynı satır iki kez: A-10 işyeri, 2025-12 satır 5'de de var." },
        { row: 7, column: 'PEK Tutarı', reason: 'PEK boş.' },
      ],
    });
    expect(auditEntries()).toBe(before);
    expect(enterpriseMonthlyPekTotals(t.db, enterpriseId)).toEqual({});
  });

  it('recognises the same file and applies it once', async () => {
    const first = await importPekFile(t.db, TEST_ACTOR, { fileName: 'pek.csv', bytes: GOOD, enterpriseId });
    const entries = auditEntries();
    const second = await importPekFile(t.db, TEST_ACTOR, { fileName: 'yine.csv', bytes: GOOD, enterpriseId });
    expect(first.kind).toBe('imported');
    expect(second).toMatchObject({ kind: 'already-imported', batch: { fileName: 'pek.csv' } });
    expect(auditEntries()).toBe(entries);
  });

  it('reads an XLSX with number cells and a Dönem column; a later file replaces the months it holds', async () => {
    await importPekFile(t.db, TEST_ACTOR, { fileName: 'pek.csv', bytes: GOOD, enterpriseId });
    const bytes = await xlsx([
      ['Dönem', 'PEK'],
      ['2025-12', 2550000],
      ['01/2026', 3000000],
    ]);
    const result = await importPekFile(t.db, TEST_ACTOR, { fileName: 'pek.xlsx', bytes, enterpriseId });
    expect(result).toMatchObject({ kind: 'imported', counts: { months: ['2025-12', '2026-01'], inserted: 1, updated: 1, unchanged: 0 } });
    expect(enterpriseMonthlyPekTotals(t.db, enterpriseId)).toEqual({
      '2025-11': '2400000.50',
      '2025-12': '2550000.00',
      '2026-01': '3000000.00',
    });
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it.each([
    ['no header', 'a;b\n1;2\n', 'Başlık satırı bulunamadı'],
    ['header only', 'Yıl;Ay;PEK\n', 'veri satırı yok'],
  ])('rejects a file with %s', async (_name, text, reason) => {
    const result = await importPekFile(t.db, TEST_ACTOR, { fileName: 'x.csv', bytes: new TextEncoder().encode(text), enterpriseId });
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') expect(result.reason).toContain(reason);
  });

  it('rejects an enterprise that does not exist', async () => {
    expect(await importPekFile(t.db, TEST_ACTOR, { fileName: 'pek.csv', bytes: GOOD, enterpriseId: 999 })).toEqual({
      kind: 'rejected',
      reason: '999 numaralı işletme yok.',
    });
  });
});

describe('PEK amounts as people and Excel write them', () => {
  it.each([
    ['4.500.000,00', '4500000.00'],
    ['4500000,5', '4500000.50'],
    ['4500000.25', '4500000.25'],
    ['4.500', '4500.00'],
    [' 1.234.567,89 ₺ ', '1234567.89'],
    [4500000.1, '4500000.10'],
    [4500000, '4500000.00'],
    ['99.999.999.999,99', '99999999999.99'],
  ] as const)('%s → %s', (cell, expected) => {
    expect(readAmount(cell)).toBe(expected);
  });

  it.each([['-5,00'], ['4,500,000'], ['4500000.123'], ['1e6'], ['100.000.000.000,00'], [0.30000000000000004], [-1]] as const)(
    '%s is unreadable',
    (cell) => {
      expect(readAmount(cell)).toBeNull();
    },
  );
});
