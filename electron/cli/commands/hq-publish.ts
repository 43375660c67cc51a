import { readFileSync } from 'node:fs';
import { CliError, type CommandResult } from '../command';
import { parseCommandArgs, requireOption } from '../database-options';

const USAGE = 'hq-publish --data <klasör> [--pg URL] --key-file <Ed25519 özel anahtar PEM> --kind <tür> <içerik.json>';

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`${what} okunamadı: ${path}`);
  }
}

/**
 * `hq-publish --data DIR --key-file K --kind KIND FILE.json` (issue 18 item
 * 1): signs FILE.json's content as one feed item of KIND with the
 * headquarters key K and appends it to the reference server's store (SQLite
 * in DIR, or PostgreSQL with `--pg`). Prints the item's position, sequence,
 * id and key id as one JSON line.
 */
export async function hqPublishCommand(args: readonly string[]): Promise<CommandResult> {
  const { feedSignerFromPem } = await import('../../sync/feed-signature');
  const { FeedPublishError, publishFeedItem } = await import('../../../hq/feed-publish');
  const { openPostgresStore } = await import('../../../hq/postgres-store');
  const { openSqliteStore } = await import('../../../hq/sqlite-store');
  const parsed = parseCommandArgs(USAGE, args, ['data', 'pg', 'key-file', 'kind'], { min: 1, max: 1 });
  const dataDir = requireOption(parsed, 'data', USAGE);
  const kind = requireOption(parsed, 'kind', USAGE);
  const file = parsed.positionals[0] ?? '';
  let signer;
  try {
    signer = feedSignerFromPem(readText(requireOption(parsed, 'key-file', USAGE), 'Yayın anahtarı'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('Yayın anahtarı bir Ed25519 özel anahtarı (PEM) olmalı: openssl genpkey -algorithm ed25519 -out anahtar.pem');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readText(file, 'İçerik dosyası'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`İçerik dosyası geçerli JSON değil: ${file}`);
  }
  const pgUrl = parsed.options.pg ?? null;
  const store = pgUrl === null ? openSqliteStore(dataDir) : await openPostgresStore(pgUrl);
  try {
    const { position, item } = await publishFeedItem(store, signer, kind, payload);
    return { output: JSON.stringify({ position, sequence: item.sequence, id: item.id, kind: item.kind, keyId: item.keyId }), exitCode: 0 };
  } catch (error) {
    if (error instanceof FeedPublishError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
