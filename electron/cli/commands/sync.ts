import { readSyncStatus } from '../../sync/sync-status';
import { runSync, SyncClient } from '../../sync/sync-client';
import { CliError, type CommandResult } from '../command';
import { closeDatabase } from '../../../db/connection';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';
import { HQ_TOKEN_ENV, resolveHqToken, takeFlag, wholeNumberOption } from '../hq-token';

const USAGE = `sync --db <dosya> --hq <URL> [--once] [--retries N] [--batch N] [--token-file <dosya>] [--key-file <dosya>]   (merkez anahtarı: --token-file ya da ${HQ_TOKEN_ENV}; veritabanı anahtarı: --key-file ya da ${DATABASE_KEY_ENV})`;

function hqUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`--hq geçerli bir adres değil: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--hq http:// ya da https:// ile başlamalı: ${text}`);
  return url.origin;
}

/**
 * `sync --db F --hq URL [--once]` (issue 17 item 2): sends the outbox to
 * headquarters. With `--once` it drains the outbox (retrying a failure up to
 * `--retries` times in a row, with backoff) and exits 0 only when the outbox
 * is empty, 1 otherwise; the last stdout line is the sync status as JSON.
 * Without it, it runs until SIGINT/SIGTERM, a round every 30 s, and writes a
 * Turkish line per round to stderr.
 */
export async function syncCommand(args: readonly string[]): Promise<CommandResult> {
  const once = takeFlag(args, '--once');
  const parsed = parseCommandArgs(USAGE, once.rest, ['db', 'key-file', 'hq', 'token-file', 'retries', 'batch']);
  const url = hqUrl(requireOption(parsed, 'hq', USAGE));
  const token = resolveHqToken(parsed.options['token-file']);
  const retries = wholeNumberOption('retries', parsed.options.retries, 5, 0, 1000);
  const batchSize = wholeNumberOption('batch', parsed.options.batch, 200, 1, 500);
  const db = openCliDatabase(requireOption(parsed, 'db', USAGE), resolveDatabaseKey(parsed.options['key-file']));
  try {
    const client = new SyncClient({ db, hqUrl: url, token, batchSize });
    const stop = new AbortController();
    const onSignal = (): void => {
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const counts = await runSync(client, db, {
        once: once.present,
        maxFailures: retries + 1,
        signal: stop.signal,
        onRound: (outcome, queue) => {
          const head =
            outcome.kind === 'drained'
              ? `Eşitleme: ${outcome.acknowledged} değişiklik merkeze ulaştı`
              : `Eşitleme hatası: ${outcome.failure.message} (${outcome.acknowledged} değişiklik ulaştı)`;
          process.stderr.write(`${head}; bekleyen ${queue.pending}, çakışan ${queue.conflicts}, gönderilemeyen ${queue.blocked}.\n`);
        },
      });
      return { output: JSON.stringify(readSyncStatus(db)), exitCode: counts.pending === 0 ? 0 : 1 };
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  } finally {
    closeDatabase(db);
  }
}
