import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { applyKey, systemClock, type DatabaseKey, type KobiDatabase } from './connection';
import * as schema from './schema';

/**
 * A read-only connection to an open case-file database, for a worker thread
 * that reads while the app writes (WAL: it sees what was committed when each
 * read starts). No migrations, no checks: the app's own connection did those.
 * Writes fail at SQLite, so the repositories' reads are all it can do.
 */
export function openReadOnlyDatabase(path: string, key: DatabaseKey): KobiDatabase {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(sqlite, key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return { path, sqlite, orm: drizzle(sqlite, { schema }), now: systemClock };
}
