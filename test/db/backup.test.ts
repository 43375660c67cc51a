import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../db/audit/verify-audit';
import { backupDatabase, defaultBackupFolder, listBackups, restoreDatabase, rotateDailyBackup } from '../../db/backup';
import { closeDatabase, databaseKeyFromText, openDatabase, type KobiDatabase } from '../../db/connection';
import { writeDemoData } from '../../db/demo/write-demo';
import { updateEnterprise } from '../../db/repositories/enterprises';
import { withWrite } from '../../db/write-context';
import {
  makeTempDir,
  openTestDatabase,
  reopenTestDatabase,
  steppingClock,
  TEST_ACTOR,
  TEST_DATABASE_KEY,
  TEST_DATABASE_KEY_HEX,
  type TestDatabase,
} from './helpers';
import { SECRET, secretsInClear, stringsOf, writeSecrets } from './secrets';

/** issue 3 item 8: online backups that stay encrypted, restore that never loses the current file, rotating daily backups. */

/** Another process (as the app would be) with the database open until `release`. */
async function holdOpenInChild(path: string): Promise<{ readonly release: () => Promise<void> }> {
  const source = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
    const db = new Database(process.argv[1]);
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(Buffer.from("x'${TEST_DATABASE_KEY_HEX}'"));
    db.prepare('SELECT count(*) FROM enterprises').get();
    process.stdout.write('acik\\n');
    process.stdin.on('end', () => db.close());
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['-e', source, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      resolve();
    });
    child.on('exit', (code) => {
      reject(new Error(`alt süreç çıktı: ${String(code)}`));
    });
  });
  return {
    release: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

function unvanOf(db: KobiDatabase): unknown {
  return db.sqlite.prepare('SELECT unvan FROM enterprises WHERE id = 1').get();
}

describe('backups — issue 3 item 8', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    writeSecrets(t.db);
  });
  afterEach(() => {
    t.dispose();
  });

  it('takes a backup of an open database that stays encrypted and opens only with the key', () => {
    const target = join(t.dir, 'yedek', 'elle.sqlite');
    const result = backupDatabase(t.db, target, TEST_DATABASE_KEY);
    expect(result).toMatchObject({ ok: true, value: { path: target } });
    expect(secretsInClear(target)).toEqual([]);
    const strings = stringsOf(target);
    if (strings !== null) for (const value of Object.values(SECRET)) expect(strings).not.toContain(value);
    expect(openDatabase(target, { key: databaseKeyFromText('d'.repeat(64)) })).toMatchObject({ ok: false, error: { kind: 'wrong-key' } });
    const backup = reopenTestDatabase(target);
    expect(unvanOf(backup)).toEqual({ unvan: SECRET.unvan });
    expect(verifyAudit(backup)).toMatchObject({ ok: true });
    closeDatabase(backup);
    expect(readdirSync(join(t.dir, 'yedek'))).toEqual(['elle.sqlite']);
  });

  it('never overwrites an existing file', () => {
    const target = join(t.dir, 'var.sqlite');
    writeFileSync(target, 'önemli');
    expect(backupDatabase(t.db, target, TEST_DATABASE_KEY)).toMatchObject({ ok: false, kind: 'target-exists' });
    expect(readFileSync(target, 'utf8')).toBe('önemli');
  });

  it('restores a backup and keeps the replaced file (and its WAL) beside it', () => {
    const target = join(t.dir, 'yedek.sqlite');
    expect(backupDatabase(t.db, target, TEST_DATABASE_KEY).ok).toBe(true);
    withWrite(t.db, TEST_ACTOR, (w) => updateEnterprise(w, 1, { unvan: 'Yedekten Sonra Değişti A.Ş.' }));
    closeDatabase(t.db);
    const restored = restoreDatabase(target, t.path, TEST_DATABASE_KEY, () => '2025-06-03T10:00:00.000Z');
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.value.previousKeptAs).toBe(`${t.path}.onceki-2025-06-03T10-00-00-000Z`);
    const db = reopenTestDatabase(t.path);
    expect(unvanOf(db)).toEqual({ unvan: SECRET.unvan });
    expect(verifyAudit(db)).toMatchObject({ ok: true });
    closeDatabase(db);
    const previous = reopenTestDatabase(restored.value.previousKeptAs ?? '');
    expect(unvanOf(previous)).toEqual({ unvan: 'Yedekten Sonra Değişti A.Ş.' });
    closeDatabase(previous);
  });

  it('refuses to restore over a database that is open, in this process or in another one', async () => {
    const target = join(t.dir, 'yedek.sqlite');
    expect(backupDatabase(t.db, target, TEST_DATABASE_KEY).ok).toBe(true);
    expect(restoreDatabase(target, t.path, TEST_DATABASE_KEY, steppingClock())).toMatchObject({ ok: false, kind: 'in-use' });
    closeDatabase(t.db);
    const before = readFileSync(t.path);
    const holder = await holdOpenInChild(t.path);
    try {
      expect(restoreDatabase(target, t.path, TEST_DATABASE_KEY, steppingClock())).toMatchObject({ ok: false, kind: 'in-use' });
    } finally {
      await holder.release();
    }
    expect(readFileSync(t.path).equals(before)).toBe(true);
    expect(restoreDatabase(target, t.path, TEST_DATABASE_KEY, steppingClock()).ok).toBe(true);
  });

  it('refuses to restore a backup it cannot open, and leaves the database untouched', () => {
    const target = join(t.dir, 'yedek.sqlite');
    expect(backupDatabase(t.db, target, TEST_DATABASE_KEY).ok).toBe(true);
    closeDatabase(t.db);
    const before = readFileSync(t.path);
    expect(restoreDatabase(target, t.path, databaseKeyFromText('e'.repeat(64)) ?? TEST_DATABASE_KEY, steppingClock())).toMatchObject({
      ok: false,
      kind: 'wrong-key',
    });
    expect(restoreDatabase(join(t.dir, 'yok.sqlite'), t.path, TEST_DATABASE_KEY, steppingClock())).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(readFileSync(t.path).equals(before)).toBe(true);
    expect(readdirSync(t.dir).filter((name) => name.includes('onceki'))).toEqual([]);
  });

  it('rotates daily backups: one per day, the newest N kept, deterministic with the injected date', () => {
    const folder = defaultBackupFolder(t.path);
    const days = ['2025-06-01', '2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05'];
    for (const today of days) expect(rotateDailyBackup(t.db, { folder, today, keep: 3, key: TEST_DATABASE_KEY }).ok).toBe(true);
    const again = rotateDailyBackup(t.db, { folder, today: '2025-06-05', keep: 3, key: TEST_DATABASE_KEY });
    expect(again).toEqual({ ok: true, value: { created: null, removed: [] } });
    writeFileSync(join(folder, 'elle-alinan.sqlite'), 'x');
    expect(listBackups(folder).map((backup) => backup.path.slice(folder.length + 1))).toEqual([
      'elle-alinan.sqlite',
      'kobi-dosya-2025-06-03.sqlite',
      'kobi-dosya-2025-06-04.sqlite',
      'kobi-dosya-2025-06-05.sqlite',
    ]);
    const next = rotateDailyBackup(t.db, { folder, today: '2025-06-06', keep: 3, key: TEST_DATABASE_KEY });
    expect(next).toMatchObject({ ok: true, value: { removed: [join(folder, 'kobi-dosya-2025-06-03.sqlite')] } });
    expect(existsSync(join(folder, 'elle-alinan.sqlite'))).toBe(true);
  });
});

describe('a corrupt database is never replaced silently — issue 3 item 8', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('names the first problems of a badly damaged file on one line, and counts the rest', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, 'kobi-dosya.sqlite');
    const created = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!created.ok) throw new Error(created.error.message);
    expect(writeDemoData(created.db, { seed: 1, enterprises: 5 }).ok).toBe(true);
    closeDatabase(created.db);
    const bytes = readFileSync(path);
    bytes.fill(0, bytes.length - 3000, bytes.length - 2000);
    writeFileSync(path, bytes);
    const damaged = openDatabase(path, { key: TEST_DATABASE_KEY });
    if (damaged.ok) throw new Error('bozuk dosya açıldı');
    expect(damaged.error.kind).toBe('corrupt');
    expect(damaged.error.detail).not.toContain('\n');
    expect(damaged.error.detail).toMatch(/; … ve \d+ sorun daha$/);
    expect(damaged.error.detail?.split('; ')).toHaveLength(6);
  });

  it('reports the damage; the backup taken before restores the data', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, 'kobi-dosya.sqlite');
    const created = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!created.ok) throw new Error(created.error.message);
    writeSecrets(created.db);
    const folder = defaultBackupFolder(path);
    expect(rotateDailyBackup(created.db, { folder, today: '2025-06-01', keep: 7, key: TEST_DATABASE_KEY }).ok).toBe(true);
    closeDatabase(created.db);
    const bytes = readFileSync(path);
    bytes.fill(0, bytes.length - 3000, bytes.length - 2000);
    writeFileSync(path, bytes);
    expect(openDatabase(path, { key: TEST_DATABASE_KEY, create: true })).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    const [backup] = listBackups(folder);
    if (backup === undefined) throw new Error('yedek yok');
    expect(restoreDatabase(backup.path, path, TEST_DATABASE_KEY, steppingClock()).ok).toBe(true);
    const db = reopenTestDatabase(path);
    expect(unvanOf(db)).toEqual({ unvan: SECRET.unvan });
    closeDatabase(db);
  });
});
