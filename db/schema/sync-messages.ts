import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { oneOf, timestamp } from './columns';
import { syncOutbox } from './sync-outbox';

/** Where an outbox message stands with headquarters (docs/sync-protocol.md). */
export const SYNC_MESSAGE_STATES = ['assigned', 'acknowledged', 'conflict', 'blocked'] as const;
export type SyncMessageState = (typeof SYNC_MESSAGE_STATES)[number];

/**
 * The protocol identity of an outbox message (issue 17): its UUIDv7 and the
 * version it supersedes, assigned and committed before the message is first
 * sent, so a retry after a crash or a kill sends the same id and headquarters
 * answers it as a no-op. `acknowledged` is set in the same transaction as
 * `sync_outbox.sent_at`, only after headquarters' answer. A `conflict` or
 * `blocked` message stays in the outbox (never deleted) with its Turkish
 * reason until a person resolves it. Not audited: bookkeeping of the
 * transport, not a case-file change.
 */
export const syncMessages = sqliteTable(
  'sync_messages',
  {
    outboxId: integer('outbox_id')
      .primaryKey()
      .references(() => syncOutbox.id),
    messageId: text('message_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    supersedes: text('supersedes'),
    state: text('state', { enum: SYNC_MESSAGE_STATES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    reason: text('reason'),
    currentVersion: text('current_version'),
    assignedAt: timestamp('assigned_at').notNull(),
    settledAt: timestamp('settled_at'),
  },
  (table) => [
    uniqueIndex('sync_messages_message_id_idx').on(table.messageId),
    index('sync_messages_entity_idx').on(table.entity, table.entityId, table.outboxId),
    index('sync_messages_state_idx').on(table.state, table.outboxId),
    check('sync_messages_state_check', sql.raw(`"state" IN (${oneOf(SYNC_MESSAGE_STATES)})`)),
  ],
);
