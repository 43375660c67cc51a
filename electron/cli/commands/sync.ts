import { DEFAULT_REMOVAL_SHARE, type FeedPullOptions } from '../../sync/feed-client';
import { feedPins, hqOrigin } from '../../sync/branch-settings';
import { readSyncStatus } from '../../sync/sync-status';
import { replicationSummary } from '../../sync/replication-status';
import { runSync, SyncClient } from '../../sync/sync-client';
import { CliError, type CommandResult } from '../command';
import { closeDatabase } from '../../../db/connection';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';
import { HQ_TOKEN_ENV, resolveHqToken, takeFlag, wholeNumberOption } from '../hq-token';

const USAGE = `sync --db <dosya> --hq <URL> [--once] [--retries N] [--batch N] [--token-file <dosya>] [--key-file <dosya>] [--feed-keys <PEM> [--removal-share R] [--confirm-feed-item ID --as-user <yönetici>]]   (merkez anahtarı: --token-file ya da ${HQ_TOKEN_ENV}; veritabanı anahtarı: --key-file ya da ${DATABASE_KEY_ENV})`;

function hqUrl(text: string): string {
  const origin = hqOrigin(text, '--hq');
  if (!origin.ok) throw new CliError(origin.message);
  return origin.origin;
}

function feedOptions(
  options: Partial<Record<'feed-keys' | 'removal-share' | 'confirm-feed-item' | 'as-user', string>>,
): FeedPullOptions | null {
  const keysFile = options['feed-keys'];
  if (keysFile === undefined) {
    if (options['confirm-feed-item'] !== undefined || options['removal-share'] !== undefined)
      throw new CliError('--confirm-feed-item ve --removal-share yalnızca --feed-keys ile kullanılabilir.');
    return null;
  }
  const pinned = feedPins(keysFile);
  if (!pinned.ok) throw new CliError(pinned.message);
  const shareText = options['removal-share'];
  const removalShare = shareText === undefined ? DEFAULT_REMOVAL_SHARE : Number(shareText);
  if (!/^(0|1|0?\.\d+)$/.test(shareText ?? '0') || removalShare < 0 || removalShare > 1)
    throw new CliError(`--removal-share 0 ile 1 arasında bir oran olmalı: ${shareText ?? ''}`);
  const itemId = options['confirm-feed-item'];
  const username = options['as-user'];
  if ((itemId === undefined) !== (username === undefined)) throw new CliError('--confirm-feed-item ile --as-user birlikte verilmeli.');
  return {
    pins: pinned.feed.pins,
    removalShare,
    ...(itemId !== undefined && username !== undefined ? { confirm: { itemId, username } } : {}),
  };
}

/**
 * `sync --db F --hq URL [--once]` (issue 17 item 2): sends the outbox to
 * headquarters. With `--once` it drains the outbox (retrying a failure up to
 * `--retries` times in a row, with backoff) and exits 0 only when the outbox
 * is empty, 1 otherwise; the last stdout line is the sync status as JSON.
 * Without it, it runs until SIGINT/SIGTERM, a round every 30 s, and writes a
 * Turkish line per round to stderr. With `--feed-keys F` (the pinned
 * headquarters public keys, PEM) each round also pulls the signed reference
 * feed once the outbox is empty; the status JSON then has `feed`, and the exit
 * status is 0 only when the feed was read to its end.
 */
export async function syncCommand(args: readonly string[]): Promise<CommandResult> {
  const once = takeFlag(args, '--once');
  const parsed = parseCommandArgs(USAGE, once.rest, [
    'db',
    'key-file',
    'hq',
    'token-file',
    'retries',
    'batch',
    'feed-keys',
    'removal-share',
    'confirm-feed-item',
    'as-user',
  ]);
  const feed = feedOptions(parsed.options);
  const url = hqUrl(requireOption(parsed, 'hq', USAGE));
  const token = resolveHqToken(parsed.options['token-file']);
  const retries = wholeNumberOption('retries', parsed.options.retries, 5, 0, 1000);
  const batchSize = wholeNumberOption('batch', parsed.options.batch, 200, 1, 500);
  const db = openCliDatabase(requireOption(parsed, 'db', USAGE), resolveDatabaseKey(parsed.options['key-file']));
  try {
    const client = new SyncClient({ db, hqUrl: url, token, batchSize, feed });
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
      // Replication (docs/sync-protocol.md §14) adds its fields to the documented status line; nothing is renamed.
      const status = { ...readSyncStatus(db), replication: replicationSummary(db, client.lastReplication) };
      if (feed === null) return { output: JSON.stringify(status), exitCode: counts.pending === 0 ? 0 : 1 };
      const pulled = client.lastFeed;
      return {
        output: JSON.stringify({ ...status, feed: pulled }),
        exitCode: counts.pending === 0 && pulled?.kind === 'done' ? 0 : 1,
      };
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  } finally {
    closeDatabase(db);
  }
}
