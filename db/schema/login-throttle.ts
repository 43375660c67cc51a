import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamp } from './columns';

/**
 * Failed sign-ins per user name (issue 13 item 2), kept in the database so a
 * restart of the main process does not reset the throttle. The key is the
 * user name as typed, lower-cased (a name that does not exist is throttled
 * too, so the answer never tells which names exist). A successful sign-in
 * removes the row. Audited like every table, but local: never sent to
 * headquarters.
 */
export const loginThrottle = sqliteTable('login_throttle', {
  id: id(),
  usernameKey: text('username_key').notNull().unique(),
  failures: integer('failures').notNull(),
  /** No attempt for this name is checked before this instant (ISO-8601 UTC). */
  blockedUntil: timestamp('blocked_until').notNull(),
  lastFailureAt: timestamp('last_failure_at').notNull(),
});
