import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { DATABASE_KEY_ENV } from '../../../electron/cli/database-options';
import { CliError } from '../../../electron/cli/command';
import { hqServerCommand } from '../../../electron/cli/commands/hq-server';
import { HQ_TOKEN_ENV, resolveHqToken } from '../../../electron/cli/hq-token';
import { openTestDatabase, TEST_DATABASE_KEY_HEX } from '../../db/helpers';
import { queueCaseChanges } from './sync-fixtures';
import { cli, startServer } from './cli-processes';

/**
 * The CLI contracts of issue 17, through the real entry point:
 * `hq-server --port N --data DIR`, `hq-server --add-branch`, `sync --db F
 * --hq URL --once` (exit 0 only when the outbox is empty) and `sync-status
 * --db F` (JSON with pending, lastSuccess, lastError).
 */
function stopServer(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('close');
    child.on('close', resolve);
    child.kill('SIGTERM');
  });
}

describe('sync CLI — issue 17 contracts', () => {
  const cleanups: (() => Promise<unknown> | undefined)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('hq-server, --add-branch, sync --once and sync-status work together through the entry point', { timeout: 60_000 }, async () => {
    const t = openTestDatabase();
    cleanups.push(() => {
      t.dispose();
      return undefined;
    });
    queueCaseChanges(t.db, 5, { tag: 'cli' });
    closeDatabase(t.db);
    const data = join(t.dir, 'merkez');
    const env = { [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX };

    const added = await hqServerCommand(['--data', data, '--add-branch', 'nevsehir', '--branch-name', 'Nevşehir İl Müdürlüğü']);
    expect(added.exitCode).toBe(0);
    const { branchId, token } = JSON.parse(added.output) as { branchId: string; token: string };
    expect(branchId).toBe('nevsehir');
    expect(token).toMatch(/^kdhq_[A-Za-z0-9_-]{43}$/);
    const tokenFile = join(t.dir, 'merkez-anahtari.txt');
    writeFileSync(tokenFile, `${token}\n`);

    const server = await startServer(['--port', '0', '--data', data]);
    let stopped = false;
    cleanups.push(() => (stopped ? undefined : stopServer(server.child)));

    const synced = await cli(['sync', '--db', t.path, '--hq', server.url, '--once', '--token-file', tokenFile], env);
    expect(synced.status).toBe(0);
    expect(synced.stderr).toBe('Eşitleme: 20 değişiklik merkeze ulaştı; bekleyen 0, çakışan 0, gönderilemeyen 0.\n');
    expect(JSON.parse(synced.stdout)).toMatchObject({
      pending: 0,
      branchId: 'nevsehir',
      // Push, then pull (docs/sync-protocol.md §14): the only PC of its müdürlük receives nothing and passes its own items.
      replication: { lastPull: { applied: 0, conflicts: 0 }, cursor: 20, conflicts: { field: 0, transition: 0, apply: 0 } },
    });

    const stats = (await (await fetch(`${server.url}/v1/_stats`)).json()) as { documents: number; duplicates: number };
    expect(stats).toMatchObject({ documents: 20, duplicates: 0 });

    const status = await cli(['sync-status', '--db', t.path], env);
    expect(status.status).toBe(0);
    const parsed = JSON.parse(status.stdout) as { pending: number; lastSuccess: string | null; lastError: unknown };
    expect(parsed).toMatchObject({ pending: 0, lastError: null, conflicts: 0, summary: 'Tüm değişiklikler merkezde.' });
    expect(parsed.lastSuccess).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await stopServer(server.child)).toBe(0);
    stopped = true;
  });

  it('sync --once exits 1 while changes remain; without a token it is a usage error', { timeout: 30_000 }, async () => {
    const t = openTestDatabase();
    cleanups.push(() => {
      t.dispose();
      return undefined;
    });
    queueCaseChanges(t.db, 1, { tag: 'kapali' });
    closeDatabase(t.db);
    const env = { [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX };
    const down = await cli(['sync', '--db', t.path, '--hq', 'http://127.0.0.1:9', '--once', '--retries', '0'], {
      ...env,
      [HQ_TOKEN_ENV]: 'kdhq_x',
    });
    expect(down.status).toBe(1);
    expect(JSON.parse(down.stdout)).toMatchObject({ pending: 4, lastError: { code: 'network' } });
    expect(down.stderr).toMatch(/^Eşitleme hatası: Merkeze bağlanılamadı/);
    expect(() => resolveHqToken(undefined, { [HQ_TOKEN_ENV]: '' })).toThrow(
      new CliError(`Merkez anahtarı yok: ${HQ_TOKEN_ENV} ortam değişkenini ya da --token-file seçeneğini verin.`),
    );
  });
});
