import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, isoDate, oneOf } from './columns';
import { HOLIDAY_KINDS } from './enums';

/** Official holidays (resmî tatil); `half` days (arife, 28 Ekim) still count as working days for time limits. */
export const holidays = sqliteTable(
  'holidays',
  {
    id: id(),
    date: isoDate('date').notNull().unique(),
    kind: text('kind', { enum: HOLIDAY_KINDS }).notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
  },
  (table) => [check('holidays_kind_check', sql`${table.kind} IN (${sql.raw(oneOf(HOLIDAY_KINDS))})`)],
);
