import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, jsonText, timestamp } from './columns';
import { users } from './users';
import { WORKFLOW_KINDS } from './workflow-states';

/**
 * Every workflow transition made, with who and when (issue 13 item 1), and the
 * facts recorded with it (e.g. the ITKFDP-II eligibility form's tax and SGK
 * debt status on the day, MADDE 14(11), 14(17)).
 */
export const workflowTransitions = sqliteTable(
  'workflow_transitions',
  {
    id: id(),
    recordKind: text('record_kind', { enum: WORKFLOW_KINDS }).notNull(),
    recordId: integer('record_id').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at').notNull(),
    note: text('note'),
    facts: jsonText<Record<string, unknown>>('facts'),
  },
  (table) => [index('workflow_transitions_record_idx').on(table.recordKind, table.recordId)],
);
