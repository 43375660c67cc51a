import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import type { DatabaseKey } from '../../db/connection';

/**
 * The database key of the desktop app (issue 3 item 3). Created once at
 * random (256 bits, a raw SQLCipher key), it is stored only encrypted by the
 * operating system's keystore through Electron's `safeStorage` (DPAPI on
 * Windows, Keychain on macOS, libsecret/kwallet on Linux), in a file of its
 * own. Without the logged-in OS user the file is useless, so the key never
 * lies in plaintext next to the data.
 *
 * Written against `SecretProtector`, the part of `safeStorage` it uses, so it
 * runs and is tested under plain Node; the main process passes
 * `electron.safeStorage` itself.
 */
export type SecretProtector = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export type DatabaseKeyErrorKind = 'encryption-unavailable' | 'weak-keystore' | 'key-missing' | 'key-unreadable';

export type DatabaseKeyResult =
  | { readonly ok: true; readonly key: DatabaseKey; readonly created: boolean }
  | { readonly ok: false; readonly kind: DatabaseKeyErrorKind; readonly message: string };

export type DatabaseKeyOptions = {
  readonly protector: SecretProtector;
  /** Where the encrypted key is kept (in the user's profile: `app.getPath('userData')`). */
  readonly keyFile: string;
  /** The database the key opens: if it exists, a missing key file is an error, never a new key. */
  readonly databasePath: string;
  readonly randomBytes?: (size: number) => Buffer;
};

const KEY_BYTES = 32;
const RAW_KEY = /^[0-9a-f]{64}$/;

function writeFileDurably(path: string, content: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.yaziliyor`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

function failure(kind: DatabaseKeyErrorKind, message: string): DatabaseKeyResult {
  return { ok: false, kind, message };
}

/** The key stored in `keyFile`, or a new one created and stored there when there is neither a key file nor a database yet. */
export function loadOrCreateDatabaseKey(options: DatabaseKeyOptions): DatabaseKeyResult {
  const { protector, keyFile } = options;
  if (!protector.isEncryptionAvailable()) {
    return failure('encryption-unavailable', 'İşletim sisteminin anahtar deposu kullanılamıyor; veritabanı anahtarı güvenle saklanamaz.');
  }
  // On Linux without a keyring safeStorage falls back to a fixed, public password: as good as plaintext.
  if (protector.getSelectedStorageBackend?.() === 'basic_text') {
    return failure(
      'weak-keystore',
      'Bu bilgisayarda bir anahtar deposu (GNOME Keyring, KWallet) yok; veritabanı anahtarı düz metin sayılacak biçimde saklanacağı için uygulama açılmadı.',
    );
  }
  if (existsSync(keyFile)) {
    let text: string;
    try {
      text = protector.decryptString(readFileSync(keyFile));
    } catch {
      return failure(
        'key-unreadable',
        `Veritabanı anahtarı çözülemedi (${keyFile}). Anahtar başka bir kullanıcı hesabında ya da bilgisayarda oluşturulmuş olabilir; yeni anahtar oluşturulmadı.`,
      );
    }
    if (!RAW_KEY.test(text)) return failure('key-unreadable', `Veritabanı anahtar dosyası bozuk (${keyFile}); yeni anahtar oluşturulmadı.`);
    return { ok: true, key: { kind: 'raw', hex: text }, created: false };
  }
  if (existsSync(options.databasePath)) {
    return failure(
      'key-missing',
      `Veritabanı var (${options.databasePath}) ama anahtar dosyası yok (${keyFile}); yeni anahtar veritabanını açamayacağı için oluşturulmadı.`,
    );
  }
  const hex = (options.randomBytes ?? cryptoRandomBytes)(KEY_BYTES).toString('hex');
  if (!RAW_KEY.test(hex)) throw new Error('Rastgele anahtar 32 bayt olmalı.');
  writeFileDurably(keyFile, protector.encryptString(hex));
  return { ok: true, key: { kind: 'raw', hex }, created: true };
}
