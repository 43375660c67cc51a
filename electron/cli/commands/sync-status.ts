import { readSyncStatus } from '../../sync/sync-status';
import type { CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, withCliDatabase } from '../database-options';

const USAGE = `sync-status --db <dosya> [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

/** `sync-status --db F`: the sync status as one JSON line (`pending`, `lastSuccess`, `lastError`, conflicts with Turkish reasons…). */
export function syncStatusCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file']);
  return withCliDatabase(parsed, USAGE, (db) => ({ output: JSON.stringify(readSyncStatus(db)), exitCode: 0 }));
}
