import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { importSgkServiceList } from '../../../db/imports/import-sgk';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { enterpriseMonthlyPrimDaysInProvince, personDaysInProvince } from '../../../db/repositories/prim-days';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');
const GOOD = readFileSync(join(FIXTURES, 'aphb-hizmet-listesi-2024-q4.csv'));
const BROKEN = readFileSync(join(FIXTURES, 'aphb-hizmet-listesi-hatali.csv'));
const ACTOR = { kind: 'system', name: 'import-sgk' } as const;

let t: TestDatabase;
let enterpriseId: number;

function count(table: string): number {
  return (t.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function tableCounts(): Record<string, number> {
  return Object.fromEntries(
    ['audit_log', 'import_batches', 'enterprise_monthly_prim_days', 'person_monthly_days', 'sync_outbox'].map((table) => [
      table,
      count(table),
    ]),
  );
}

beforeEach(() => {
  t = openTestDatabase();
  enterpriseId = withWrite(t.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Işık Tekstil San. ve Tic. Ltd. Şti.',
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

describe('import-sgk — writing a good list', () => {
  it('writes monthly totals and per-person days in the province, audited', async () => {
    const result = await importSgkServiceList(t.db, ACTOR, { fileName: 'aphb.csv', bytes: GOOD, enterpriseId });
    expect(result).toMatchObject({
      kind: 'imported',
      province: 'Kayseri',
      counts: { dataRows: 54, persons: 18, months: ['2024-10', '2024-11', '2024-12'], inserted: 57, updated: 0, unchanged: 0 },
    });
    expect(enterpriseMonthlyPrimDaysInProvince(t.db, enterpriseId, 'KAYSERİ')).toEqual({ '2024-10': 522, '2024-11': 535, '2024-12': 513 });
    expect(personDaysInProvince(t.db, enterpriseId, 'Kayseri', '26090881374')).toEqual({
      primDays: { '2024-10': 30, '2024-11': 25, '2024-12': 30 },
      leaveDays: { '2024-11': 5 },
    });
    expect(personDaysInProvince(t.db, enterpriseId, 'Kayseri', '79059353832').leaveDays).toEqual({});
    expect(verifyAudit(t.db).ok).toBe(true);
    const actors = t.db.sqlite.prepare("SELECT DISTINCT actor FROM audit_log WHERE table_name = 'person_monthly_days'").all();
    expect(actors).toEqual([{ actor: 'system:import-sgk' }]);
  });

  it('stores no eksik gün nedeni code and no name next to the days (KVKK)', async () => {
    await importSgkServiceList(t.db, ACTOR, { fileName: 'aphb.csv', bytes: GOOD, enterpriseId });
    const columns = (t.db.sqlite.prepare("SELECT name FROM pragma_table_info('person_monthly_days')").all() as { name: string }[]).map(
      (column) => column.name,
    );
    expect(columns.some((name) => /egs|reason|neden|name|ad$/i.test(name))).toBe(false);
  });

  it('is a no-op that says so when the same file is imported again', async () => {
    const first = await importSgkServiceList(t.db, ACTOR, { fileName: 'aphb.csv', bytes: GOOD, enterpriseId });
    const before = tableCounts();
    const second = await importSgkServiceList(t.db, ACTOR, {
      fileName: 'yeniden-adlandirilmis.csv',
      bytes: GOOD,
      enterpriseId,
      province: 'kayseri',
    });
    expect(second.kind).toBe('already-imported');
    expect(second.kind === 'already-imported' && first.kind === 'imported' ? second.batch.id : null).toBe(
      first.kind === 'imported' ? first.batch.id : -1,
    );
    expect(tableCounts()).toEqual(before);
  });

  it('applies a changed file as a new import, counting what changed', async () => {
    await importSgkServiceList(t.db, ACTOR, { fileName: 'aphb.csv', bytes: GOOD, enterpriseId });
    const corrected = new TextEncoder().encode(
      new TextDecoder()
        .decode(GOOD)
        .replace('2024;12;5510;A;1;28331390188;Zeynep;Şahin;18;12;01;;', '2024;12;5510;A;1;28331390188;Zeynep;Şahin;20;10;01;;'),
    );
    const result = await importSgkServiceList(t.db, ACTOR, { fileName: 'aphb-duzeltilmis.csv', bytes: corrected, enterpriseId });
    expect(result).toMatchObject({ kind: 'imported', counts: { inserted: 0, updated: 2, unchanged: 55 } });
    expect(enterpriseMonthlyPrimDaysInProvince(t.db, enterpriseId, 'Kayseri')['2024-12']).toBe(515);
  });
});

describe('import-sgk — all or nothing', () => {
  it('writes nothing for a file with row errors and returns them all', async () => {
    const before = tableCounts();
    const result = await importSgkServiceList(t.db, ACTOR, { fileName: 'hatali.csv', bytes: BROKEN, enterpriseId });
    expect(result.kind === 'row-errors' ? result.errors.map((error) => [error.row, error.column]) : result).toEqual([
      [3, 'S.G. No'],
      [4, 'Gün'],
      [5, 'Ay'],
      [6, 'Gün'],
    ]);
    expect(tableCounts()).toEqual(before);
  });

  it('rolls back every row when a write fails half-way', async () => {
    // The last person of the file cannot be written: everything before it must go too.
    t.db.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_last_person BEFORE INSERT ON main.person_monthly_days WHEN NEW.tckn = '64124879652' BEGIN SELECT RAISE(ABORT, 'yazılamadı'); END",
    );
    const before = tableCounts();
    await expect(importSgkServiceList(t.db, ACTOR, { fileName: 'aphb.csv', bytes: GOOD, enterpriseId })).rejects.toThrow('yazılamadı');
    expect(tableCounts()).toEqual(before);
    expect(verifyAudit(t.db).ok).toBe(true);
  });
});

describe('import-sgk — enterprise and province', () => {
  it('takes the only province by default and accepts it folded', async () => {
    expect(await importSgkServiceList(t.db, ACTOR, { fileName: 'a.csv', bytes: GOOD, enterpriseId, province: 'KAYSERİ' })).toMatchObject({
      kind: 'imported',
      province: 'Kayseri',
    });
  });

  it('asks for the province when the enterprise has several', async () => {
    withWrite(t.db, TEST_ACTOR, (w) => addEnterpriseSite(w, { enterpriseId, province: 'Şanlıurfa', kind: 'sube' }));
    expect(await importSgkServiceList(t.db, ACTOR, { fileName: 'a.csv', bytes: GOOD, enterpriseId })).toEqual({
      kind: 'rejected',
      reason: 'İşletmenin birden fazla ilde işyeri var (Kayseri, Şanlıurfa); listenin ilini belirtin.',
    });
    expect(await importSgkServiceList(t.db, ACTOR, { fileName: 'a.csv', bytes: GOOD, enterpriseId, province: 'sanliurfa' })).toMatchObject({
      kind: 'imported',
      province: 'Şanlıurfa',
    });
    // The same file for the other province is another import.
    expect(await importSgkServiceList(t.db, ACTOR, { fileName: 'a.csv', bytes: GOOD, enterpriseId, province: 'Kayseri' })).toMatchObject({
      kind: 'imported',
      province: 'Kayseri',
    });
  });

  it.each([
    [
      'a province without a site',
      { province: 'Bursa' },
      'İşletmenin Bursa ilinde merkez ya da şubesi kayıtlı değil (kayıtlı iller: Kayseri).',
    ],
    ['an unknown enterprise', { enterpriseId: 999 }, '999 numaralı işletme yok.'],
  ])('rejects %s', async (_name, change, reason) => {
    expect(await importSgkServiceList(t.db, ACTOR, { fileName: 'a.csv', bytes: GOOD, enterpriseId, ...change })).toEqual({
      kind: 'rejected',
      reason,
    });
  });

  it('rejects a file that is not a service list', async () => {
    const result = await importSgkServiceList(t.db, ACTOR, {
      fileName: 'a.csv',
      bytes: new TextEncoder().encode('Ad;Soyad\nAyşe;Yılmaz'),
      enterpriseId,
    });
    expect(result.kind).toBe('rejected');
    expect(count('import_batches')).toBe(0);
  });
});
