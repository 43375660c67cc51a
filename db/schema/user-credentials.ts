import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamp } from './columns';
import { users } from './users';

/**
 * A local account's password (issue 13 item 2): scrypt from node:crypto, stored
 * as `scrypt$N$r$p$salt$hash` (base64), never the password. One row per user;
 * audited like every table, but local: not sent to headquarters.
 */
export const userCredentials = sqliteTable('user_credentials', {
  id: id(),
  userId: integer('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  passwordHash: text('password_hash').notNull(),
  changedAt: timestamp('changed_at').notNull(),
});
