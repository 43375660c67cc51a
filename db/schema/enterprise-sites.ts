import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, oneOf, timestamp } from './columns';
import { enterprises } from './enterprises';
import { SITE_KINDS } from './enums';

/**
 * Headquarters and branches of an enterprise by province, each with its SGK
 * işyeri sicil numarası. `province_key` is the Turkish fold of `province`
 * (`foldTurkish`), so `KAYSERİ` and `Kayseri` are one province in queries.
 */
export const enterpriseSites = sqliteTable(
  'enterprise_sites',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    province: text('province').notNull(),
    provinceKey: text('province_key').notNull(),
    kind: text('kind', { enum: SITE_KINDS }).notNull(),
    sgkIsyeriSicilNo: text('sgk_isyeri_sicil_no').unique(),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('enterprise_sites_enterprise_idx').on(table.enterpriseId),
    index('enterprise_sites_province_idx').on(table.provinceKey),
    check('enterprise_sites_kind_check', sql`${table.kind} IN (${sql.raw(oneOf(SITE_KINDS))})`),
  ],
);
