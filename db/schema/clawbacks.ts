import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, isoDate, minorUnits, timestamp } from './columns';
import { paymentRequests } from './payment-requests';

/**
 * A clawback (geri tahsil) of paid support, notified in EUR (ITKFDP-II MADDE
 * 17; IKDP 16(4)). The TCMB rates come from `exchange_rates`; once computed the
 * result is kept as a snapshot with the rule version.
 */
export const clawbacks = sqliteTable(
  'clawbacks',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    paymentRequestId: integer('payment_request_id').references(() => paymentRequests.id),
    amountEurMinor: minorUnits('amount_eur_minor').notNull(),
    paidOn: isoDate('paid_on').notNull(),
    notifiedOn: isoDate('notified_on'),
    repaidOn: isoDate('repaid_on'),
    /** JSON of the computed result (amounts as decimal strings, interest days, rates used). */
    resultSnapshot: text('result_snapshot'),
    rulesVersion: text('rules_version'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('clawbacks_application_idx').on(table.applicationId),
    check('clawbacks_amount_check', sql`${table.amountEurMinor} > 0`),
  ],
);
