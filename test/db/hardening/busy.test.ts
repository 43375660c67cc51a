import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { BUSY_MESSAGE, DatabaseBusyError, isBusyError } from '../../../db/busy';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import { CLI_ERROR_LOG_FILE, EXIT_BUSY, EXIT_INTERNAL, lastResort, LOG_DIR_ENV } from '../../../electron/cli/last-resort';
import { CliError } from '../../../electron/cli/command';
import { FIRST_MIGRATION_FIXTURE } from '../create-first-migration-fixture';
import {
  makeTempDir,
  openTestDatabase,
  steppingClock,
  TEST_ACTOR,
  TEST_DATABASE_KEY,
  TEST_DATABASE_KEY_HEX,
  type TestDatabase,
} from '../helpers';

/** Issue 12 item 3: a busy database is a typed `busy` error with a Turkish message, retried where safe, never a stack trace. */

const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

/** Another process takes the write lock and keeps it for `holdMs`; resolves once it holds it. */
async function lockInAnotherProcess(path: string, holdMs: number): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.pragma("cipher = 'sqlcipher'"); db.pragma('legacy = 4'); db.key(Buffer.from("x'${TEST_DATABASE_KEY_HEX}'"));
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('kilitli\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => {
      resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`kilit süreci çıktı: ${String(code)}`));
    });
  });
  return child;
}

function userCount(db: KobiDatabase): number {
  return (db.sqlite.prepare('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log) AS n').get() as { n: number }).n;
}

function addUser(db: KobiDatabase, username: string): void {
  withWrite(db, TEST_ACTOR, (w) => createUser(w, { username, fullName: 'Deneme Kullanıcı', role: 'sorumlu_personel' }));
}

describe('two writers at once — issue 12 item 3', () => {
  let t: TestDatabase;
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
    t.dispose();
  });

  function second(busyTimeoutMs: number): KobiDatabase {
    const opened = openDatabase(t.path, { key: TEST_DATABASE_KEY, now: steppingClock(), busyTimeoutMs });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.db;
  }

  it('the writer that waits past the busy timeout gets DatabaseBusyError in Turkish, and nothing is written', () => {
    t = openTestDatabase();
    const other = second(100);
    t.db.sqlite.exec('BEGIN IMMEDIATE');
    const before = userCount(other);
    let caught: unknown;
    try {
      addUser(other, 'ikinci');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseBusyError);
    expect(caught).toMatchObject({ kind: 'busy', message: 'Başka bir işlem yazıyor, biraz sonra tekrar deneyin.' });
    t.db.sqlite.exec('ROLLBACK');
    expect(userCount(other)).toBe(before);
    expect(verifyAudit(other).ok).toBe(true);
    closeDatabase(other);
  });

  it('BEGIN is tried once more: a lock released within the second wait lets the write through', async () => {
    t = openTestDatabase();
    closeDatabase(t.db);
    children.push(await lockInAnotherProcess(t.path, 600));
    const db = second(450);
    addUser(db, 'sabirli');
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM users WHERE username = 'sabirli'").get()).toEqual({ n: 1 });
    expect(verifyAudit(db).ok).toBe(true);
    closeDatabase(db);
  });

  it('an open that must upgrade a file another process is writing answers `busy`, and the file stays as it was', async () => {
    t = openTestDatabase();
    closeDatabase(t.db);
    const old = join(t.dir, 'eski.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, old);
    const before = readFileSync(old);
    children.push(await lockInAnotherProcess(old, 5000));
    const opened = openDatabase(old, { key: TEST_DATABASE_KEY, busyTimeoutMs: 100 });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect([opened.error.kind, opened.error.message]).toEqual(['busy', BUSY_MESSAGE]);
    expect(readFileSync(old).equals(before)).toBe(true);
  });

  it('isBusyError knows SQLite busy and locked errors only', () => {
    t = openTestDatabase();
    const other = second(0);
    t.db.sqlite.exec('BEGIN IMMEDIATE');
    let caught: unknown;
    try {
      other.sqlite.exec('BEGIN IMMEDIATE');
    } catch (error) {
      caught = error;
    }
    t.db.sqlite.exec('ROLLBACK');
    expect(isBusyError(caught)).toBe(true);
    expect(isBusyError(new Error('SQLITE_BUSY'))).toBe(false);
    closeDatabase(other);
  });
});

describe("the CLI's last resort — issue 12 item 3", () => {
  it('an unexpected error: a stack-free Turkish message naming the log, where the stack goes', () => {
    const logs = makeTempDir();
    const outcome = lastResort(new TypeError("Cannot read properties of undefined (reading 'id')"), 'import-sgk', { [LOG_DIR_ENV]: logs });
    expect(outcome.exitCode).toBe(EXIT_INTERNAL);
    expect(outcome.stderr).toBe(
      `Hata: beklenmeyen bir sorun oluştu ve komut yarıda kaldı. Ayrıntılar şu dosyaya yazıldı: ${join(logs, CLI_ERROR_LOG_FILE)}\n` +
        'Veritabanına yapılan yazma işlemleri tamamlanmadıysa geri alınmıştır.\n',
    );
    const log = readFileSync(join(logs, CLI_ERROR_LOG_FILE), 'utf8');
    expect(log).toContain('komut: import-sgk');
    expect(log).toMatch(/TypeError: Cannot read properties of undefined \(reading 'id'\)\n\s+at /);
  });

  it('a busy database: the Turkish message, exit 75; a usage error: exit 2', () => {
    const logs = makeTempDir();
    const busy = lastResort(new DatabaseBusyError(new Error('database is locked')), 'demo-data', { [LOG_DIR_ENV]: logs });
    expect([busy.stderr, busy.exitCode]).toEqual([`Hata: ${BUSY_MESSAGE}\n`, EXIT_BUSY]);
    expect(lastResort(new CliError('--db seçeneği gerekli.'), 'cases', { [LOG_DIR_ENV]: logs })).toEqual({
      stderr: 'Hata: --db seçeneği gerekli.\n',
      exitCode: 2,
      logFile: null,
    });
  });

  it('a CLI write while another process holds the lock ends in Turkish on stderr, exit 75, no stack', async () => {
    const t = openTestDatabase();
    const logs = makeTempDir();
    try {
      closeDatabase(t.db);
      const child = await lockInAnotherProcess(t.path, 20_000);
      try {
        const result = spawnSync(
          process.execPath,
          ['--import', 'tsx', join(REPOSITORY_ROOT, 'electron', 'cli', 'main.ts'), 'demo-data', '--db', t.path, '--enterprises', '1'],
          {
            cwd: REPOSITORY_ROOT,
            env: { ...process.env, KOBI_DOSYA_DB_KEY: TEST_DATABASE_KEY_HEX, [LOG_DIR_ENV]: logs },
            encoding: 'utf8',
          },
        );
        expect([result.status, result.stderr, result.stdout]).toEqual([EXIT_BUSY, `Hata: ${BUSY_MESSAGE}\n`, '']);
        expect(readFileSync(join(logs, CLI_ERROR_LOG_FILE), 'utf8')).toContain('SqliteError');
      } finally {
        child.kill();
      }
    } finally {
      t.dispose();
    }
  });
});
