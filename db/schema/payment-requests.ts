import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { flag, id, isoDate, jsonText, minorUnits, oneOf, timestamp } from './columns';
import { CURRENCIES, PAYMENT_REQUEST_STATUSES, PROGRAM_IDS } from './enums';
import { users } from './users';

/**
 * A payment request (ödeme talebi): months of an İstihdamı Koruma edition or
 * periods of ITKFDP-II, the facts the request states, and once decided a
 * snapshot of the decision (every check with its article and explanation,
 * the amounts with how they were computed, the rule version and edition) so
 * it can be shown as it was years later. Requests are decided in entry order
 * (`id`), as the rules require (an approved month counts as paid for later ones).
 */
export const paymentRequests = sqliteTable(
  'payment_requests',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    program: text('program', { enum: PROGRAM_IDS }).notNull(),
    submittedOn: isoDate('submitted_on').notNull(),
    /** İstihdamı Koruma: JSON array of `YYYY-MM`. */
    months: jsonText<readonly string[]>('months'),
    /** ITKFDP-II: JSON array of period numbers 1–6. */
    periods: jsonText<readonly number[]>('periods'),
    taxLiabilityActive: flag('tax_liability_active'),
    overdueKosgebDebt: flag('overdue_kosgeb_debt'),
    overdueTaxOrSgkDebt: flag('overdue_tax_or_sgk_debt'),
    commitmentDeclared: flag('commitment_declared'),
    excuseAccepted: flag('excuse_accepted'),
    status: text('status', { enum: PAYMENT_REQUEST_STATUSES }).notNull(),
    approved: flag('approved'),
    amountMinor: minorUnits('amount_minor'),
    currency: text('currency', { enum: CURRENCIES }),
    /** JSON of `PaymentDecisionSnapshot` (db/repositories/payment-decisions.ts). */
    decisionSnapshot: text('decision_snapshot'),
    rulesVersion: text('rules_version'),
    editionId: text('edition_id'),
    decidedAt: timestamp('decided_at'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('payment_requests_application_idx').on(table.applicationId),
    check('payment_requests_program_check', sql`${table.program} IN (${sql.raw(oneOf(PROGRAM_IDS))})`),
    check('payment_requests_status_check', sql`${table.status} IN (${sql.raw(oneOf(PAYMENT_REQUEST_STATUSES))})`),
    check('payment_requests_currency_check', sql`${table.currency} IS NULL OR ${table.currency} IN (${sql.raw(oneOf(CURRENCIES))})`),
    check('payment_requests_subject_check', sql`(${table.months} IS NULL) <> (${table.periods} IS NULL)`),
    check(
      'payment_requests_decision_check',
      sql`(${table.status} = 'DECIDED') = (${table.decisionSnapshot} IS NOT NULL AND ${table.approved} IS NOT NULL AND ${table.amountMinor} IS NOT NULL AND ${table.rulesVersion} IS NOT NULL)`,
    ),
  ],
);
