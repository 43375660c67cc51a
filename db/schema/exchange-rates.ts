import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate } from './columns';
import { importBatches } from './import-batches';

/** TCMB buying rates (döviz alış) by date, as decimal text (`"39.1234"`): never a float. */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    id: id(),
    rateDate: isoDate('rate_date').notNull(),
    currency: text('currency').notNull(),
    buyingRate: text('buying_rate').notNull(),
    source: text('source').notNull(),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (table) => [uniqueIndex('exchange_rates_date_currency_idx').on(table.rateDate, table.currency)],
);
