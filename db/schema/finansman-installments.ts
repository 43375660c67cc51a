import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate, minorUnits } from './columns';
import { finansmanLoans } from './finansman-loans';

/** One row of the bank's payment table (ödeme planı) of a credit-line loan: due date, principal and interest. */
export const finansmanInstallments = sqliteTable(
  'finansman_installments',
  {
    id: id(),
    loanId: integer('loan_id')
      .notNull()
      .references(() => finansmanLoans.id),
    number: integer('number').notNull(),
    dueOn: isoDate('due_on').notNull(),
    principalMinor: minorUnits('principal_minor').notNull(),
    interestMinor: minorUnits('interest_minor').notNull(),
  },
  (table) => [
    uniqueIndex('finansman_installments_loan_number_idx').on(table.loanId, table.number),
    check('finansman_installments_number_check', sql`${table.number} >= 1`),
    check('finansman_installments_amounts_check', sql`${table.principalMinor} >= 0 AND ${table.interestMinor} >= 0`),
  ],
);
