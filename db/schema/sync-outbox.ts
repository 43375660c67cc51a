import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditLog } from './audit-log';
import { id, timestamp } from './columns';

/**
 * Changes waiting to be sent to headquarters (ROADMAP 4). Written in the same
 * transaction as the change it reports, so a change is never committed
 * without its message nor the other way round. `content_hash` (SHA-256 of the
 * canonical payload) makes the push idempotent on the receiving side.
 */
export const syncOutbox = sqliteTable(
  'sync_outbox',
  {
    id: id(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    op: text('op').notNull(),
    payload: text('payload'),
    contentHash: text('content_hash').notNull(),
    auditSeq: integer('audit_seq')
      .notNull()
      .references(() => auditLog.seq),
    createdAt: timestamp('created_at').notNull(),
    sentAt: timestamp('sent_at'),
  },
  (table) => [index('sync_outbox_pending_idx').on(table.sentAt, table.id)],
);
