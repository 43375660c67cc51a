import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { databaseKeyFromText, type DatabaseKey } from '../../db/connection';

/**
 * Where the app keeps its database outside Electron (browser mode, `npm
 * start` without an Electron binary): the user's data folder (env-paths:
 * `%APPDATA%\kobi-dosya` on Windows, `$XDG_DATA_HOME/kobi-dosya` on Linux).
 * The key comes from `KOBI_DOSYA_DB_KEY`, else from a key file created with
 * owner-only permissions (0600) beside the database. (In Electron the key is
 * kept by the OS keystore instead: electron/main/database-key.ts.)
 */
export const DATABASE_KEY_ENV = 'KOBI_DOSYA_DB_KEY';
export const DATABASE_FILE_NAME = 'kobi-dosya.sqlite';
export const KEY_FILE_NAME = 'kobi-dosya.anahtar';

export function defaultDataFolder(): string {
  return envPaths('kobi-dosya', { suffix: '' }).data;
}

export function defaultDatabasePath(): string {
  return join(defaultDataFolder(), DATABASE_FILE_NAME);
}

export function keyFileBeside(databasePath: string): string {
  return join(dirname(databasePath), KEY_FILE_NAME);
}

export type KeyResult =
  { readonly ok: true; readonly key: DatabaseKey; readonly source: string } | { readonly ok: false; readonly message: string };

export function browserModeKey(databasePath: string, env: NodeJS.ProcessEnv = process.env): KeyResult {
  const fromEnv = env[DATABASE_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const key = databaseKeyFromText(fromEnv);
    if (key !== null) return { ok: true, key, source: DATABASE_KEY_ENV };
  }
  const keyFile = keyFileBeside(databasePath);
  if (existsSync(keyFile)) {
    const key = databaseKeyFromText(readFileSync(keyFile, 'utf8'));
    if (key === null) return { ok: false, message: `Anahtar dosyası boş: ${keyFile}` };
    return { ok: true, key, source: keyFile };
  }
  if (existsSync(databasePath)) {
    return {
      ok: false,
      message: `Veritabanı var ama anahtarı yok: ${DATABASE_KEY_ENV} ortam değişkenini verin ya da anahtar dosyasını (${keyFile}) yerine koyun. Yeni anahtar oluşturulmadı.`,
    };
  }
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  const hex = randomBytes(32).toString('hex');
  writeFileSync(keyFile, `${hex}\n`, { mode: 0o600, flag: 'wx' });
  return { ok: true, key: { kind: 'raw', hex }, source: keyFile };
}
