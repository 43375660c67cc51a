import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueCounts } from '../../../db/repositories/sync-queue';
import type { ChannelResponse } from '../../../electron/contract';
import { SyncWorker } from '../../../electron/services/sync-worker';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';
import { createAppFixture, createCaseFile, type AppFixture } from './app-fixture';

/**
 * The application's own sync worker (issue 17 item 2): started with the app
 * when a headquarters is set, it drains the outbox to a real headquarters on
 * 127.0.0.1, "Şimdi eşitle" (`sync:run`) starts a round at once, and
 * `sync:status` shows the real queue, the last success and, when headquarters
 * cannot be reached, the failure's Turkish reason. A PC with no headquarters
 * says so and keeps its changes queued.
 */
type Status = ChannelResponse<'sync:status'>;

async function statusOf(fixture: AppFixture): Promise<Status> {
  const answer = await fixture.call('uzman', 'sync:status', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Status;
}

async function until(fixture: AppFixture, done: (status: Status) => boolean): Promise<Status> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const status = await statusOf(fixture);
    if (done(status)) return status;
    if (Date.now() > deadline) throw new Error(`durum beklenen hâle gelmedi: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a PC with no headquarters', () => {
  let fixture: AppFixture;
  beforeAll(() => {
    fixture = createAppFixture();
    createCaseFile(fixture);
  });
  afterAll(() => {
    fixture.dispose();
  });

  it('shows the queue, no worker, and refuses "Şimdi eşitle" in Turkish', async () => {
    const status = await statusOf(fixture);
    expect(status.worker).toBeNull();
    expect(status.pending).toBeGreaterThan(0);
    expect(status.summary).toBe(`Henüz merkeze eşitlenmedi. Bekleyen: ${status.pending}.`);
    const answer = await fixture.call('izleyici', 'sync:run', {});
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'Bu bilgisayar bir merkeze bağlı değil: merkez adresi ve anahtarı ayarlanmadan eşitleme yapılamaz.',
      },
    });
  });
});

describe('the running app syncs by itself and on "Şimdi eşitle"', () => {
  let dir: string;
  let hq: TestHq;
  let worker: SyncWorker | null = null;
  let fixture: AppFixture;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kobi-sync-worker-'));
    hq = await startTestHq('sqlite', join(dir, 'merkez'));
    const token = await hq.registerBranch('kayseri');
    fixture = createAppFixture('2026-03-02', (db) => {
      worker = new SyncWorker(db, { hqUrl: hq.url, token, feed: null }, { idleMs: 60_000, batchSize: 50 });
      return { sync: worker };
    });
    createCaseFile(fixture);
  });
  afterAll(async () => {
    await worker?.stop();
    await hq.close().catch(() => undefined);
    fixture.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('drains the outbox at start; the status shows the worker and the success', async () => {
    const before = queueCounts(fixture.database.db).pending;
    expect(before).toBeGreaterThan(0);
    worker?.start();
    const status = await until(fixture, (now) => now.pending === 0 && now.lastSuccess !== null && now.worker?.roundInProgress === false);
    expect(status.worker).toEqual({ hqUrl: hq.url, running: true, roundInProgress: false, problem: null });
    expect(status.consecutiveFailures).toBe(0);
    expect(status.summary).toBe('Tüm değişiklikler merkezde.');
    expect((await hq.stats()).documents).toBe(before);
  });

  it('"Şimdi eşitle" sends new changes at once instead of after the 60 s wait', async () => {
    const sent = (await hq.stats()).documents;
    createCaseFile(fixture);
    const waiting = queueCounts(fixture.database.db).pending;
    expect(waiting).toBeGreaterThan(0);
    const answer = await fixture.call('izleyici', 'sync:run', {});
    expect(answer).toEqual({ ok: true, value: { started: true, message: `Eşitleme başladı (${hq.url}).` } });
    await until(fixture, (now) => now.pending === 0 && now.worker?.roundInProgress === false);
    expect((await hq.stats()).documents).toBe(sent + waiting);
  });

  it('headquarters unreachable: the failure and its Turkish reason show, nothing is lost', async () => {
    await hq.close();
    createCaseFile(fixture);
    const waiting = queueCounts(fixture.database.db).pending;
    const answer = await fixture.call('uzman', 'sync:run', {});
    expect(answer.ok).toBe(true);
    const status = await until(fixture, (now) => now.consecutiveFailures > 0 && now.worker?.roundInProgress === false);
    expect(status.pending).toBe(waiting);
    expect(status.lastError?.message).toMatch(/^Merkeze bağlanılamadı \(.+\); bağlantı gelince yeniden denenecek\.$/);
    expect(status.summary).toBe(`Merkeze gönderilemedi: ${status.lastError?.message ?? ''} Bekleyen: ${waiting}.`);
    expect(status.worker?.running).toBe(true);
  });

  it('stops when the app stops', async () => {
    await worker?.stop();
    expect(worker?.state().running).toBe(false);
    expect(worker?.runNow()).toBe(false);
  });
});
