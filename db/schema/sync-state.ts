import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';

/**
 * The sync client's state, one row (`id = 1`): this database's device id
 * (UUIDv7, sent with every item; a copy of the file carries it, so a copy
 * that diverges shows up as a conflict), the last success and the last error
 * with its Turkish reason, what the services show as the sync status, and
 * how far the outbox has been answered.
 */
export const syncState = sqliteTable(
  'sync_state',
  {
    id: integer('id').primaryKey(),
    deviceId: text('device_id').notNull(),
    hqUrl: text('hq_url'),
    branchId: text('branch_id'),
    lastAttemptAt: timestamp('last_attempt_at'),
    lastSuccessAt: timestamp('last_success_at'),
    lastErrorAt: timestamp('last_error_at'),
    lastErrorCode: text('last_error_code'),
    lastErrorMessage: text('last_error_message'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /**
     * Every outbox message up to this id has headquarters' answer: acknowledged, or refused with its reason in
     * `sync_messages`. Settling a batch moves it instead of rewriting each message's row; a message acknowledged
     * beyond it (after one still waiting) gets `sync_outbox.sent_at`, as every acknowledged message did before.
     */
    answeredThrough: integer('answered_through').notNull().default(0),
  },
  (table) => [check('sync_state_single_row', sql`${table.id} = 1`)],
);
