import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, monthKey } from './columns';
import { enterprises } from './enterprises';
import { importBatches } from './import-batches';

/**
 * One person's SGK days in an enterprise, province and month: prim gün and the
 * leave days that count for ITKFDP-II (sick, maternity, paternity, bereavement:
 * MADDE 14(7)). Only the counted days are stored, never the SGK reason codes
 * (eksik gün nedeni): KVKK data minimisation.
 */
export const personMonthlyDays = sqliteTable(
  'person_monthly_days',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    province: text('province').notNull(),
    provinceKey: text('province_key').notNull(),
    tckn: text('tckn').notNull(),
    month: monthKey('month').notNull(),
    primDays: integer('prim_days').notNull().default(0),
    countedLeaveDays: integer('counted_leave_days').notNull().default(0),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (table) => [
    uniqueIndex('person_monthly_days_key_idx').on(table.enterpriseId, table.provinceKey, table.tckn, table.month),
    index('person_monthly_days_person_idx').on(table.enterpriseId, table.tckn),
    check('person_monthly_days_prim_days_check', sql`${table.primDays} BETWEEN 0 AND 30`),
    check('person_monthly_days_leave_days_check', sql`${table.countedLeaveDays} BETWEEN 0 AND 30`),
  ],
);
