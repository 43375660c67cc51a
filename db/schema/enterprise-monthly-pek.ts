import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, minorUnits, monthKey } from './columns';
import { enterprises } from './enterprises';
import { importBatches } from './import-batches';

/**
 * An enterprise's prim esas kazanç (PEK) for one month, summed over its workplaces, as declared in the muhtasar ve
 * prim hizmet beyannamesi: the base of the credit line's loan limit. A month without a row has no data (the rules
 * report it as missing, never as zero).
 */
export const enterpriseMonthlyPek = sqliteTable(
  'enterprise_monthly_pek',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    month: monthKey('month').notNull(),
    pekMinor: minorUnits('pek_minor').notNull(),
    /** How many workplaces' rows the total sums (information for the reviewer). */
    workplaces: integer('workplaces').notNull().default(1),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (table) => [
    uniqueIndex('enterprise_monthly_pek_key_idx').on(table.enterpriseId, table.month),
    check('enterprise_monthly_pek_amount_check', sql`${table.pekMinor} >= 0`),
  ],
);
