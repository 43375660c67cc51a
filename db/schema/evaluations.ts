import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, jsonText, timestamp } from './columns';
import { users } from './users';

/**
 * An eligibility evaluation of an application made by core/ and stored as
 * made (issue 13 item 1): every check with its article and explanation, the
 * rule version, and who prepared it (four-eyes: that user cannot approve it).
 */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind', { enum: ['eligibility'] }).notNull(),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    result: jsonText<Record<string, unknown>>('result').notNull(),
    rulesVersion: text('rules_version').notNull(),
    preparedByUserId: integer('prepared_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [index('evaluations_application_idx').on(table.applicationId)],
);
