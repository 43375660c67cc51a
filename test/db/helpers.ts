import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type DatabaseKey, type KobiDatabase, type OpenOptions } from '../../db/connection';
import type { Actor } from '../../db/write-context';

/**
 * The key of every test database and of the committed fixtures under
 * test/fixtures/db/: 64 hex digits, so a raw SQLCipher key (no key
 * derivation, fast opens). It protects nothing; never use it for real data.
 */
export const TEST_DATABASE_KEY_HEX = '6b6f62692d646f7379612d746573742d616e61687461722d6b756c6c616e6d61';
export const TEST_DATABASE_KEY: DatabaseKey = { kind: 'raw', hex: TEST_DATABASE_KEY_HEX };

export const TEST_ACTOR: Actor = { kind: 'system', name: 'test' };

/** A deterministic clock: `start`, then one second later at every call. */
export function steppingClock(start = '2025-06-02T07:30:00.000Z', stepMs = 1000): () => string {
  let next = Date.parse(start);
  return () => {
    const value = new Date(next).toISOString();
    next += stepMs;
    return value;
  };
}

export function makeTempDir(prefix = 'kobi-dosya-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type TestDatabase = {
  readonly db: KobiDatabase;
  readonly path: string;
  readonly dir: string;
  /** Close the database and delete its temporary folder. */
  readonly dispose: () => void;
};

/**
 * A new encrypted database file in a fresh temporary folder, migrated to the
 * latest schema, with a stepping clock. Call `dispose()` when done (afterEach).
 */
export function openTestDatabase(
  options: { readonly now?: () => string; readonly fileName?: string } & Partial<Pick<OpenOptions, 'integrityCheck'>> = {},
): TestDatabase {
  const dir = makeTempDir();
  const path = join(dir, options.fileName ?? 'kobi-dosya.sqlite');
  const opened = openDatabase(path, {
    key: TEST_DATABASE_KEY,
    create: true,
    now: options.now ?? steppingClock(),
    ...(options.integrityCheck === undefined ? {} : { integrityCheck: options.integrityCheck }),
  });
  if (!opened.ok) throw new Error(`Test veritabanı açılamadı: ${opened.error.message} ${opened.error.detail ?? ''}`);
  const { db } = opened;
  return {
    db,
    path,
    dir,
    dispose: () => {
      if (db.sqlite.open) closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Re-open an existing test database file (after closing it), e.g. to check what was committed. */
export function reopenTestDatabase(path: string, now: () => string = steppingClock()): KobiDatabase {
  const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now });
  if (!opened.ok) throw new Error(`Test veritabanı yeniden açılamadı: ${opened.error.message} ${opened.error.detail ?? ''}`);
  return opened.db;
}
