import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, monthKey } from './columns';
import { enterprises } from './enterprises';
import { importBatches } from './import-batches';

/**
 * An enterprise's SGK prim gün total for one month in one province (the sum of
 * its işyerleri there). IKDP reads the enterprise total (all provinces summed),
 * ITKFDP-II the application province (MADDE 9(7)). A month without a row has
 * no data, which the rules report as missing, never as zero.
 */
export const enterpriseMonthlyPrimDays = sqliteTable(
  'enterprise_monthly_prim_days',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    province: text('province').notNull(),
    provinceKey: text('province_key').notNull(),
    month: monthKey('month').notNull(),
    primDays: integer('prim_days').notNull(),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (table) => [
    uniqueIndex('enterprise_monthly_prim_days_key_idx').on(table.enterpriseId, table.provinceKey, table.month),
    check('enterprise_monthly_prim_days_days_check', sql`${table.primDays} >= 0`),
  ],
);
