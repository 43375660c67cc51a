import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBackupFolder, listBackups, snapshotBeforeMigrations } from '../../db/backup';
import {
  closeDatabase,
  databaseKeyFromText,
  openDatabase,
  type DatabaseKey,
  type DatabaseOpenError,
  type KobiDatabase,
} from '../../db/connection';
import { CliError } from './command';

/**
 * What every database command of the CLI shares: option parsing, the
 * database key, and opening the file with Turkish messages.
 *
 * The key comes from `--key-file F` (the file's text, surrounding whitespace
 * ignored) or from the `KOBI_DOSYA_DB_KEY` environment variable; when both
 * are given, `--key-file` wins, because an option typed for this command is
 * more deliberate than a variable left in the shell. 64 hex digits are a raw
 * key (what the app generates); any other text is a passphrase.
 */

export const DATABASE_KEY_ENV = 'KOBI_DOSYA_DB_KEY';

export type ParsedCommandArgs<Name extends string> = {
  readonly options: Partial<Record<Name, string>>;
  readonly positionals: readonly string[];
};

function quotedName(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? '';
}

function turkishParseError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Bilinmeyen seçenek: ${quotedName(message)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Seçeneğin değeri eksik: ${quotedName(message) || message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Beklenmeyen argüman: ${quotedName(message)}`;
    default:
      return message;
  }
}

/**
 * Parse `--name value` options (all take a value) and positional arguments;
 * a usage error is a `CliError` that ends with the command's usage line.
 */
export function parseCommandArgs<const Name extends string>(
  usage: string,
  args: readonly string[],
  names: readonly Name[],
  positionals: { readonly min: number; readonly max: number } = { min: 0, max: 0 },
): ParsedCommandArgs<Name> {
  const options: Record<string, { type: 'string' }> = {};
  for (const name of names) options[name] = { type: 'string' };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${turkishParseError(error)}\nKullanım: ${usage}`);
  }
  if (parsed.positionals.length < positionals.min || parsed.positionals.length > positionals.max) {
    throw new CliError(`Argüman sayısı yanlış.\nKullanım: ${usage}`);
  }
  const values: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = parsed.values[name];
    if (typeof value === 'string') values[name] = value;
  }
  return { options: values, positionals: parsed.positionals };
}

export function requireOption<Name extends string>(parsed: ParsedCommandArgs<Name>, name: Name, usage: string): string {
  const value = parsed.options[name];
  if (value === undefined || value === '') throw new CliError(`--${name} seçeneği gerekli.\nKullanım: ${usage}`);
  return value;
}

/** A key is 64 hex digits or a passphrase: a longer file is not a key file. */
export const MAX_KEY_FILE_BYTES = 4096;

/**
 * The text of a `--key-file`, refused unless it is a regular file (a FIFO or
 * a device would block the read or never end), at most 4 KiB, and readable by
 * its owner only (like ssh's private keys). The file is opened non-blocking
 * and checked through its descriptor, so what is checked is what is read.
 * Windows has no such permission bits (its ACLs are not seen here).
 */
function readKeyFile(keyFile: string): string {
  let fd: number;
  try {
    // On Windows O_NONBLOCK is undefined, which a bitwise or reads as 0.
    fd = openSync(keyFile, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new CliError(`Anahtar dosyası okunamadı: ${keyFile}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError(`Anahtar dosyası normal bir dosya değil (aygıt, kanal ya da klasör): ${keyFile}`);
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      throw new CliError(
        `Anahtar dosyasını sahibinden başkaları da okuyabiliyor (izinler ${(stat.mode & 0o777).toString(8).padStart(4, '0')}): ${keyFile}. ` +
          `Yalnızca sahibine açın: chmod 600 ${keyFile}`,
      );
    }
    if (stat.size > MAX_KEY_FILE_BYTES)
      throw new CliError(`Anahtar dosyası çok büyük (${stat.size} bayt; en fazla ${MAX_KEY_FILE_BYTES}): ${keyFile}`);
    const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    if (read > MAX_KEY_FILE_BYTES) throw new CliError(`Anahtar dosyası çok büyük (en fazla ${MAX_KEY_FILE_BYTES} bayt): ${keyFile}`);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The database key from `--key-file` or, failing that, `KOBI_DOSYA_DB_KEY`.
 * The variable is removed from `env` once read (whichever source wins), so no
 * child process and no crash report of this process carries the key.
 */
export function resolveDatabaseKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseKey {
  const fromEnvironment = env[DATABASE_KEY_ENV] ?? '';
  Reflect.deleteProperty(env, DATABASE_KEY_ENV);
  if (keyFile !== undefined) {
    const key = databaseKeyFromText(readKeyFile(keyFile));
    if (key === null) throw new CliError(`Anahtar dosyası boş: ${keyFile}`);
    return key;
  }
  const key = databaseKeyFromText(fromEnvironment);
  if (key === null) throw new CliError('Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.');
  return key;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The Turkish message of a failed open; for an unreadable file, how to restore and which backups exist. */
export function openErrorMessage(error: DatabaseOpenError): string {
  const lines = [error.detail === null ? error.message : `${error.message} (${error.detail})`];
  if (error.kind === 'wrong-key' || error.kind === 'corrupt' || error.kind === 'not-a-database') {
    const folder = defaultBackupFolder(error.path);
    const backups = listBackups(folder);
    lines.push('Yeni boş bir veritabanı oluşturulmadı; mevcut dosyaya dokunulmadı.');
    lines.push(`Yedekten geri yüklemek için: npm run --silent cli -- restore --from <yedek dosyası> --db ${error.path}`);
    if (backups.length === 0) lines.push(`Yedek bulunamadı (${folder}).`);
    else {
      lines.push(`Mevcut yedekler (${folder}):`);
      for (const backup of backups) lines.push(`  ${relative(folder, backup.path)}  ${backup.modifiedAt}  ${formatSize(backup.sizeBytes)}`);
    }
  }
  return lines.join('\n');
}

/** Open a database for a CLI command (an older schema is backed up to `yedekler/` before it is upgraded); any failure is a `CliError` with the Turkish message. */
export function openCliDatabase(path: string, key: DatabaseKey, options: { readonly create?: boolean } = {}): KobiDatabase {
  const opened = openDatabase(path, {
    key,
    create: options.create === true,
    beforeMigrations: snapshotBeforeMigrations(defaultBackupFolder(path), key),
  });
  if (!opened.ok) throw new CliError(openErrorMessage(opened.error));
  return opened.db;
}

/** Run `work` on the database named by `--db` with the key of `--key-file` / the environment, closing it afterwards. */
export function withCliDatabase<T>(
  parsed: ParsedCommandArgs<'db' | 'key-file'>,
  usage: string,
  work: (db: KobiDatabase, key: DatabaseKey) => T,
  options: { readonly create?: boolean; readonly env?: NodeJS.ProcessEnv } = {},
): T {
  const path = requireOption(parsed, 'db', usage);
  const key = resolveDatabaseKey(parsed.options['key-file'], options.env);
  const db = openCliDatabase(path, key, options);
  try {
    return work(db, key);
  } finally {
    closeDatabase(db);
  }
}
