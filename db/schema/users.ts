import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { flag, id, oneOf, timestamp } from './columns';
import { USER_ROLES } from './enums';

/** Staff of the müdürlük who use the app; `role` decides what they may do (ROADMAP 1). */
export const users = sqliteTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    active: flag('active').notNull().default(true),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [check('users_role_check', sql`${table.role} IN (${sql.raw(oneOf(USER_ROLES))})`)],
);
