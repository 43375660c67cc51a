import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/command';
import { DATABASE_KEY_ENV, MAX_KEY_FILE_BYTES, resolveDatabaseKey } from '../../../electron/cli/database-options';
import { makeTempDir, TEST_DATABASE_KEY, TEST_DATABASE_KEY_HEX } from '../../db/helpers';

/** Issue 12 item 1: the key file and the key variable. */
describe('the database key of the CLI — issue 12 item 1', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function messageOf(work: () => unknown): string {
    try {
      work();
    } catch (error) {
      if (error instanceof CliError) return error.message;
      throw error;
    }
    return 'hata yok';
  }

  it('reads an owner-only key file', () => {
    const file = join(dir, 'anahtar');
    writeFileSync(file, `${TEST_DATABASE_KEY_HEX}\n`, { mode: 0o600 });
    expect(resolveDatabaseKey(file, {})).toEqual(TEST_DATABASE_KEY);
  });

  it.each([
    ['group-readable', 0o640, '0640'],
    ['world-readable', 0o604, '0604'],
    ['group-writable', 0o620, '0620'],
  ])('refuses a %s key file with a Turkish message', (_case, permissions, shown) => {
    const file = join(dir, 'anahtar');
    writeFileSync(file, TEST_DATABASE_KEY_HEX);
    chmodSync(file, permissions);
    expect(messageOf(() => resolveDatabaseKey(file, {}))).toBe(
      `Anahtar dosyasını sahibinden başkaları da okuyabiliyor (izinler ${shown}): ${file}. Yalnızca sahibine açın: chmod 600 ${file}`,
    );
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'kanal');
    expect(spawnSync('mkfifo', ['-m', '600', fifo]).status).toBe(0);
    expect(messageOf(() => resolveDatabaseKey(fifo, {}))).toBe(
      `Anahtar dosyası normal bir dosya değil (aygıt, kanal ya da klasör): ${fifo}`,
    );
  });

  it.each([['/dev/zero'], ['/dev/urandom']])('refuses a device (%s), which would never end', (device) => {
    expect(messageOf(() => resolveDatabaseKey(device, {}))).toBe(
      `Anahtar dosyası normal bir dosya değil (aygıt, kanal ya da klasör): ${device}`,
    );
  });

  it('refuses a key file larger than a key can be', () => {
    const file = join(dir, 'anahtar');
    writeFileSync(file, 'a'.repeat(MAX_KEY_FILE_BYTES + 1), { mode: 0o600 });
    expect(messageOf(() => resolveDatabaseKey(file, {}))).toMatch(/^Anahtar dosyası çok büyük/);
  });

  it('removes KOBI_DOSYA_DB_KEY from the environment once read, whichever source wins', () => {
    const env: NodeJS.ProcessEnv = { [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX, PATH: '/usr/bin' };
    expect(resolveDatabaseKey(undefined, env)).toEqual(TEST_DATABASE_KEY);
    expect(env).toEqual({ PATH: '/usr/bin' });
    const file = join(dir, 'anahtar');
    writeFileSync(file, TEST_DATABASE_KEY_HEX, { mode: 0o600 });
    const both: NodeJS.ProcessEnv = { [DATABASE_KEY_ENV]: 'başka bir parola' };
    expect(resolveDatabaseKey(file, both)).toEqual(TEST_DATABASE_KEY);
    expect(DATABASE_KEY_ENV in both).toBe(false);
  });

  it('the process itself no longer carries the variable (what a child process would inherit)', () => {
    process.env[DATABASE_KEY_ENV] = TEST_DATABASE_KEY_HEX;
    expect(resolveDatabaseKey(undefined)).toEqual(TEST_DATABASE_KEY);
    expect(process.env[DATABASE_KEY_ENV]).toBeUndefined();
    const child = spawnSync(process.execPath, ['-e', `process.stdout.write(String(process.env.${DATABASE_KEY_ENV}))`], {
      encoding: 'utf8',
    });
    expect(child.stdout).toBe('undefined');
  });
});
