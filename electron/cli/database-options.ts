import { readFileSync } from 'node:fs';
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

/** The database key from `--key-file` or, failing that, `KOBI_DOSYA_DB_KEY`. */
export function resolveDatabaseKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseKey {
  if (keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8');
    } catch {
      throw new CliError(`Anahtar dosyası okunamadı: ${keyFile}`);
    }
    const key = databaseKeyFromText(text);
    if (key === null) throw new CliError(`Anahtar dosyası boş: ${keyFile}`);
    return key;
  }
  const key = databaseKeyFromText(env[DATABASE_KEY_ENV] ?? '');
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
