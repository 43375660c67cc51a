import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../../db/backup';
import { closeDatabase } from '../../../db/connection';
import { makeTempDir, openTestDatabase, reopenTestDatabase, steppingClock, TEST_DATABASE_KEY, type TestDatabase } from '../helpers';

/**
 * Issue 12 item 1: no personal data in temporary files, and the database and
 * its backups readable by their owner only.
 *
 * SQLite unlinks a temporary file right after creating it, so the file is
 * never seen in a listing; creating and unlinking it changes the folder's
 * modification time, which is what these tests watch. `temp_store_directory`
 * points this process's SQLite at a folder of the test's own.
 */

let tempFolder: string;
beforeAll(() => {
  tempFolder = makeTempDir('kobi-dosya-sqlite-temp-');
  const probe = new Database(':memory:');
  probe.pragma(`temp_store_directory = '${tempFolder}'`);
  probe.close();
});
afterAll(() => {
  const probe = new Database(':memory:');
  probe.pragma("temp_store_directory = ''");
  probe.close();
});

function folderTouchedBy(work: () => void): boolean {
  const before = statSync(tempFolder, { bigint: true }).mtimeNs;
  work();
  return statSync(tempFolder, { bigint: true }).mtimeNs !== before || readdirSync(tempFolder).length > 0;
}

const LARGE_SORT = `
  WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000)
  SELECT count(*) AS rows FROM (SELECT x, printf('%011d', x * 7919 % 100000000000) || hex(randomblob(24)) AS tckn FROM n ORDER BY tckn)`;

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('temporary files and permissions — issue 12 item 1', () => {
  let t: TestDatabase;
  afterEach(() => {
    t.dispose();
  });

  it('the check itself sees a spill: the same sort with file temp store writes to the temp folder', () => {
    t = openTestDatabase();
    t.db.sqlite.pragma('temp_store = FILE');
    t.db.sqlite.pragma('cache_size = 50');
    expect(folderTouchedBy(() => t.db.sqlite.prepare(LARGE_SORT).get())).toBe(true);
  });

  it('a large sort and a temporary table on the database write no temporary file', () => {
    t = openTestDatabase();
    expect(t.db.sqlite.pragma('temp_store', { simple: true })).toBe(2);
    // A tiny page cache: with file temp store this sort spills at once.
    t.db.sqlite.pragma('cache_size = 50');
    expect(
      folderTouchedBy(() => {
        t.db.sqlite.prepare(LARGE_SORT).get();
        t.db.sqlite.exec("CREATE TEMP TABLE gecici AS SELECT '12345678901' AS tckn; DROP TABLE gecici;");
      }),
    ).toBe(false);
  });

  it('the database, its WAL and its backups are readable by their owner only (0600)', () => {
    t = openTestDatabase();
    t.db.sqlite.exec('CREATE TABLE IF NOT EXISTS yoklama (x)');
    expect([mode(t.path), mode(`${t.path}-wal`)]).toEqual([0o600, 0o600]);
    const backup = join(t.dir, 'yedekler', 'yedek.sqlite');
    expect(backupDatabase(t.db, backup, TEST_DATABASE_KEY).ok).toBe(true);
    expect(mode(backup)).toBe(0o600);
    expect(statSync(join(t.dir, 'yedekler')).mode & 0o077).toBe(0);
    closeDatabase(t.db);
    const restored = join(t.dir, 'geri', 'kobi-dosya.sqlite');
    expect(restoreDatabase(backup, restored, TEST_DATABASE_KEY, steppingClock()).ok).toBe(true);
    expect(mode(restored)).toBe(0o600);
  });

  it('an existing file made readable by others is narrowed to its owner when opened', () => {
    t = openTestDatabase();
    closeDatabase(t.db);
    chmodSync(t.path, 0o644);
    const db = reopenTestDatabase(t.path);
    expect(mode(t.path)).toBe(0o600);
    closeDatabase(db);
  });
});
