import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { oneOf, timestamp } from './columns';
import { syncOutbox } from './sync-outbox';

/** Why headquarters did not take a message, or why it cannot be sent as it is (docs/sync-protocol.md). */
export const SYNC_REFUSALS = ['conflict', 'blocked'] as const;
export type SyncRefusal = (typeof SYNC_REFUSALS)[number];

/**
 * The protocol identity of an outbox message (issue 17): its UUIDv7 and the
 * version it supersedes, assigned and committed before the message is first
 * sent, so a retry after a crash or a kill sends the same id and headquarters
 * answers it as a no-op. Acknowledged = `sync_outbox.sent_at` is set (only
 * after headquarters' answer). A `conflict` or `blocked` message stays in the
 * outbox (never deleted) with its Turkish reason until a person resolves it.
 * Not audited: bookkeeping of the transport, not a case-file change.
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
    assignedAt: timestamp('assigned_at').notNull(),
    refusal: text('refusal', { enum: SYNC_REFUSALS }),
    reason: text('reason'),
    currentVersion: text('current_version'),
    refusedAt: timestamp('refused_at'),
  },
  (table) => [
    uniqueIndex('sync_messages_message_id_idx').on(table.messageId),
    index('sync_messages_entity_idx').on(table.entity, table.entityId, table.outboxId),
    index('sync_messages_refused_idx')
      .on(table.refusal, table.outboxId)
      .where(sql`${table.refusal} IS NOT NULL`),
    check('sync_messages_refusal_check', sql.raw(`"refusal" IS NULL OR "refusal" IN (${oneOf(SYNC_REFUSALS)})`)),
  ],
);
