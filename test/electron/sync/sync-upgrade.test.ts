import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { addEnterpriseSite, updateEnterprise } from '../../../db/repositories/enterprises';
import { assignMessageIds, nextQueuedMessages, queueCounts, type QueuedMessage } from '../../../db/repositories/sync-queue';
import { readyOutboxMessages } from '../../../db/replication/ready-outbox';
import { withWrite } from '../../../db/write-context';
import { readSyncStatus } from '../../../electron/sync/sync-status';
import { FIRST_MIGRATION_FIXTURE } from '../../db/create-first-migration-fixture';
import { makeTempDir, TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';

/**
 * Migration 0005 (sync_messages, sync_state) on a file written by the first
 * release: the app writes on; its outbox messages become the sync queue and
 * get their protocol ids in outbox order, each edit naming the one before —
 * at write time, or, for messages a version before that left without ids,
 * when the sync client readies them.
 */
function expectChain(queued: readonly QueuedMessage[], written: number): void {
  expect(queued).toHaveLength(written);
  expect(queued.map((message) => [message.entity, message.supersedes])).toEqual([
    ['enterprises', null],
    ['enterprise_sites', null],
    ['enterprises', queued[0]?.messageId],
  ]);
  const seen = new Map<string, string>();
  for (const message of queued) {
    const key = `${message.entity}/${message.entityId}`;
    expect(message.supersedes, key).toBe(seen.get(key) ?? null);
    seen.set(key, message.messageId);
  }
}

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
    const deviceId = readSyncStatus(db).deviceId;
    expect(deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(readSyncStatus(db)).toMatchObject({ pending: written, lastSuccess: null, lastError: null });

    // Each change was committed with its id and stamp: ids in outbox order, each edit naming the one before.
    expect(assignMessageIds(db, 1000, () => 'kullanılmamalı')).toBe(0);
    const atWrite = nextQueuedMessages(db, 1000);
    expectChain(atWrite, written);
    expect([...atWrite.map((message) => message.messageId)].sort()).toEqual(atWrite.map((message) => message.messageId));
    expect(atWrite.every((message) => message.envelope !== null)).toBe(true);

    // A file a version before ids at write time left: its messages without ids or stamps get them in outbox order.
    db.sqlite.exec('DELETE FROM sync_message_clocks; DELETE FROM sync_messages;');
    expect(nextQueuedMessages(db, 1000)).toEqual([]);
    let counter = 0;
    const ids = () => `0190a000-0000-7000-8000-${String((counter += 1)).padStart(12, '0')}`;
    expect(readyOutboxMessages(db, 1000, ids)).toBe(written);
    expect(readyOutboxMessages(db, 1000, ids)).toBe(0);
    const queued = nextQueuedMessages(db, 1000);
    expect(queued.map((message) => message.messageId)).toEqual(
      Array.from({ length: written }, (_, index) => `0190a000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`),
    );
    expectChain(queued, written);
    expect(queued.every((message) => message.envelope?.includes(deviceId ?? '?') === true)).toBe(true);
  });
});
