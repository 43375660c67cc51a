import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, type KobiDatabase } from '../../../db/connection';
import { updateApplication } from '../../../db/repositories/applications';
import { addDocument } from '../../../db/repositories/documents';
import { queueCounts } from '../../../db/repositories/sync-queue';
import { withWrite } from '../../../db/write-context';
import { backoffDelayMs } from '../../../electron/sync/backoff';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { readSyncStatus } from '../../../electron/sync/sync-status';
import { openTestDatabase, reopenTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';
import { expectExactlyOnce, queueCaseChanges } from './sync-fixtures';

const FAST = { once: true, maxFailures: 3, backoff: { baseMs: 1, capMs: 5 } } as const;

describe('sync client — issue 17 items 2 and 4', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function branchDatabase(): TestDatabase {
    const t = openTestDatabase({ integrityCheck: 'quick' });
    cleanups.push(() => {
      t.dispose();
    });
    return t;
  }

  async function hqIn(dir: string, port = 0): Promise<TestHq> {
    const hq = await startTestHq('sqlite', join(dir, 'hq'), { port });
    cleanups.push(() => hq.close());
    return hq;
  }

  function sync(db: KobiDatabase, hq: { url: string }, token: string): Promise<{ pending: number; conflicts: number; blocked: number }> {
    return runSync(new SyncClient({ db, hqUrl: hq.url, token, requestTimeoutMs: 5_000 }), db, FAST);
  }

  it(
    '2,000 changes queued offline: the reason is shown in Turkish, and all of them go once the server appears',
    { timeout: 60_000 },
    async () => {
      const branch = branchDatabase();
      const first = await startTestHq('sqlite', join(branch.dir, 'hq'));
      const token = await first.registerBranch('van');
      const port = Number(new URL(first.url).port);
      await first.close();
      expect(queueCaseChanges(branch.db, 500, { tag: 'offline' }).messages).toBe(2000);

      expect(await sync(branch.db, { url: `http://127.0.0.1:${port}` }, token)).toEqual({ pending: 2000, conflicts: 0, blocked: 0 });
      const offline = readSyncStatus(branch.db);
      expect(offline).toMatchObject({ pending: 2000, lastSuccess: null, consecutiveFailures: 3, lastError: { code: 'network' } });
      expect(offline.lastError?.message).toMatch(/^Merkeze bağlanılamadı .*yeniden denenecek\.$/);
      expect(offline.summary).toMatch(/^Merkeze gönderilemedi: .* Bekleyen: 2000\.$/);

      const hq = await hqIn(branch.dir, port);
      expect(await sync(branch.db, hq, token)).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
      await expectExactlyOnce(hq.store, [{ db: branch.db, branchId: 'van' }]);
      expect(readSyncStatus(branch.db)).toMatchObject({ pending: 0, consecutiveFailures: 0, summary: 'Tüm değişiklikler merkezde.' });
    },
  );

  it('an edit made on a diverged copy of the file surfaces as a conflict for the user; nothing is deleted', async () => {
    const branch = branchDatabase();
    const hq = await hqIn(branch.dir);
    const token = await hq.registerBranch('konya');
    queueCaseChanges(branch.db, 1, { tag: 'cakisma' });
    expect(await sync(branch.db, hq, token)).toMatchObject({ pending: 0 });
    closeDatabase(branch.db);
    const copyPath = join(branch.dir, 'kopya.sqlite');
    copyFileSync(branch.path, copyPath);

    const original = reopenTestDatabase(branch.path);
    const copy = reopenTestDatabase(copyPath);
    cleanups.push(() => {
      closeDatabase(original);
      closeDatabase(copy);
    });
    withWrite(original, TEST_ACTOR, (w) => updateApplication(w, 1, { decisionReason: 'Müdür onayı: evrak tam.' }));
    expect(await sync(original, hq, token)).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
    withWrite(copy, TEST_ACTOR, (w) => updateApplication(w, 1, { decisionReason: 'Eksik evrak: SGK listesi.' }));
    expect(await sync(copy, hq, token)).toEqual({ pending: 1, conflicts: 1, blocked: 0 });

    const status = readSyncStatus(copy);
    expect(status.refused).toHaveLength(1);
    expect(status.refused[0]).toMatchObject({ entity: 'applications', entityId: '1', label: 'başvuru 1', kind: 'conflict' });
    expect(status.refused[0]?.reason).toMatch(/^Çakışma — başvuru 1: Bu değişiklik merkezdeki güncel sürümün değil/);
    expect(status.summary).toBe('1 değişiklik merkezle çakıştı; karar bekliyor. Bekleyen: 1.');
    // Kept, not retried as if it were new, and headquarters still holds the original's version.
    expect(await sync(copy, hq, token)).toEqual({ pending: 1, conflicts: 1, blocked: 0 });
    expect((await hq.stats()).conflicts).toBe(1);
    expect(copy.sqlite.prepare('SELECT decision_reason AS reason FROM applications WHERE id = 1').get()).toEqual({
      reason: 'Eksik evrak: SGK listesi.',
    });
  });

  it('a document whose file is missing is set aside with its reason; the rest goes', async () => {
    const branch = branchDatabase();
    const hq = await hqIn(branch.dir);
    const token = await hq.registerBranch('kars');
    queueCaseChanges(branch.db, 2, { tag: 'eksik' });
    withWrite(branch.db, TEST_ACTOR, (w) =>
      addDocument(w, {
        applicationId: 1,
        formCode: 'FRM.39.00.03',
        title: 'Kayıp',
        sha256: 'a'.repeat(64),
        sizeBytes: 10,
        storagePath: 'belgeler/yok.pdf',
      }),
    );
    expect(await sync(branch.db, hq, token)).toEqual({ pending: 1, conflicts: 0, blocked: 1 });
    const status = readSyncStatus(branch.db);
    expect(status.refused[0]).toMatchObject({ kind: 'blocked', label: 'belge 1' });
    expect(status.refused[0]?.reason).toMatch(/^belge 1: Belge dosyası okunamadı \(.*yok\.pdf\)/);
    expect((await hq.stats()).documents).toBe(8);
  });

  it('a token headquarters does not know stops at once with the reason and how to fix it', async () => {
    const branch = branchDatabase();
    const hq = await hqIn(branch.dir);
    queueCaseChanges(branch.db, 1, { tag: 'anahtar' });
    expect(await sync(branch.db, hq, 'kdhq_yanlis')).toEqual({ pending: 4, conflicts: 0, blocked: 0 });
    expect(readSyncStatus(branch.db)).toMatchObject({ consecutiveFailures: 1, lastError: { code: 'unauthorized' } });
    expect(readSyncStatus(branch.db).lastError?.message).toContain('KOBI_DOSYA_HQ_TOKEN');
    expect(queueCounts(branch.db).pending).toBe(4);
  });

  it('pipelined pushes stay one at a time and in outbox order', { timeout: 60_000 }, async () => {
    const branch = branchDatabase();
    let inFlight = 0;
    let mostInFlight = 0;
    const firstAuditSeqs: number[] = [];
    const hq = await startTestHq('sqlite', join(branch.dir, 'hq'), {
      onReceived: (method, url, body) => {
        if (method !== 'POST' || url !== '/v1/push') return;
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        firstAuditSeqs.push((body as { items: { auditSeq: number }[] }).items[0]?.auditSeq ?? 0);
      },
      onAnswered: (method, url) => {
        if (method === 'POST' && url === '/v1/push') inFlight -= 1;
      },
    });
    cleanups.push(() => hq.close());
    const token = await hq.registerBranch('sivas');
    expect(queueCaseChanges(branch.db, 300, { tag: 'boru' }).messages).toBe(1200);
    const client = new SyncClient({ db: branch.db, hqUrl: hq.url, token, batchSize: 100 });
    expect(await runSync(client, branch.db, FAST)).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
    expect(firstAuditSeqs).toHaveLength(12);
    expect(firstAuditSeqs).toEqual([...firstAuditSeqs].sort((a, b) => a - b));
    expect(mostInFlight).toBe(1);
    await expectExactlyOnce(hq.store, [{ db: branch.db, branchId: 'sivas' }]);
  });
});

describe('backoff with full jitter', () => {
  const backoff = { baseMs: 1000, capMs: 60_000 };
  it.each([
    [1, 0, 0],
    [1, 0.999, 999],
    [2, 0.5, 1000],
    [3, 0.999, 3996],
    [7, 0.999, 59_940],
    [40, 0.999, 59_940],
  ])('failure %i with random %f waits %i ms (never above the cap)', (failures, random, expected) => {
    expect(backoffDelayMs(failures, backoff, () => random)).toBe(expected);
  });
});
