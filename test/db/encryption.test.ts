import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, databaseKeyFromText, openDatabase } from '../../db/connection';
import { makeTempDir, TEST_DATABASE_KEY } from './helpers';
import { SECRET, secretsInClear, stringsOf, writeSecrets } from './secrets';

/**
 * issue 3 item 3: the database file and its WAL are unreadable without the
 * key. "Readable" is what `strings` (or any byte search) finds: no TCKN, VKN
 * or unvan may appear in clear in any file of the database.
 */
describe('encryption at rest — issue 3 item 3', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function tempPath(name = 'kobi-dosya.sqlite'): string {
    const dir = makeTempDir();
    dirs.push(dir);
    return join(dir, name);
  }

  it('the byte search finds the secrets in an unencrypted database (the check can fail)', () => {
    const path = tempPath('plain.sqlite');
    const plain = new Database(path);
    plain.exec('CREATE TABLE t (v TEXT)');
    for (const value of Object.values(SECRET)) plain.prepare('INSERT INTO t VALUES (?)').run(value);
    plain.close();
    expect(secretsInClear(path)).toEqual(Object.values(SECRET));
    const strings = stringsOf(path);
    if (strings !== null) expect(strings).toContain(SECRET.tckn);
  });

  it('neither the database file nor its WAL holds a TCKN, VKN, unvan or name in clear', () => {
    const path = tempPath();
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!opened.ok) throw new Error(opened.error.message);
    writeSecrets(opened.db);
    // While open, the new pages are in the WAL (not yet checkpointed): check it as it is.
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    for (const file of [path, `${path}-wal`]) {
      expect(secretsInClear(file), file).toEqual([]);
      const strings = stringsOf(file);
      if (strings !== null) for (const value of Object.values(SECRET)) expect(strings, file).not.toContain(value);
    }
    closeDatabase(opened.db);
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(secretsInClear(path)).toEqual([]);
  });

  it('uses SQLCipher 4 settings and opens only with its key', () => {
    const path = tempPath();
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.db.sqlite.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(opened.db.sqlite.pragma('legacy', { simple: true })).toBe('4');
    writeSecrets(opened.db);
    closeDatabase(opened.db);
    const withoutKey = new Database(path, { readonly: true });
    expect(() => withoutKey.prepare('SELECT count(*) FROM enterprises').get()).toThrow(/not a database/);
    withoutKey.close();
    const wrong = databaseKeyFromText('b'.repeat(64));
    expect(openDatabase(path, { key: wrong })).toMatchObject({ ok: false, error: { kind: 'wrong-key' } });
    const right = openDatabase(path, { key: TEST_DATABASE_KEY });
    if (!right.ok) throw new Error(right.error.message);
    expect(right.db.sqlite.prepare('SELECT unvan FROM enterprises').get()).toEqual({ unvan: SECRET.unvan });
    closeDatabase(right.db);
  });

  it.each([
    ['a single quote', "anahtar'ın"],
    ['a double quote', 'şifre "gizli"'],
    ['an SQL fragment', "x'; DROP TABLE enterprises; --"],
  ])('takes a passphrase with %s literally', (_case, passphrase) => {
    const path = tempPath();
    const key = databaseKeyFromText(passphrase);
    expect(key).toEqual({ kind: 'passphrase', passphrase });
    const created = openDatabase(path, { key, create: true });
    if (!created.ok) throw new Error(created.error.message);
    closeDatabase(created.db);
    const again = openDatabase(path, { key: databaseKeyFromText(passphrase) });
    expect(again.ok).toBe(true);
    if (again.ok) closeDatabase(again.db);
    expect(openDatabase(path, { key: databaseKeyFromText(`${passphrase}x`) })).toMatchObject({ ok: false, error: { kind: 'wrong-key' } });
  });

  it('reads 64 hex digits as a raw key and anything else as a passphrase', () => {
    expect(databaseKeyFromText(` ${'A'.repeat(64)}\n`)).toEqual({ kind: 'raw', hex: 'a'.repeat(64) });
    expect(databaseKeyFromText('a'.repeat(63))).toEqual({ kind: 'passphrase', passphrase: 'a'.repeat(63) });
    expect(databaseKeyFromText('  \n')).toBeNull();
  });
});

describe('opening never creates an empty database in place of one it cannot read — issue 3 items 3, 8', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function tempPath(): string {
    const dir = makeTempDir();
    dirs.push(dir);
    return join(dir, 'kobi-dosya.sqlite');
  }
  function filledDatabase(): string {
    const path = tempPath();
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!opened.ok) throw new Error(opened.error.message);
    writeSecrets(opened.db);
    closeDatabase(opened.db);
    return path;
  }

  it('without a key: missing-key, Turkish message, no file', () => {
    const path = tempPath();
    expect(openDatabase(path, { key: null, create: true })).toEqual({
      ok: false,
      error: {
        kind: 'missing-key',
        path,
        message: 'Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.',
        detail: null,
      },
    });
    expect(existsSync(path)).toBe(false);
  });

  it('a missing file is not created unless asked', () => {
    const path = tempPath();
    expect(openDatabase(path, { key: TEST_DATABASE_KEY })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(existsSync(path)).toBe(false);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'not-a-database'],
    ['an unencrypted SQLite header', Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]), 'not-a-database'],
    ['random bytes', Buffer.alloc(8192, 7), 'wrong-key'],
  ] as const)('%s is reported and left untouched, even with create', (_case, content, kind) => {
    const path = tempPath();
    writeFileSync(path, content);
    const result = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect(readFileSync(path).equals(content)).toBe(true);
  });

  it('a wrong key is reported, with the Turkish message, and the file is unchanged', () => {
    const path = filledDatabase();
    const before = readFileSync(path);
    const result = openDatabase(path, { key: databaseKeyFromText('c'.repeat(64)), create: true });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'wrong-key', message: `Veritabanı anahtarı yanlış ya da dosya bozuk: ${path}` },
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a damaged page is found by the integrity check at open: corrupt, not a new database', () => {
    const path = filledDatabase();
    const bytes = readFileSync(path);
    const pageSize = 4096;
    expect(bytes.length).toBeGreaterThan(pageSize * 4);
    // Damage the last page (a data page): page 1 still decrypts, so the key is accepted and only the check finds it.
    bytes.fill(0x5a, bytes.length - pageSize + 100, bytes.length - pageSize + 400);
    writeFileSync(path, bytes);
    const result = openDatabase(path, { key: TEST_DATABASE_KEY });
    expect(result).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('sets WAL, synchronous=FULL, foreign keys and the busy timeout', () => {
    const path = tempPath();
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!opened.ok) throw new Error(opened.error.message);
    const { sqlite } = opened.db;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDatabase(opened.db);
  });
});
