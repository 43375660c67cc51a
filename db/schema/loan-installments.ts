import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { flag, id, isoDate, minorUnits } from './columns';
import { loans } from './loans';

/**
 * Loan instalments; instalment k covers payment period k (ITKFDP-II MADDE
 * 14(1)(a)). A loan with no instalment rows has no instalment information.
 */
export const loanInstallments = sqliteTable(
  'loan_installments',
  {
    id: id(),
    loanId: integer('loan_id')
      .notNull()
      .references(() => loans.id),
    number: integer('number').notNull(),
    dueOn: isoDate('due_on'),
    amountMinor: minorUnits('amount_minor'),
    paid: flag('paid').notNull().default(false),
    paidOn: isoDate('paid_on'),
  },
  (table) => [
    uniqueIndex('loan_installments_loan_number_idx').on(table.loanId, table.number),
    check('loan_installments_number_check', sql`${table.number} >= 1`),
    check('loan_installments_paid_on_check', sql`${table.paidOn} IS NULL OR ${table.paid} = 1`),
  ],
);
