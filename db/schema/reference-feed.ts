import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamp } from './columns';

/**
 * The signed reference feed's bookkeeping on the branch (issue 18 item 1,
 * docs/sync-protocol.md §13). Transport bookkeeping like `sync_messages`:
 * written with plain statements inside the same transaction as the reference
 * rows an item changes (those go through `withWrite` and are audited).
 */
export const FEED_ITEM_STATUSES = ['applied', 'rejected', 'unsupported', 'awaiting-confirmation'] as const;
export type FeedItemStatus = (typeof FEED_ITEM_STATUSES)[number];

/** One row (`id = 1`): the feed position to ask after, and the highest signed sequence applied. */
export const referenceFeedState = sqliteTable(
  'reference_feed_state',
  {
    id: integer('id').primaryKey(),
    position: integer('position').notNull().default(0),
    lastSequence: integer('last_sequence').notNull().default(0),
    updatedAt: timestamp('updated_at'),
  },
  (table) => [check('reference_feed_state_single_row', sql`${table.id} = 1`)],
);

/** Every feed item the branch saw, with what became of it and, when not applied, the Turkish reason. */
export const referenceFeedItems = sqliteTable(
  'reference_feed_items',
  {
    id: id(),
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
    sequence: integer('sequence'),
    kind: text('kind').notNull(),
    keyId: text('key_id'),
    status: text('status', { enum: FEED_ITEM_STATUSES }).notNull(),
    reason: text('reason'),
    /** What applying it did, as JSON (`{"inserted":3,"updated":0,"unchanged":1,"removed":0}`). */
    outcome: text('outcome'),
    receivedAt: timestamp('received_at').notNull(),
  },
  (table) => [
    index('reference_feed_items_item_idx').on(table.itemId, table.status),
    check('reference_feed_items_status_check', sql`${table.status} IN ('applied', 'rejected', 'unsupported', 'awaiting-confirmation')`),
  ],
);

/** Headquarters signing keys learned from the feed (a new key announced in an item signed by a pinned one). */
export const referenceFeedKeys = sqliteTable('reference_feed_keys', {
  keyId: text('key_id').primaryKey(),
  publicKeyPem: text('public_key_pem').notNull(),
  announcedBy: text('announced_by').notNull(),
  addedAt: timestamp('added_at').notNull(),
  retiredAt: timestamp('retired_at'),
});
