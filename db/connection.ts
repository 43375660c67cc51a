import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { BUSY_MESSAGE, isBusyError } from './busy';
import type { DatabaseKey, KobiDatabase } from './database-types';
import { applyMigrations, MIGRATIONS_FOLDER } from './migrate';
import { rebuildEnterpriseSearchIndex } from './repositories/enterprise-search-index';
import * as schema from './schema';

/**
 * Opening the encrypted case-file database (issue 3 items 2, 3, 8).
 *
 * The file is SQLCipher 4 compatible (better-sqlite3-multiple-ciphers with
 * `cipher='sqlcipher'`, `legacy=4`): every page, the WAL included, is
 * encrypted, so a lost laptop leaks no TCKN, unvan or leave day. Opening never
 * creates an empty database in place of one it cannot read: a missing key, a
 * wrong key, a file that is not a database and a corrupt database are each a
 * typed error with a Turkish message, and a new file is created only when the
 * caller asks for it.
 */

export type { DatabaseKey, KobiDatabase, Orm } from './database-types';

const RAW_KEY = /^[0-9a-fA-F]{64}$/;

/** The key in a text (an environment variable, a key file); `null` when the text holds no key. */
export function databaseKeyFromText(text: string): DatabaseKey | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return RAW_KEY.test(trimmed) ? { kind: 'raw', hex: trimmed.toLowerCase() } : { kind: 'passphrase', passphrase: trimmed };
}

export type DatabaseOpenErrorKind =
  'missing-key' | 'not-found' | 'not-a-database' | 'wrong-key' | 'corrupt' | 'backup-failed' | 'migration-failed' | 'busy';

export type DatabaseOpenError = {
  readonly kind: DatabaseOpenErrorKind;
  readonly path: string;
  /** Turkish, for the person at the keyboard. */
  readonly message: string;
  /** What SQLite said, for the log and the support desk. */
  readonly detail: string | null;
};

export type OpenResult = { readonly ok: true; readonly db: KobiDatabase } | { readonly ok: false; readonly error: DatabaseOpenError };

export type OpenOptions = {
  readonly key: DatabaseKey | null;
  /** Create the file when it does not exist. Never set when opening a file the user named to be read. */
  readonly create?: boolean;
  readonly now?: () => string;
  readonly migrationsFolder?: string;
  /**
   * `full` (the default) runs `PRAGMA integrity_check` at open, as issue 3
   * item 8 asks; `quick` runs `quick_check` (no index-content cross-check),
   * for tools that open a very large file many times, such as benchmarks;
   * `background`: none at open — the app opens a large file at once and runs
   * the checks in a worker thread of its own (electron/services/integrity-check.ts).
   * The key is still proven at open (the pragmas read the first page).
   */
  readonly integrityCheck?: 'full' | 'quick' | 'background';
  /**
   * Runs when an existing file has migrations pending, before any is applied
   * (db/backup.ts `snapshotBeforeMigrations` keeps a copy of the file as it
   * was). Returns `null` to go on, or why not (Turkish): the open then fails
   * with `backup-failed` and the file is left as it was.
   */
  readonly beforeMigrations?: (db: KobiDatabase) => string | null;
  /** How long a statement waits for another connection's write lock before it is busy (default 5,000 ms). */
  readonly busyTimeoutMs?: number;
  /**
   * Runs inside the open after migrations were applied (not when none were
   * pending); a throw fails the open with `migration-failed`. Default:
   * rebuild the enterprise search index from the rows, because a migration
   * may change what the search text is made of (or create the index).
   */
  readonly afterMigrations?: (db: KobiDatabase) => void;
};

/**
 * Pragmas of every connection:
 * - `journal_mode=WAL`: readers (the UI, a CLI) never block the writer, and a
 *   commit is one append to the WAL, atomic even when the process is killed.
 * - `synchronous=FULL`: the WAL is fsynced at every commit. A form the user
 *   saw saved must survive a power cut too; a lost committed form is worse
 *   than a slower write (NORMAL would survive a crash of the app but not of
 *   the machine).
 * - `foreign_keys=ON`: SQLite leaves them off by default.
 * - `busy_timeout`: wait up to 5 s for another process's write (the app and a
 *   CLI) instead of failing at once.
 * - `cache_size`: 64 MiB of page cache per connection instead of SQLite's
 *   default 2 MiB. With 50,000 enterprises the file holds about a million
 *   monthly rows and their audit entries; with the default cache the inbox
 *   pages and imports re-read (and, with SQLCipher, re-decrypt) the same index
 *   pages on every call. A negative value is in KiB; the cache is only
 *   allocated as pages are read, so a small database uses little memory.
 * - `temp_store=MEMORY`: sorts, temporary tables and indexes stay in memory.
 *   SQLite's temporary files are not encrypted: with the default, a large
 *   sort (verify-audit, an index build) wrote plaintext TCKNs to the system
 *   temp folder (issue 12 item 1).
 *
 * The database file, and with it its WAL and shared-memory files (SQLite
 * creates them with the main file's permissions), is readable by its owner
 * only (0600). On Windows the folder's ACL does that job and chmod is a no-op.
 */
const BUSY_TIMEOUT_MS = 5000;
const CACHE_SIZE_KIB = 64 * 1024;

const SQLITE_HEADER = 'SQLite format 3\0';

/** Owner read and write, nothing for group and others. */
export const OWNER_ONLY_FILE_MODE = 0o600;

/** Every connection's guard against plaintext temporary files: the database, backups and restore checks. */
export function keepTemporaryDataInMemory(sqlite: Database.Database): void {
  sqlite.pragma('temp_store = MEMORY');
}

/** Create an empty file readable by its owner only; SQLite (or `VACUUM INTO`) then writes the database into it. */
export function createOwnerOnlyFile(path: string): void {
  closeSync(openSync(path, 'wx', OWNER_ONLY_FILE_MODE));
}

/**
 * Narrow an existing database (and its WAL and shared memory) to its owner,
 * e.g. a file an older version created. Best effort: a file this user does
 * not own, or on a read-only mount, is opened as it is (that is not damage).
 */
export function restrictToOwner(path: string): void {
  if (process.platform === 'win32') return;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      if (existsSync(`${path}${suffix}`)) chmodSync(`${path}${suffix}`, OWNER_ONLY_FILE_MODE);
    } catch {
      // Not ours to change (EPERM, EROFS): the permissions stay as the owner set them.
    }
  }
}

/** The default `afterMigrations` hook: the search index rebuilt from the rows, which are the truth. */
export function rebuildSearchIndexAfterMigrations(db: KobiDatabase): void {
  rebuildEnterpriseSearchIndex(db);
}

export function systemClock(): string {
  return new Date().toISOString();
}

function failure(kind: DatabaseOpenErrorKind, path: string, message: string, detail: string | null = null): OpenResult {
  return { ok: false, error: { kind, path, message, detail } };
}

/** The open failed because another connection held a lock past the busy timeout (db/busy.ts). */
function busyFailure(path: string, error: unknown): OpenResult {
  return failure('busy', path, BUSY_MESSAGE, describe(error));
}

function sqliteCode(error: unknown): string | null {
  return error instanceof Database.SqliteError ? error.code : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The SQLCipher configuration and the key, before any statement reads a page. */
export function applyKey(sqlite: Database.Database, key: DatabaseKey): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  // sqlite3_key through the API takes the key as bytes: no SQL text is built
  // from it, so a quote in a passphrase needs no escaping and cannot inject.
  sqlite.key(Buffer.from(key.kind === 'raw' ? `x'${key.hex}'` : key.passphrase, 'utf8'));
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Why an existing file cannot be a KOBİ Dosya database, before SQLite touches it; `null` when it may be one. */
function precheckExistingFile(path: string): OpenResult | null {
  const stat = statSync(path);
  if (!stat.isFile()) return failure('not-a-database', path, `Veritabanı yolu bir dosya değil: ${path}`);
  if (stat.size === 0) {
    return failure(
      'not-a-database',
      path,
      `Veritabanı dosyası boş: ${path}. Boş bir dosya yeni veritabanı olarak açılmaz; yedekten geri yükleyin.`,
    );
  }
  if (readHeader(path) === SQLITE_HEADER) {
    return failure('not-a-database', path, `Dosya şifrelenmemiş bir SQLite veritabanı, KOBİ Dosya veritabanı değil: ${path}`);
  }
  return null;
}

function integrityProblems(sqlite: Database.Database, mode: 'full' | 'quick'): string[] {
  const rows = sqlite.pragma(mode === 'full' ? 'integrity_check' : 'quick_check', { simple: false });
  // A damaged file can come back as one row holding every problem on its own line.
  const messages = Array.isArray(rows)
    ? rows
        .flatMap((row: unknown) => (row !== null && typeof row === 'object' ? Object.values(row).map(String) : [String(row)]))
        .flatMap((text) => text.split('\n'))
        .filter((line) => line !== '')
    : [];
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

function openConnection(path: string, options: OpenOptions, key: DatabaseKey, existed: boolean): OpenResult {
  const busyTimeout = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  let sqlite: Database.Database;
  try {
    if (!existed) createOwnerOnlyFile(path);
    sqlite = new Database(path, { fileMustExist: existed || options.create !== true, timeout: busyTimeout });
  } catch (error) {
    return failure('not-found', path, `Veritabanı dosyası açılamadı: ${path}`, describe(error));
  }
  const fail = (result: OpenResult): OpenResult => {
    sqlite.close();
    return result;
  };
  try {
    applyKey(sqlite, key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isBusyError(error)) return fail(busyFailure(path, error));
    if (sqliteCode(error) === 'SQLITE_NOTADB') {
      return fail(failure('wrong-key', path, `Veritabanı anahtarı yanlış ya da dosya bozuk: ${path}`, describe(error)));
    }
    return fail(failure('corrupt', path, `Veritabanı okunamadı: ${path}`, describe(error)));
  }
  try {
    keepTemporaryDataInMemory(sqlite);
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
    sqlite.pragma('journal_mode = WAL');
    restrictToOwner(path);
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`cache_size = -${CACHE_SIZE_KIB}`);
    const mode = options.integrityCheck ?? 'full';
    const problems = mode === 'background' ? [] : integrityProblems(sqlite, mode);
    if (problems.length > 0) {
      const more = problems.length > 5 ? `; … ve ${problems.length - 5} sorun daha` : '';
      return fail(
        failure('corrupt', path, `Veritabanı bozuk (bütünlük denetimi başarısız): ${path}`, `${problems.slice(0, 5).join('; ')}${more}`),
      );
    }
  } catch (error) {
    if (isBusyError(error)) return fail(busyFailure(path, error));
    return fail(failure('corrupt', path, `Veritabanı bozuk: ${path}`, describe(error)));
  }
  const db: KobiDatabase = { path, sqlite, orm: drizzle(sqlite, { schema }), now: options.now ?? systemClock };
  let migrated: ReturnType<typeof applyMigrations>;
  try {
    migrated = applyMigrations(db, options.migrationsFolder ?? MIGRATIONS_FOLDER, existed ? options.beforeMigrations : undefined);
    if ('applied' in migrated && migrated.applied > 0) (options.afterMigrations ?? rebuildSearchIndexAfterMigrations)(db);
  } catch (error) {
    if (isBusyError(error)) return fail(busyFailure(path, error));
    return fail(failure('migration-failed', path, `Veritabanı şeması güncellenemedi; veritabanı değiştirilmedi: ${path}`, describe(error)));
  }
  if ('refused' in migrated) {
    return fail(
      failure('backup-failed', path, `Şema güncellemesinden önce yedek alınamadı; veritabanı güncellenmedi: ${path}`, migrated.refused),
    );
  }
  return { ok: true, db };
}

/**
 * Open (or, with `create`, create) the database at `path`: key, verify the key
 * by reading the schema, pragmas, integrity check, pending migrations.
 */
export function openDatabase(path: string, options: OpenOptions): OpenResult {
  const { key } = options;
  if (key === null) {
    return failure('missing-key', path, 'Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.');
  }
  const existed = existsSync(path);
  if (!existed && options.create !== true) return failure('not-found', path, `Veritabanı dosyası bulunamadı: ${path}`);
  if (existed) {
    const problem = precheckExistingFile(path);
    if (problem !== null) return problem;
  }
  return openConnection(path, options, key, existed);
}

export function closeDatabase(db: KobiDatabase): void {
  db.sqlite.close();
}
