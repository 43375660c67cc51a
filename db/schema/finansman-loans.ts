import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, jsonText, minorUnits, timestamp } from './columns';
import { finansmanApplications } from './finansman-applications';

/**
 * The bank loan of a credit-line application. The annual rate is a decimal text (`"33"`, `"41.37"`), never a REAL;
 * `drawn_on` is the JSON list of the drawing dates (the 2026-1 call wants exactly one).
 */
export const finansmanLoans = sqliteTable(
  'finansman_loans',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .unique()
      .references(() => finansmanApplications.id),
    amountMinor: minorUnits('amount_minor').notNull(),
    annualRatePercent: text('annual_rate_percent').notNull(),
    drawnOn: jsonText<readonly string[]>('drawn_on').notNull(),
    termMonths: integer('term_months').notNull(),
    graceMonths: integer('grace_months').notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    check('finansman_loans_amount_check', sql`${table.amountMinor} >= 0`),
    check('finansman_loans_term_check', sql`${table.termMonths} >= 1 AND ${table.graceMonths} >= 0`),
  ],
);
