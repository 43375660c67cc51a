import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { rotateDailyBackup } from './backup';
import { applyKey, closeDatabase, openDatabase, type DatabaseKey } from './connection';

/**
 * The app's background maintenance at start (issue 13 item 5), in a worker
 * thread with connections of its own, so the app is usable at once:
 * 1. the day's backup (`rotateDailyBackup`, when asked: a `VACUUM INTO` of a
 *    large file takes seconds);
 * 2. the full `PRAGMA integrity_check` on a read-only connection (the app
 *    opened with `quick_check`).
 * Posts `{ problems, backup }`: the problem lines (empty: the file is sound)
 * and the backup's failure message, if any.
 */
type Input = {
  readonly path: string;
  readonly key: DatabaseKey;
  readonly backup?: { readonly folder: string; readonly today: string; readonly keep: number };
  /** Where the migrations are when not beside this module (a bundle, a package). */
  readonly migrationsFolder?: string;
};

const { path, key, backup, migrationsFolder } = workerData as Input;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let backupFailure: string | null = null;
if (backup !== undefined) {
  const opened = openDatabase(path, { key, integrityCheck: 'quick', ...(migrationsFolder === undefined ? {} : { migrationsFolder }) });
  if (!opened.ok) backupFailure = opened.error.message;
  else {
    try {
      const result = rotateDailyBackup(opened.db, { ...backup, key });
      if (!result.ok) backupFailure = result.message;
    } finally {
      closeDatabase(opened.db);
    }
  }
}

let problems: string[];
try {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(sqlite, key);
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    problems = rows.flatMap((row) => row.integrity_check.split('\n')).filter((line) => line !== 'ok' && line.trim() !== '');
  } finally {
    sqlite.close();
  }
} catch (error) {
  problems = [`Bütünlük denetimi çalışamadı: ${describe(error)}`];
}
parentPort?.postMessage({ problems, backup: backupFailure });
