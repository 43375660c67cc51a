import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { queueCounts } from '../../../db/repositories/sync-queue';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { readSyncStatus } from '../../../electron/sync/sync-status';
import { openTestDatabase, type TestDatabase } from '../../db/helpers';
import { PG_SKIP_REASON, seededRandom, startTestHq, STORE_KINDS, type TestHq } from '../../hq/hq-test-server';
import { expectExactlyOnce, queueCaseChanges } from './sync-fixtures';

/**
 * issue 17 item 4: exactly once through a faulty network, against both
 * stores. The server drops connections, answers 503, delays, cuts answers in
 * half, processes requests twice and commits without answering, each on 20 %
 * of requests (seeded: the same faults every run).
 */
const FAST_BACKOFF = { baseMs: 2, capMs: 40 };

describe.each(STORE_KINDS)(`exactly once under faults — issue 17 item 4 (%s)${PG_SKIP_REASON}`, (kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function hqWithFaults(dir: string, faultRate: number, seed: number): Promise<TestHq> {
    const hq = await startTestHq(kind, join(dir, 'hq'), { faultRate, seed });
    cleanups.push(() => hq.close());
    return hq;
  }

  function branchDatabase(): TestDatabase {
    const t = openTestDatabase({ integrityCheck: 'quick' });
    cleanups.push(() => {
      t.dispose();
    });
    return t;
  }

  it(
    '10,000 changes with 20 % faults: each at headquarters exactly once with its hash, the outbox empty',
    { timeout: 150_000 },
    async () => {
      const branch = branchDatabase();
      const queued = queueCaseChanges(branch.db, 2490, { tag: 'tek', fileDir: join(branch.dir, 'belgeler'), fileEvery: 50 });
      expect(queued.messages).toBeGreaterThanOrEqual(10_000);
      const hq = await hqWithFaults(branch.dir, 0.2, 1701);
      const token = await hq.registerBranch('kayseri');
      const client = new SyncClient({
        db: branch.db,
        hqUrl: hq.url,
        token,
        batchSize: 250,
        chunkBytes: 64 * 1024,
        requestTimeoutMs: 10_000,
      });
      const counts = await runSync(client, branch.db, { once: true, maxFailures: 60, backoff: FAST_BACKOFF, random: seededRandom(3) });

      expect(counts).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
      expect(await expectExactlyOnce(hq.store, [{ db: branch.db, branchId: 'kayseri' }])).toEqual({ items: queued.messages });
      const stats = await hq.stats();
      expect(stats.documents).toBe(queued.messages);
      expect(stats.files).toBe(queued.files);
      expect(stats.conflicts).toBe(0);
      // The faults happened, and the replays they caused were answered as no-ops.
      for (const fault of ['drop', 'unavailable', 'truncate', 'duplicate', 'lost-ack'] as const)
        expect(stats.faults[fault]).toBeGreaterThan(0);
      expect(stats.duplicates).toBeGreaterThan(0);
      const status = readSyncStatus(branch.db);
      expect(status).toMatchObject({ pending: 0, branchId: 'kayseri', consecutiveFailures: 0 });
      expect(status.lastSuccess).not.toBeNull();
      expect(status.lastError?.message).toMatch(/merkez|Merkez/);
    },
  );

  it(
    'three branches pushing at once through 20 % faults: each branch exactly once, under its own branch',
    { timeout: 90_000 },
    async () => {
      const branches = ['kayseri', 'konya', 'van'].map((branchId) => {
        const t = branchDatabase();
        const queued = queueCaseChanges(t.db, 300, { tag: branchId, fileDir: join(t.dir, 'belgeler'), fileEvery: 60 });
        return { branchId, t, queued };
      });
      const hq = await hqWithFaults(branches[0]?.t.dir ?? '', 0.2, 4242);
      const runs = await Promise.all(
        branches.map(async ({ branchId, t }) => {
          const token = await hq.registerBranch(branchId);
          const client = new SyncClient({
            db: t.db,
            hqUrl: hq.url,
            token,
            batchSize: 100,
            chunkBytes: 64 * 1024,
            requestTimeoutMs: 10_000,
          });
          return runSync(client, t.db, { once: true, maxFailures: 60, backoff: FAST_BACKOFF, random: seededRandom(branchId.length) });
        }),
      );
      for (const counts of runs) expect(counts).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
      const total = branches.reduce((sum, branch) => sum + branch.queued.messages, 0);
      expect(
        await expectExactlyOnce(
          hq.store,
          branches.map(({ branchId, t }) => ({ db: t.db, branchId })),
        ),
      ).toEqual({ items: total });
      expect((await hq.stats()).branches).toBe(3);
      for (const { t } of branches) expect(queueCounts(t.db).pending).toBe(0);
    },
  );
});
