import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, isoDate, oneOf } from './columns';
import { HOLIDAY_KINDS } from './enums';

/** Administrative leave days (idari izin): shown on calendars, but never holidays for time limits (spec "Time limits"). */
export const idariIzinDays = sqliteTable(
  'idari_izin_days',
  {
    id: id(),
    date: isoDate('date').notNull().unique(),
    kind: text('kind', { enum: HOLIDAY_KINDS }).notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
  },
  (table) => [check('idari_izin_days_kind_check', sql`${table.kind} IN (${sql.raw(oneOf(HOLIDAY_KINDS))})`)],
);
