import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { flag, id, jsonText, minorUnits, timestamp } from './columns';
import { finansmanApplications } from './finansman-applications';
import { users } from './users';

/**
 * A decision on a credit-line application: the evaluation as it was (every check with its reasons, the support
 * schedule, the call's values with their sources) with the rule version, so it can be shown and reproduced later.
 * A re-evaluation adds a row; the latest is the one in force.
 */
export const finansmanDecisions = sqliteTable(
  'finansman_decisions',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => finansmanApplications.id),
    call: text('call').notNull(),
    eligible: flag('eligible').notNull(),
    payrollLimitMinor: minorUnits('payroll_limit_minor'),
    totalSupportMinor: minorUnits('total_support_minor').notNull(),
    snapshot: jsonText<unknown>('snapshot').notNull(),
    rulesVersion: text('rules_version').notNull(),
    decidedAt: timestamp('decided_at').notNull(),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
  },
  (table) => [index('finansman_decisions_application_idx').on(table.applicationId)],
);
