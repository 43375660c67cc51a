import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { oneOf, timestamp } from './columns';
import { AUDIT_ACTIONS } from './enums';

/**
 * The hash-chained audit log (issue 3 item 7). Every write through the
 * repositories appends one entry per changed row in the same transaction:
 * who, when, what, and the row before and after (canonical JSON of the stored
 * row). `hash` = SHA-256 of `prev_hash` and the canonical entry, so removing or
 * editing an entry breaks the chain; comparing each audited row with its
 * latest `after_json` catches edits of the rows themselves (db/audit/).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: timestamp('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    prevHash: text('prev_hash').notNull(),
    // No UNIQUE index: hashes land at random positions in a large index (one
    // page read and written per entry at a million entries), and the chain
    // does not need it: `seq` orders it and verifyAudit recomputes every hash.
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_row_idx').on(table.tableName, table.rowId, table.seq),
    check('audit_log_action_check', sql`${table.action} IN (${sql.raw(oneOf(AUDIT_ACTIONS))})`),
  ],
);
