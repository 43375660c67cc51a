import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  applyKey,
  createOwnerOnlyFile,
  keepTemporaryDataInMemory,
  restrictToOwner,
  type DatabaseKey,
  type KobiDatabase,
} from './connection';

/**
 * Backups (issue 3 item 8).
 *
 * A backup is a consistent snapshot taken while the app keeps running, and
 * it stays encrypted with the same key. The snapshot is made with SQLite's
 * `VACUUM INTO`, not with the page-copying backup API
 * (better-sqlite3's `db.backup()`): that API opens the target file without a
 * key, and SQLite3 Multiple Ciphers refuses to copy encrypted pages into it
 * ("backup is not supported with incompatible source and target databases"),
 * whereas `VACUUM INTO` writes the snapshot through the source connection's
 * cipher and key. Either way the snapshot is one read transaction: writers go
 * on (WAL) and the copy reflects exactly one committed state.
 *
 * Every file is written under a temporary name, checked, fsynced and then
 * renamed into place, so a crash never leaves a half-written backup under a
 * backup's name, and nothing is ever overwritten in place.
 *
 * Backups are readable by their owner only (0600, in a 0700 folder), and every
 * connection here keeps its temporary data in memory, as the database's own
 * does (db/connection.ts).
 */

export type BackupInfo = { readonly path: string; readonly sizeBytes: number; readonly modifiedAt: string };

export type BackupFailureKind = 'target-exists' | 'wrong-key' | 'not-a-database' | 'corrupt' | 'not-found' | 'in-use' | 'write-failed';

export type BackupResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly kind: BackupFailureKind; readonly message: string };

const DAILY_BACKUP = /^kobi-dosya-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const OWNER_ONLY_FOLDER_MODE = 0o700;

/** Where the app keeps its rotating daily backups, and where the CLI looks for backups to offer: `yedekler/` next to the database. */
export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'yedekler');
}

function fsyncPath(path: string, flags: 'r' | 'r+'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make a rename durable: fsync the folder entry (not possible on Windows, where the rename is already durable). */
function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  fsyncPath(folder, 'r');
}

function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.yaziliyor`);
}

/** An encrypted, read-only look at a database file without changing it (no WAL switch, no migration). */
function inspect(path: string, key: DatabaseKey): BackupResult<Database.Database> {
  if (!existsSync(path)) return { ok: false, kind: 'not-found', message: `Yedek dosyası bulunamadı: ${path}` };
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return {
      ok: false,
      kind: 'not-found',
      message: `Yedek dosyası açılamadı: ${path} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  try {
    applyKey(sqlite, key);
    keepTemporaryDataInMemory(sqlite);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    sqlite.close();
    return {
      ok: false,
      kind: 'wrong-key',
      message: `Yedek dosyası bu anahtarla açılamıyor (anahtar yanlış ya da dosya bir KOBİ Dosya yedeği değil): ${path}`,
    };
  }
  const rows = sqlite.pragma('integrity_check', { simple: false });
  const ok = Array.isArray(rows) && rows.length === 1 && JSON.stringify(rows[0]).includes('"ok"');
  if (!ok) {
    sqlite.close();
    return { ok: false, kind: 'corrupt', message: `Yedek dosyası bozuk (bütünlük denetimi başarısız): ${path}` };
  }
  const hasTables = sqlite
    .prepare<[], { count: number }>("SELECT count(*) AS count FROM sqlite_master WHERE name = '__drizzle_migrations'")
    .get();
  if (hasTables?.count !== 1) {
    sqlite.close();
    return { ok: false, kind: 'not-a-database', message: `Dosya bir KOBİ Dosya veritabanı yedeği değil: ${path}` };
  }
  return { ok: true, value: sqlite };
}

function backupInfo(path: string): BackupInfo {
  const stat = statSync(path);
  return { path, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() };
}

/** VACUUM INTO a temporary file beside `target`, check it opens with the key and is intact, fsync, rename into place. */
function writeCheckedSnapshot(sqlite: Database.Database, target: string, key: DatabaseKey): BackupResult<BackupInfo> {
  const temporary = temporaryPathFor(target);
  rmSync(temporary, { force: true });
  try {
    // VACUUM INTO accepts an empty file: created first, it never exists with wider permissions.
    createOwnerOnlyFile(temporary);
    sqlite.prepare('VACUUM INTO ?').run(temporary);
    restrictToOwner(temporary);
    const check = inspect(temporary, key);
    if (!check.ok) return check;
    check.value.close();
    fsyncPath(temporary, 'r+');
    renameSync(temporary, target);
    fsyncFolder(dirname(target));
  } finally {
    rmSync(temporary, { force: true });
  }
  return { ok: true, value: backupInfo(target) };
}

/** Write an encrypted snapshot of the open database to `target` (which must not exist yet), checked before it is put in place. */
export function backupDatabase(db: KobiDatabase, target: string, key: DatabaseKey): BackupResult<BackupInfo> {
  if (existsSync(target)) return { ok: false, kind: 'target-exists', message: `Hedef dosya zaten var, üzerine yazılmaz: ${target}` };
  try {
    mkdirSync(dirname(target), { recursive: true, mode: OWNER_ONLY_FOLDER_MODE });
    return writeCheckedSnapshot(db.sqlite, target, key);
  } catch (error) {
    // A full disk, a read-only or missing folder: the database itself is untouched.
    return {
      ok: false,
      kind: 'write-failed',
      message: `Yedek yazılamadı: ${target} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * Before a schema upgrade: a checked snapshot of the file as it still is,
 * `kobi-dosya-surum-oncesi-<time>.sqlite` in `folder`, outside the daily
 * rotation (it is never removed by it). For `OpenOptions.beforeMigrations`.
 */
export function snapshotBeforeMigrations(folder: string, key: DatabaseKey): (db: KobiDatabase) => string | null {
  return (db) => {
    const result = backupDatabase(db, join(folder, `kobi-dosya-surum-oncesi-${db.now().replace(/[:.]/g, '-')}.sqlite`), key);
    return result.ok ? null : result.message;
  };
}

/**
 * Whether another connection has the database at `path` open: the app, or a
 * CLI command. Every connection to a WAL database holds a shared lock on the
 * file while it is open, so an exclusive lock (no waiting) is refused exactly
 * then. A file that does not open with the key cannot be open in the app.
 */
export function databaseInUse(path: string, key: DatabaseKey): boolean {
  if (!existsSync(path)) return false;
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    applyKey(sqlite, key);
    keepTemporaryDataInMemory(sqlite);
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('COMMIT');
    return false;
  } catch (error) {
    return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
  } finally {
    sqlite.close();
  }
}

export type RestoreOutcome = { readonly restored: BackupInfo; readonly previousKeptAs: string | null };

/**
 * Put the backup at `from` in place of the database at `to`. The backup is
 * checked first (key, integrity); the current file, if any, is kept beside it
 * as `<to>.onceki-<time>` with its WAL, never deleted. A database that some
 * connection has open (the app, a CLI command) is refused: `in-use`. (The
 * check and the renames are two steps: an app started between them is not
 * seen.) The restored file is upgraded by the next open if it
 * comes from an older schema.
 */
export function restoreDatabase(from: string, to: string, key: DatabaseKey, now: () => string): BackupResult<RestoreOutcome> {
  if (databaseInUse(to, key)) {
    return {
      ok: false,
      kind: 'in-use',
      message: `Veritabanı şu anda açık (KOBİ Dosya uygulaması ya da başka bir komut kullanıyor): ${to}. Geri yüklemeden önce kapatın; dosyaya dokunulmadı.`,
    };
  }
  const backup = inspect(from, key);
  if (!backup.ok) return backup;
  mkdirSync(dirname(to), { recursive: true });
  const incoming = `${to}.geri-yukleniyor`;
  rmSync(incoming, { force: true });
  let written: BackupResult<BackupInfo>;
  try {
    written = writeCheckedSnapshot(backup.value, incoming, key);
  } finally {
    backup.value.close();
  }
  if (!written.ok) return written;
  let previousKeptAs: string | null = null;
  if (existsSync(to)) {
    previousKeptAs = `${to}.onceki-${now().replace(/[:.]/g, '-')}`;
    // The WAL belongs to its main file: both move together, or the next open would replay an old WAL onto the backup.
    for (const suffix of ['-wal', '-shm', '']) {
      if (existsSync(`${to}${suffix}`)) renameSync(`${to}${suffix}`, `${previousKeptAs}${suffix}`);
    }
  }
  renameSync(incoming, to);
  fsyncFolder(dirname(to));
  return { ok: true, value: { restored: backupInfo(to), previousKeptAs } };
}

/** Backup files in a folder (`*.sqlite`), newest name last. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .sort()
    .map((name) => backupInfo(join(folder, name)));
}

export type RotationOutcome = { readonly created: BackupInfo | null; readonly removed: readonly string[] };

/**
 * The app's daily backup: one file per day (`kobi-dosya-YYYY-MM-DD.sqlite`)
 * in `folder`, made once per day, and only the `keep` most recent days kept.
 * `today` is injected (the caller's local date) so the rotation is
 * deterministic. A failed backup removes nothing; a file system error is a
 * `write-failed` result, never a throw (the app's timer calls this).
 */
export function rotateDailyBackup(
  db: KobiDatabase,
  options: { readonly folder: string; readonly today: string; readonly keep: number; readonly key: DatabaseKey },
): BackupResult<RotationOutcome> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error('En az bir günlük yedek tutulmalı.');
  const target = join(options.folder, `kobi-dosya-${options.today}.sqlite`);
  let created: BackupInfo | null = null;
  if (!existsSync(target)) {
    const result = backupDatabase(db, target, options.key);
    if (!result.ok) return result;
    created = result.value;
  }
  const removed: string[] = [];
  try {
    const daily = readdirSync(options.folder)
      .map((name) => ({ name, day: DAILY_BACKUP.exec(name)?.[1] }))
      .filter((entry): entry is { name: string; day: string } => entry.day !== undefined)
      .sort((a, b) => (a.day < b.day ? 1 : -1));
    for (const entry of daily.slice(options.keep)) {
      const path = join(options.folder, entry.name);
      rmSync(path);
      removed.push(path);
    }
  } catch (error) {
    // An old backup that cannot be removed (locked, read-only): today's backup stands; the failure is reported.
    return {
      ok: false,
      kind: 'write-failed',
      message: `Eski günlük yedekler silinemedi: ${options.folder} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return { ok: true, value: { created, removed } };
}
