import { afterEach, describe, expect, it } from 'vitest';
import { createEnterprise, updateEnterprise } from '../../db/repositories/enterprises';
import {
  listMessageHashes,
  nextQueuedMessages,
  queueCounts,
  readSyncState,
  settleMessages,
  type MessageOutcome,
  type QueuedMessage,
} from '../../db/repositories/sync-queue';
import { syntheticVkn } from '../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from './helpers';

/**
 * The outbox's answered cursor (issue 17, migration 0017): settling a batch
 * headquarters answered in order writes one row, not one per message; a
 * message still waiting (428, its file not yet complete at headquarters)
 * holds the cursor, the acknowledged ones after it are marked one by one,
 * and refused ones stay counted and listed wherever the cursor is.
 */
const SUCCESS = { hqUrl: 'http://127.0.0.1:1', branchId: 'kayseri' };

function writeChanges(t: TestDatabase, count: number, tag: string): void {
  withWrite(t.db, TEST_ACTOR, (w) => {
    for (let index = 0; index < count; index += 1)
      createEnterprise(w, {
        vkn: syntheticVkn(`imlec:${tag}:${index}`),
        unvan: `İmleç ${tag} ${index} Ltd. Şti.`,
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
      });
  });
}

function acknowledged(...messages: (QueuedMessage | undefined)[]): MessageOutcome[] {
  return messages.map((message) => ({ outboxId: message?.outboxId ?? -1, state: 'acknowledged' }));
}

function markedOneByOne(t: TestDatabase): number[] {
  return (t.db.sqlite.prepare('SELECT id FROM sync_outbox WHERE sent_at IS NOT NULL ORDER BY id').all() as { id: number }[]).map(
    (row) => row.id,
  );
}

describe('sync queue: the answered cursor', () => {
  let t: TestDatabase;
  afterEach(() => {
    t.dispose();
  });

  it('a batch answered in order moves the cursor and rewrites no message row', () => {
    t = openTestDatabase();
    writeChanges(t, 6, 'sira');
    const batch = nextQueuedMessages(t.db, 100);
    expect(batch).toHaveLength(6);
    settleMessages(t.db, acknowledged(...batch), SUCCESS);
    expect(readSyncState(t.db)?.lastSuccessAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(t.db.sqlite.prepare('SELECT answered_through AS through FROM sync_state').get()).toEqual({ through: batch.at(-1)?.outboxId });
    expect(markedOneByOne(t)).toEqual([]);
    expect(queueCounts(t.db)).toEqual({ pending: 0, conflicts: 0, blocked: 0 });
    expect(nextQueuedMessages(t.db, 100)).toEqual([]);
    expect(listMessageHashes(t.db).map((message) => message.state)).toEqual(Array(6).fill('acknowledged'));

    writeChanges(t, 2, 'sonra');
    expect(queueCounts(t.db).pending).toBe(2);
    expect(nextQueuedMessages(t.db, 100).map((message) => message.outboxId)).toEqual([7, 8]);
  });

  it('a message still waiting holds the cursor; the cursor catches up once it is answered; a refusal stays counted', () => {
    t = openTestDatabase();
    writeChanges(t, 6, 'bekleyen');
    withWrite(t.db, TEST_ACTOR, (w) => updateEnterprise(w, 1, { naceMain: '14.13' }));
    const [first, second, waiting, refused, fifth, sixth, seventh] = nextQueuedMessages(t.db, 100);
    // Headquarters answered the third 428 (its file is not complete yet) and refused the fourth.
    settleMessages(
      t.db,
      [
        ...acknowledged(first, second),
        { outboxId: refused?.outboxId ?? -1, state: 'conflict', reason: 'Çakışma', currentVersion: null },
        ...acknowledged(fifth, sixth, seventh),
      ],
      SUCCESS,
    );
    expect(t.db.sqlite.prepare('SELECT answered_through AS through FROM sync_state').get()).toEqual({ through: second?.outboxId });
    expect(markedOneByOne(t)).toEqual([fifth?.outboxId, sixth?.outboxId, seventh?.outboxId]);
    expect(queueCounts(t.db)).toEqual({ pending: 2, conflicts: 1, blocked: 0 });
    expect(nextQueuedMessages(t.db, 100).map((message) => message.outboxId)).toEqual([waiting?.outboxId]);
    expect(listMessageHashes(t.db).map((message) => message.state)).toEqual([
      'acknowledged',
      'acknowledged',
      'assigned',
      'conflict',
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);

    settleMessages(t.db, acknowledged(waiting), SUCCESS);
    expect(t.db.sqlite.prepare('SELECT answered_through AS through FROM sync_state').get()).toEqual({ through: seventh?.outboxId });
    expect(queueCounts(t.db)).toEqual({ pending: 1, conflicts: 1, blocked: 0 });
    expect(nextQueuedMessages(t.db, 100)).toEqual([]);
    expect(listMessageHashes(t.db).map((message) => message.state)).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
      'conflict',
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);
  });
});
