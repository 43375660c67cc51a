import type { KobiDatabase } from '../connection';
import type { FeedItemStatus } from '../schema/reference-feed';

/**
 * The reference feed's bookkeeping on the branch (db/schema/reference-feed.ts):
 * where the branch is in the feed, what became of each item, the signing keys
 * learned from it. Plain statements, like the sync queue's: these rows are
 * transport records, not reference data, and `recordFeedItem` runs inside the
 * applying `withWrite` when an item is applied, so the item, its rows and the
 * new position commit together.
 */
export type FeedState = { readonly position: number; readonly lastSequence: number };

export function readFeedState(db: KobiDatabase): FeedState {
  const row = db.sqlite.prepare('SELECT position, last_sequence AS lastSequence FROM reference_feed_state WHERE id = 1').get() as
    FeedState | undefined;
  return row ?? { position: 0, lastSequence: 0 };
}

export type FeedItemRecord = {
  readonly itemId: string;
  readonly position: number;
  readonly sequence: number | null;
  readonly kind: string;
  readonly keyId: string | null;
  readonly status: FeedItemStatus;
  readonly reason: string | null;
  readonly outcome: string | null;
  readonly receivedAt: string;
};

export function recordFeedItem(db: KobiDatabase, record: FeedItemRecord): void {
  db.sqlite
    .prepare(
      `INSERT INTO reference_feed_items (item_id, position, sequence, kind, key_id, status, reason, outcome, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.itemId,
      record.position,
      record.sequence,
      record.kind,
      record.keyId,
      record.status,
      record.reason,
      record.outcome,
      record.receivedAt,
    );
}

/** Move the cursor past `position`; `lastSequence` only grows. */
export function advanceFeedState(db: KobiDatabase, position: number, sequence: number | null, at: string): void {
  db.sqlite
    .prepare(
      `INSERT INTO reference_feed_state (id, position, last_sequence, updated_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET position = max(position, excluded.position),
         last_sequence = max(last_sequence, excluded.last_sequence), updated_at = excluded.updated_at`,
    )
    .run(position, sequence ?? 0, at);
}

/** Whether an item with this id was applied (or reported as authentic but not applicable) before. */
export function feedItemSeen(db: KobiDatabase, itemId: string): boolean {
  return (
    db.sqlite
      .prepare("SELECT 1 FROM reference_feed_items WHERE item_id = ? AND status IN ('applied', 'unsupported') LIMIT 1")
      .get(itemId) !== undefined
  );
}

export function feedItemAwaiting(db: KobiDatabase, itemId: string): boolean {
  return (
    db.sqlite.prepare("SELECT 1 FROM reference_feed_items WHERE item_id = ? AND status = 'awaiting-confirmation' LIMIT 1").get(itemId) !==
    undefined
  );
}

export function listFeedItems(db: KobiDatabase): FeedItemRecord[] {
  return db.sqlite
    .prepare(
      `SELECT item_id AS itemId, position, sequence, kind, key_id AS keyId, status, reason, outcome, received_at AS receivedAt
       FROM reference_feed_items ORDER BY id`,
    )
    .all() as FeedItemRecord[];
}

export type LearnedKey = { readonly keyId: string; readonly publicKeyPem: string };

export function listLearnedFeedKeys(db: KobiDatabase): LearnedKey[] {
  return db.sqlite
    .prepare('SELECT key_id AS keyId, public_key_pem AS publicKeyPem FROM reference_feed_keys WHERE retired_at IS NULL')
    .all() as LearnedKey[];
}

export function learnFeedKey(
  db: KobiDatabase,
  key: LearnedKey & { readonly announcedBy: string; readonly retires: string | null },
  at: string,
): void {
  db.sqlite
    .prepare(
      'INSERT INTO reference_feed_keys (key_id, public_key_pem, announced_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING',
    )
    .run(key.keyId, key.publicKeyPem, key.announcedBy, at);
  if (key.retires !== null)
    db.sqlite.prepare('UPDATE reference_feed_keys SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL').run(at, key.retires);
}
