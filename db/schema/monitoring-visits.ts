import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, isoDate, oneOf, timestamp } from './columns';
import { MONITORING_VISIT_KINDS, MONITORING_VISIT_OUTCOMES } from './enums';
import { users } from './users';

/** On-site monitoring (yerinde izleme) during the programme and post-programme monitoring (IKDP MADDE 14). */
export const monitoringVisits = sqliteTable(
  'monitoring_visits',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind', { enum: MONITORING_VISIT_KINDS }).notNull(),
    dueOn: isoDate('due_on'),
    visitedOn: isoDate('visited_on'),
    visitorUserId: integer('visitor_user_id').references(() => users.id),
    outcome: text('outcome', { enum: MONITORING_VISIT_OUTCOMES }),
    notes: text('notes'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('monitoring_visits_application_idx').on(table.applicationId),
    // The inbox's visit tasks (db/search/inbox.ts): the visits not made yet, by planned date.
    index('monitoring_visits_open_due_idx')
      .on(table.dueOn)
      .where(sql`${table.visitedOn} IS NULL`),
    check('monitoring_visits_kind_check', sql`${table.kind} IN (${sql.raw(oneOf(MONITORING_VISIT_KINDS))})`),
    check(
      'monitoring_visits_outcome_check',
      sql`${table.outcome} IS NULL OR ${table.outcome} IN (${sql.raw(oneOf(MONITORING_VISIT_OUTCOMES))})`,
    ),
  ],
);
