import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';

/** The NACE Rev.2 activity list (with the Turkish 6-digit level), for pickers and for naming codes in explanations. */
export const naceCodes = sqliteTable('nace_codes', {
  id: id(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  parentCode: text('parent_code'),
});
