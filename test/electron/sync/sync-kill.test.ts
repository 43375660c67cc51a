import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase } from '../../../db/connection';
import { MIGRATIONS_FOLDER } from '../../../db/migrate';
import { queueCounts } from '../../../db/repositories/sync-queue';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { openTestDatabase, reopenTestDatabase, type TestDatabase } from '../../db/helpers';
import { seededRandom, startTestHq, type TestHq } from '../../hq/hq-test-server';
import { expectExactlyOnce, queueCaseChanges } from './sync-fixtures';

/**
 * issue 17 item 4: the sync client, a real child process, is SIGKILLed 20
 * times while it uploads (items and file chunks, through 10 % injected
 * faults); between kills the branch keeps writing. Afterwards one more run
 * drains the outbox, and headquarters holds every change exactly once.
 * The child is bundled with esbuild (tsx's own) so it starts quickly, as in
 * test/db/crash-safety.test.ts.
 */
const KILLS = 20;
const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

type EsbuildApi = { buildSync: (options: Record<string, unknown>) => unknown };

function esbuild(): EsbuildApi {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild') as EsbuildApi;
}

type Life = { readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string };

/**
 * One life of the child: it is SIGKILLed `delayMs` after headquarters has
 * answered its `afterAnswers`-th upload request, so the kill always lands
 * mid-upload however fast the machine is (a kill on a timer alone let a fast
 * machine finish the run first). The child never exits by itself.
 */
function liveAndDie(
  bundle: string,
  args: readonly string[],
  kill: { readonly afterAnswers: number; readonly delayMs: number },
  answers: { count: number; onCount: (() => void) | null },
): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    answers.count = 0;
    answers.onCount = () => {
      if (answers.count !== kill.afterAnswers) return;
      answers.onCount = null;
      setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('done ')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      answers.onCount = null;
      resolve({ signal, stdout, stderr });
    });
  });
}

describe('sync client killed mid-upload — issue 17 item 4', () => {
  let bundle: string;
  let branch: TestDatabase;
  let hq: TestHq;
  const answers: { count: number; onCount: (() => void) | null } = { count: 0, onCount: null };
  beforeAll(async () => {
    const bundleDir = join(REPOSITORY_ROOT, '.tmp', `sync-child-${process.pid}`);
    mkdirSync(bundleDir, { recursive: true });
    bundle = join(bundleDir, 'sync-child.mjs');
    esbuild().buildSync({
      entryPoints: [join(import.meta.dirname, 'sync-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      outfile: bundle,
      logLevel: 'warning',
    });
    branch = openTestDatabase({ integrityCheck: 'quick' });
    hq = await startTestHq('sqlite', join(branch.dir, 'hq'), {
      faultRate: 0.1,
      seed: 99,
      onAnswered: (method, url) => {
        if (method !== 'POST' && method !== 'PUT') return;
        if (!url.startsWith('/v1/push') && !url.startsWith('/v1/files')) return;
        answers.count += 1;
        answers.onCount?.();
      },
    });
  });
  afterAll(async () => {
    await hq.close();
    branch.dispose();
    rmSync(join(bundle, '..'), { recursive: true, force: true });
  });

  it(`resumes after ${KILLS} SIGKILLs with no change lost and none stored twice`, { timeout: 120_000 }, async () => {
    const token = await hq.registerBranch('kayseri');
    const random = seededRandom(2026);
    const path = branch.path;
    closeDatabase(branch.db);
    let leftWork = 0;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const db = reopenTestDatabase(path);
      queueCaseChanges(db, 40, { tag: `k${kill}`, fileDir: join(branch.dir, 'belgeler'), fileEvery: 8 });
      closeDatabase(db);
      const life = await liveAndDie(
        bundle,
        [path, hq.url, token, MIGRATIONS_FOLDER],
        { afterAnswers: 1 + Math.floor(random() * 4), delayMs: Math.floor(random() * 20) },
        answers,
      );
      expect(life.signal, `kill ${kill}: ${life.stderr}`).toBe('SIGKILL');
      const after = reopenTestDatabase(path);
      if (queueCounts(after).pending > 0) leftWork += 1;
      closeDatabase(after);
    }
    // The kills landed while there was still work to do, not after a finished run.
    expect(leftWork).toBeGreaterThanOrEqual(KILLS - 2);

    const db = reopenTestDatabase(path);
    try {
      const client = new SyncClient({ db, hqUrl: hq.url, token, batchSize: 200, chunkBytes: 64 * 1024 });
      expect(await runSync(client, db, { once: true, maxFailures: 100, backoff: { baseMs: 2, capMs: 30 } })).toEqual({
        pending: 0,
        conflicts: 0,
        blocked: 0,
      });
      const { items } = await expectExactlyOnce(hq.store, [{ db, branchId: 'kayseri' }]);
      const stats = await hq.stats();
      expect(stats.documents).toBe(items);
      expect(stats.files).toBe(KILLS * 5);
      expect(stats.conflicts).toBe(0);
      expect(verifyAudit(db)).toMatchObject({ ok: true });
    } finally {
      closeDatabase(db);
    }
  });
});
