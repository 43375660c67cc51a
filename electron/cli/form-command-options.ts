import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { closeDatabase, type KobiDatabase } from '../../db/connection';
import { pkcs12Signer, SignerError } from '../pdf/signing/pkcs12-signer';
import type { Signer } from '../pdf/signing/signer';
import { CliError } from './command';
import { openCliDatabase, requireOption, resolveDatabaseKey, type ParsedCommandArgs } from './database-options';

/** What the form commands (export-form, sign-pdf, verify-pdf, export-forms) share. */

export function readInputFile(path: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new CliError(`${what} okunamadı: ${path}`);
  }
}

/** The PKCS#12 signer of `--p12 F --passphrase-env VAR` (the passphrase never on the command line), or undefined when `--p12` is absent. */
export async function signerFromOptions(
  parsed: ParsedCommandArgs<'p12' | 'passphrase-env'>,
  usage: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Signer | undefined> {
  const file = parsed.options.p12;
  if (file === undefined) {
    if (parsed.options['passphrase-env'] !== undefined)
      throw new CliError(`--passphrase-env yalnızca --p12 ile verilir.\nKullanım: ${usage}`);
    return undefined;
  }
  const variable = requireOption(parsed, 'passphrase-env', usage);
  const passphrase = env[variable];
  if (passphrase === undefined) throw new CliError(`${variable} ortam değişkeni tanımlı değil (PKCS#12 parolası).`);
  try {
    return await pkcs12Signer(readInputFile(file, 'PKCS#12 dosyası'), passphrase);
  } catch (error) {
    if (error instanceof SignerError) throw new CliError(error.message);
    throw error;
  }
}

export function positiveId(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new CliError(`--${option} pozitif bir tam sayı olmalı: "${value}"`);
  return Number(value);
}

/** Write a file whole or not at all (a `.part` file renamed into place). */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
  } catch {
    throw new CliError(`Dosya yazılamadı: ${path}`);
  }
}

/** Like `withCliDatabase`, for asynchronous work: the database closes after the work's promise settles. */
export async function withCliDatabaseAsync<T>(
  parsed: ParsedCommandArgs<'db' | 'key-file'>,
  usage: string,
  work: (db: KobiDatabase) => Promise<T>,
): Promise<T> {
  const path = requireOption(parsed, 'db', usage);
  const db = openCliDatabase(path, resolveDatabaseKey(parsed.options['key-file']));
  try {
    return await work(db);
  } finally {
    closeDatabase(db);
  }
}
