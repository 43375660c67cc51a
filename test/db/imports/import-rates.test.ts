import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { importTcmbRates } from '../../../db/imports/import-rates';
import { readBulletinFiles, type BulletinFile } from '../../../db/imports/tcmb-rates';
import { listExchangeRates } from '../../../db/repositories/reference-data';
import { openTestDatabase, type TestDatabase } from '../helpers';

const SAMPLES = join(import.meta.dirname, '../../fixtures/imports/tcmb');
const ACTOR = { kind: 'system', name: 'import-rates' } as const;

let t: TestDatabase;
let folder: string;

function files(path: string): readonly BulletinFile[] {
  const read = readBulletinFiles(path);
  if (!read.ok) throw new Error(read.reason);
  return read.files;
}

function count(table: string): number {
  return (t.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function bulletinOf(day: string, rate: string): string {
  const [dd, mm, yyyy] = [day.slice(0, 2), day.slice(2, 4), day.slice(4)];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Tarih_Date Tarih="${dd}.${mm}.${yyyy}" Date="${mm}/${dd}/${yyyy}" Bulten_No="2025/200"><Currency Kod="EUR" CurrencyCode="EUR"><Unit>1</Unit><ForexBuying>${rate}</ForexBuying></Currency></Tarih_Date>\n`;
}

beforeEach(() => {
  t = openTestDatabase();
  folder = join(t.dir, 'kurlar');
  mkdirSync(folder);
  for (const name of ['12122025.xml', '15092025.xml']) copyFileSync(join(SAMPLES, name), join(folder, name));
});

afterEach(() => {
  t.dispose();
});

describe('import-rates', () => {
  it('imports a folder: the EUR buying rate of each day, audited', () => {
    expect(importTcmbRates(t.db, ACTOR, files(folder))).toEqual({
      kind: 'imported',
      files: 2,
      skippedFiles: [],
      dates: ['2025-09-15', '2025-12-12'],
      outcomes: { inserted: 2, updated: 0, unchanged: 0 },
    });
    expect(listExchangeRates(t.db, 'EUR')).toEqual([
      { rateDate: '2025-09-15', currency: 'EUR', buyingRate: '48.7001', source: 'TCMB 15092025.xml' },
      { rateDate: '2025-12-12', currency: 'EUR', buyingRate: '49.9000', source: 'TCMB 12122025.xml' },
    ]);
    expect(verifyAudit(t.db).ok).toBe(true);
  });

  it('imports one file', () => {
    expect(importTcmbRates(t.db, ACTOR, files(join(folder, '12122025.xml')))).toMatchObject({
      kind: 'imported',
      files: 1,
      dates: ['2025-12-12'],
    });
  });

  it('is a no-op that says so for files imported before', () => {
    importTcmbRates(t.db, ACTOR, files(folder));
    const audit = count('audit_log');
    expect(importTcmbRates(t.db, ACTOR, files(folder))).toEqual({ kind: 'already-imported', files: ['12122025.xml', '15092025.xml'] });
    expect(importTcmbRates(t.db, ACTOR, files(join(folder, '15092025.xml')))).toEqual({
      kind: 'already-imported',
      files: ['15092025.xml'],
    });
    expect(count('audit_log')).toBe(audit);
  });

  it('applies only the new files of a folder that grew', () => {
    importTcmbRates(t.db, ACTOR, files(folder));
    writeFileSync(join(folder, '15122025.xml'), bulletinOf('15122025', '50.1234'));
    expect(importTcmbRates(t.db, ACTOR, files(folder))).toEqual({
      kind: 'imported',
      files: 1,
      skippedFiles: ['12122025.xml', '15092025.xml'],
      dates: ['2025-12-15'],
      outcomes: { inserted: 1, updated: 0, unchanged: 0 },
    });
    expect(listExchangeRates(t.db, 'EUR')).toHaveLength(3);
  });

  it('takes a copy of a file (today.xml beside its dated twin) once', () => {
    copyFileSync(join(folder, '12122025.xml'), join(folder, 'today.xml'));
    expect(importTcmbRates(t.db, ACTOR, files(folder))).toMatchObject({ kind: 'imported', files: 2, skippedFiles: ['today.xml'] });
    expect(count('import_batches')).toBe(2);
  });

  it('imports nothing when one file of the set is bad', () => {
    writeFileSync(join(folder, '16122025.xml'), bulletinOf('15122025', '50.1234'));
    const audit = count('audit_log');
    expect(importTcmbRates(t.db, ACTOR, files(folder))).toEqual({
      kind: 'file-errors',
      errors: [
        {
          file: '16122025.xml',
          reason: 'Dosya adı 16122025.xml 2025-12-16 tarihini gösteriyor, bültenin Tarih özniteliği ise 15.12.2025.',
        },
      ],
    });
    expect(count('audit_log')).toBe(audit);
    expect(listExchangeRates(t.db, 'EUR')).toEqual([]);
  });

  it('updates a stored rate that a corrected bulletin changes', () => {
    importTcmbRates(t.db, ACTOR, files(folder));
    const corrected = readFileSync(join(folder, '12122025.xml'), 'utf8').replace(
      '<ForexBuying>49.9000</ForexBuying>',
      '<ForexBuying>49.9100</ForexBuying>',
    );
    writeFileSync(join(folder, '12122025.xml'), corrected);
    expect(importTcmbRates(t.db, ACTOR, files(join(folder, '12122025.xml')))).toMatchObject({
      kind: 'imported',
      outcomes: { inserted: 0, updated: 1, unchanged: 0 },
    });
    expect(listExchangeRates(t.db, 'EUR').find((rate) => rate.rateDate === '2025-12-12')?.buyingRate).toBe('49.9100');
  });
});
