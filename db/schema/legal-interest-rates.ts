import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, isoDate } from './columns';

/** Kanuni faiz (Law 3095 madde 1): the yearly simple rate in force from each date, as decimal percent text. */
export const legalInterestRates = sqliteTable('legal_interest_rates', {
  id: id(),
  effectiveFrom: isoDate('effective_from').notNull().unique(),
  percent: text('percent').notNull(),
  act: text('act').notNull(),
});
