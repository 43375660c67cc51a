import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, isoDate, minorUnits, oneOf, timestamp } from './columns';
import { FUNDING_LINES } from './enums';

/**
 * The ITKFDP-II bank loan of an application (MADDE 8(1)). Terms may be unknown
 * while the file is being prepared; the eligibility rules then report missing
 * data. `credit_used_on` starts the support periods (MADDE 7(1)).
 */
export const loans = sqliteTable(
  'loans',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .unique()
      .references(() => applications.id),
    amountMinor: minorUnits('amount_minor'),
    termMonths: integer('term_months'),
    fundingLine: text('funding_line', { enum: FUNDING_LINES }),
    bankName: text('bank_name'),
    creditUsedOn: isoDate('credit_used_on'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    // The inbox's credit-use tasks (db/search/inbox.ts): only the loans whose credit is not used yet.
    index('loans_credit_pending_idx')
      .on(table.applicationId)
      .where(sql`${table.creditUsedOn} IS NULL`),
    check('loans_funding_line_check', sql`${table.fundingLine} IS NULL OR ${table.fundingLine} IN (${sql.raw(oneOf(FUNDING_LINES))})`),
    check('loans_amount_check', sql`${table.amountMinor} IS NULL OR ${table.amountMinor} > 0`),
  ],
);
