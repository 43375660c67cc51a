import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, isoDate, oneOf, timestamp } from './columns';
import { TERMINATION_EVENT_TYPES } from './enums';

/** Events that end or limit an ITKFDP-II programme (MADDE 16): liquidation, closure, transfer/merger, restructuring. */
export const terminationEvents = sqliteTable(
  'termination_events',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    type: text('type', { enum: TERMINATION_EVENT_TYPES }).notNull(),
    occurredOn: isoDate('occurred_on').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('termination_events_application_idx').on(table.applicationId),
    check('termination_events_type_check', sql`${table.type} IN (${sql.raw(oneOf(TERMINATION_EVENT_TYPES))})`),
  ],
);
