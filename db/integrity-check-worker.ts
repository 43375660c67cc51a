import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { applyKey, type DatabaseKey } from './connection';

/**
 * The full `PRAGMA integrity_check` of an open database, run in a worker
 * thread on a read-only connection of its own (issue 13 item 5): the app
 * opens with `quick_check` and is usable at once, and a problem found here
 * is reported to the user. Posts the problem lines (empty: the file is sound).
 */
type Input = { readonly path: string; readonly key: DatabaseKey };

const { path, key } = workerData as Input;
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
  problems = [`Bütünlük denetimi çalışamadı: ${error instanceof Error ? error.message : String(error)}`];
}
parentPort?.postMessage(problems);
