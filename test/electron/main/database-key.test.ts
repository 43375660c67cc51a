import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../db/connection';
import { loadOrCreateDatabaseKey, type SecretProtector } from '../../../electron/main/database-key';
import { makeTempDir } from '../../db/helpers';

/** A stand-in for Electron's safeStorage: AES-256-GCM under a secret only this "OS user" has. */
function testProtector(
  options: { readonly available?: boolean; readonly backend?: 'basic_text' | 'gnome_libsecret' } = {},
): SecretProtector & { calls: string[] } {
  const secret = randomBytes(32);
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => options.available ?? true,
    ...(options.backend === undefined ? {} : { getSelectedStorageBackend: () => options.backend ?? 'unknown' }),
    encryptString: (plain: string) => {
      calls.push('encrypt');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString: (encrypted: Buffer) => {
      calls.push('decrypt');
      const decipher = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

describe('database key in the OS keystore — issue 3 item 3', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function paths(): { keyFile: string; databasePath: string } {
    const dir = makeTempDir();
    dirs.push(dir);
    return { keyFile: join(dir, 'anahtar', 'veritabani-anahtari.bin'), databasePath: join(dir, 'kobi-dosya.sqlite') };
  }

  it('creates a random raw key once, stores it only encrypted, and reads the same key back', () => {
    const protector = testProtector();
    const where = paths();
    const first = loadOrCreateDatabaseKey({ protector, ...where });
    if (!first.ok || first.key.kind !== 'raw') throw new Error('anahtar oluşturulmadı');
    expect(first.created).toBe(true);
    expect(first.key.hex).toMatch(/^[0-9a-f]{64}$/);
    const stored = readFileSync(where.keyFile);
    expect(stored.includes(Buffer.from(first.key.hex))).toBe(false);
    expect(stored.toString('latin1')).not.toContain(first.key.hex.slice(0, 16));
    const second = loadOrCreateDatabaseKey({ protector, ...where });
    expect(second).toEqual({ ok: true, key: first.key, created: false });
    expect(protector.calls).toEqual(['encrypt', 'decrypt']);
  });

  it('opens the database it created with the key it keeps', () => {
    const protector = testProtector();
    const where = paths();
    const created = loadOrCreateDatabaseKey({ protector, ...where });
    if (!created.ok) throw new Error(created.message);
    const first = openDatabase(where.databasePath, { key: created.key, create: true });
    if (!first.ok) throw new Error(first.error.message);
    closeDatabase(first.db);
    const again = loadOrCreateDatabaseKey({ protector, ...where });
    if (!again.ok) throw new Error(again.message);
    const reopened = openDatabase(where.databasePath, { key: again.key });
    expect(reopened.ok).toBe(true);
    if (reopened.ok) closeDatabase(reopened.db);
  });

  it.each([
    ['the keystore is unavailable', { available: false }, 'encryption-unavailable'],
    ['Linux has no keyring (basic_text)', { backend: 'basic_text' }, 'weak-keystore'],
  ] as const)('refuses to store a key when %s', (_case, options, kind) => {
    const where = paths();
    expect(loadOrCreateDatabaseKey({ protector: testProtector(options), ...where })).toMatchObject({ ok: false, kind });
    expect(existsSync(where.keyFile)).toBe(false);
  });

  it('accepts a real keyring on Linux', () => {
    expect(loadOrCreateDatabaseKey({ protector: testProtector({ backend: 'gnome_libsecret' }), ...paths() })).toMatchObject({
      ok: true,
      created: true,
    });
  });

  it('never makes a new key for an existing database whose key file is missing', () => {
    const where = paths();
    writeFileSync(where.databasePath, 'x');
    expect(loadOrCreateDatabaseKey({ protector: testProtector(), ...where })).toMatchObject({ ok: false, kind: 'key-missing' });
    expect(existsSync(where.keyFile)).toBe(false);
  });

  it('reports a key file another OS user encrypted, and leaves it as it is', () => {
    const where = paths();
    const created = loadOrCreateDatabaseKey({ protector: testProtector(), ...where });
    expect(created.ok).toBe(true);
    const before = readFileSync(where.keyFile);
    expect(loadOrCreateDatabaseKey({ protector: testProtector(), ...where })).toMatchObject({ ok: false, kind: 'key-unreadable' });
    expect(readFileSync(where.keyFile).equals(before)).toBe(true);
  });
});
