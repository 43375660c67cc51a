import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { listReplicationConflicts } from '../../../db/repositories/replica-rows';
import { updateApplication } from '../../../db/repositories/applications';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { queueCounts } from '../../../db/repositories/sync-queue';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { FIRST_MIGRATION_FIXTURE } from '../../db/create-first-migration-fixture';
import { makeTempDir, openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY, type TestDatabase } from '../../db/helpers';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';

/**
 * Migration 0010 (replication_state, sync_message_clocks, replica_rows,
 * replica_origins, replication_conflicts) on a file written by the first
 * release: changes made after the upgrade are stamped and pushed with their
 * envelopes, and a new PC of the same müdürlük applies them.
 */
const FAST = { once: true, maxFailures: 3, backoff: { baseMs: 1, capMs: 5 } } as const;

function count(db: KobiDatabase, table: string): number {
  return (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('replication on an upgraded file — migration 0010', () => {
  let old: KobiDatabase | null = null;
  let fresh: TestDatabase | null = null;
  let hq: TestHq | null = null;
  const dir = makeTempDir('kobi-replication-upgrade-');
  afterEach(async () => {
    if (old !== null) closeDatabase(old);
    fresh?.dispose();
    await hq?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stamps and pushes the changes made on a first-release file; a new PC of the müdürlük applies them', async () => {
    const path = join(dir, 'eski.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now: () => '2026-12-01T09:00:00.000Z' });
    if (!opened.ok) throw new Error(opened.error.message);
    old = opened.db;
    expect(count(old, 'replica_rows')).toBe(0);
    // The first release wrote its rows before the outbox existed: only changes made after the upgrade travel.
    expect(queueCounts(old).pending).toBe(0);
    const applicationId = (old.sqlite.prepare('SELECT id FROM applications').get() as { id: number }).id;
    withWrite(old, TEST_ACTOR, (w) => {
      createEnterprise(w, {
        vkn: syntheticVkn('replication-upgrade'),
        unvan: 'Yükseltme Sonrası Ltd. Şti.',
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '25.11',
      });
      updateApplication(w, applicationId, { applicationProvince: 'Kayseri' });
    });
    const waiting = queueCounts(old).pending;
    expect(waiting).toBe(2);

    hq = await startTestHq('sqlite', join(dir, 'hq'));
    const token = await hq.registerBranch('kayseri');
    expect((await runSync(new SyncClient({ db: old, hqUrl: hq.url, token }), old, FAST)).pending).toBe(0);
    expect(count(old, 'sync_message_clocks')).toBe(waiting);

    fresh = openTestDatabase();
    const client = new SyncClient({ db: fresh.db, hqUrl: hq.url, token });
    await runSync(client, fresh.db, FAST);
    // The new enterprise arrives; the edit of a row the müdürlük's other PCs never received is shown, not lost.
    expect(client.lastReplication).toMatchObject({ applied: 1, conflicts: 1 });
    expect(count(fresh.db, 'enterprises')).toBe(1);
    expect(listReplicationConflicts(fresh.db, 10)).toMatchObject([
      { kind: 'apply', entity: 'applications', message: expect.stringContaining('bu bilgisayar kaydın kendisini hiç almadı') as string },
    ]);
    expect(verifyAudit(old)).toMatchObject({ ok: true });
    expect(verifyAudit(fresh.db)).toMatchObject({ ok: true });
  });
});
