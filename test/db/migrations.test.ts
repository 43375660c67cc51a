import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../db/audit/verify-audit';
import { applyKey, closeDatabase, openDatabase, type KobiDatabase } from '../../db/connection';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import { getEnterprise } from '../../db/repositories/enterprises';
import { storedEnterpriseSearchText } from '../../db/repositories/enterprise-search-index';
import { enterpriseMonthlyTotals, putEnterpriseMonthlyPrimDays } from '../../db/repositories/prim-days';
import * as schema from '../../db/schema';
import { withWrite } from '../../db/write-context';
import { FIRST_MIGRATION_FIXTURE, FIXTURE_ENTERPRISE } from './create-first-migration-fixture';
import { makeTempDir, openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY } from './helpers';

type Journal = { readonly entries: readonly { readonly idx: number; readonly when: number; readonly tag: string }[] };

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;

function readOnly(path: string): Database.Database {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  applyKey(sqlite, TEST_DATABASE_KEY);
  return sqlite;
}

describe('migrations — issue 3 item 2', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function tempDir(): string {
    const dir = makeTempDir();
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    return dir;
  }

  function fixtureCopy(): string {
    const path = join(tempDir(), 'upgraded.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, path);
    return path;
  }

  function open(path: string): KobiDatabase {
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY });
    if (!opened.ok) throw new Error(`${opened.error.message} ${opened.error.detail ?? ''}`);
    cleanups.unshift(() => {
      if (opened.db.sqlite.open) closeDatabase(opened.db);
    });
    return opened.db;
  }

  it('keeps at least two migrations, dated in strictly increasing order (drizzle skips one dated before the last applied)', () => {
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    journal.entries.forEach((entry, index) => {
      expect(entry.idx).toBe(index);
      if (index > 0) expect(entry.when).toBeGreaterThan(journal.entries[index - 1]?.when ?? Infinity);
    });
  });

  it('the fixture was made by the first migration only', () => {
    const sqlite = readOnly(FIRST_MIGRATION_FIXTURE);
    try {
      expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'enterprise_search'").get()).toBeUndefined();
    } finally {
      sqlite.close();
    }
  });

  it('upgrades the first-migration fixture to the latest schema with its data intact', () => {
    const db = open(fixtureCopy());
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
    const enterprise = getEnterprise(db, 1);
    expect(enterprise).toMatchObject({
      vkn: FIXTURE_ENTERPRISE.vkn,
      unvan: FIXTURE_ENTERPRISE.unvan,
      naceMain: '14.13.01',
      foundedOn: '2009-05-04',
    });
    expect(enterpriseMonthlyTotals(db, 1)).toEqual(FIXTURE_ENTERPRISE.months);
    expect(db.sqlite.prepare('SELECT tckn, prim_days AS primDays, counted_leave_days AS leave FROM person_monthly_days').all()).toEqual([
      { tckn: FIXTURE_ENTERPRISE.personTckn, primDays: 28, leave: 2 },
    ]);
    // The index the second migration created was filled from the rows that were already there.
    expect(storedEnterpriseSearchText(db, 1)).toBe(
      `isikli orme tekstil sanayi ve ticaret a.s. ${FIXTURE_ENTERPRISE.vkn} kayseri 14.13.01 141301`,
    );
    expect(verifyAudit(db)).toEqual({ ok: true, entries: 8, rows: 8 });
  });

  it('writes through the repositories after the upgrade, continuing the audit chain', () => {
    const db = open(fixtureCopy());
    withWrite(db, TEST_ACTOR, (w) =>
      putEnterpriseMonthlyPrimDays(w, { enterpriseId: 1, province: 'Kayseri', month: '2025-01', primDays: 306 }),
    );
    expect(enterpriseMonthlyTotals(db, 1)['2025-01']).toBe(306);
    expect(verifyAudit(db)).toMatchObject({ ok: true, entries: 9 });
  });

  it('creates exactly the tables and columns of db/schema (no schema change without its migration)', () => {
    const test = openTestDatabase();
    cleanups.push(test.dispose);
    const tables = Object.values(schema) as Table[];
    for (const table of tables) {
      const name = getTableName(table);
      const actual = test.db.sqlite
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
        .all(name)
        .map((column) => column.name)
        .sort();
      const expected = Object.values(getTableColumns(table))
        .map((column) => column.name)
        .sort();
      expect(actual, name).toEqual(expected);
    }
    const created = test.db.sqlite
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'enterprise_search%' AND name <> '__drizzle_migrations'",
      )
      .all()
      .map((row) => row.name)
      .sort();
    expect(created).toEqual(tables.map((table) => getTableName(table)).sort());
  });

  it('rolls a failing migration back whole and reports it, leaving the file as it was', () => {
    const path = fixtureCopy();
    const folder = join(tempDir(), 'migrations');
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const broken = journal.entries[1];
    if (broken === undefined) throw new Error('ikinci migration yok');
    writeFileSync(join(folder, `${broken.tag}.sql`), 'CREATE TABLE half_done (id INTEGER);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    const failed = openDatabase(path, { key: TEST_DATABASE_KEY, migrationsFolder: folder });
    expect(failed).toMatchObject({ ok: false, error: { kind: 'migration-failed' } });
    const sqlite = readOnly(path);
    try {
      expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    } finally {
      sqlite.close();
    }
    expect(verifyAudit(open(path))).toMatchObject({ ok: true });
  });
});
