import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { addEnterpriseSite, updateEnterprise } from '../../../db/repositories/enterprises';
import { assignMessageIds, nextQueuedMessages, queueCounts } from '../../../db/repositories/sync-queue';
import { withWrite } from '../../../db/write-context';
import { readSyncStatus } from '../../../electron/sync/sync-status';
import { FIRST_MIGRATION_FIXTURE } from '../../db/create-first-migration-fixture';
import { makeTempDir, TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';

/**
 * Migration 0005 (sync_messages, sync_state) on a file written by the first
 * release: the app writes on; its outbox messages become the sync queue and
 * get their protocol ids in outbox order, each edit naming the one before.
 */
describe('sync tables on an upgraded file — migration 0005', () => {
  let db: KobiDatabase | null = null;
  afterEach(() => {
    if (db !== null) closeDatabase(db);
    db = null;
  });

  it('queues changes written after upgrading the first-migration fixture; ids in order, each edit superseding the previous one', () => {
    const path = join(makeTempDir(), 'eski.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now: () => '2026-12-01T09:00:00.000Z' });
    if (!opened.ok) throw new Error(opened.error.message);
    db = opened.db;
    expect(readSyncStatus(db)).toMatchObject({ pending: 0, lastSuccess: null, lastError: null, deviceId: null });
    const current = db;
    withWrite(current, TEST_ACTOR, (w) => {
      updateEnterprise(w, 1, { naceMain: '14.14' });
      addEnterpriseSite(w, { enterpriseId: 1, province: 'Sivas', kind: 'sube' });
    });
    withWrite(current, TEST_ACTOR, (w) => updateEnterprise(w, 1, { naceMain: '14.19' }));
    const written = 3;
    expect(queueCounts(db)).toEqual({ pending: written, conflicts: 0, blocked: 0 });
    expect(readSyncStatus(db)).toMatchObject({ pending: written, lastSuccess: null, lastError: null, deviceId: null });

    let counter = 0;
    const ids = () => `0190a000-0000-7000-8000-${String((counter += 1)).padStart(12, '0')}`;
    expect(assignMessageIds(db, 1000, ids)).toBe(written);
    expect(assignMessageIds(db, 1000, ids)).toBe(0);
    const queued = nextQueuedMessages(db, 1000);
    expect(queued.map((message) => message.messageId)).toEqual(
      Array.from({ length: written }, (_, index) => `0190a000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`),
    );
    const seen = new Map<string, string>();
    expect(queued.map((message) => [message.entity, message.supersedes])).toEqual([
      ['enterprises', null],
      ['enterprise_sites', null],
      ['enterprises', queued[0]?.messageId],
    ]);
    for (const message of queued) {
      const key = `${message.entity}/${message.entityId}`;
      expect(message.supersedes, key).toBe(seen.get(key) ?? null);
      seen.set(key, message.messageId);
    }
  });
});
