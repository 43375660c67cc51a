import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id } from './columns';

/** The excluded sectors and activities table (ITKFDP-II MADDE 9(14)), by NACE code. */
export const excludedActivities = sqliteTable(
  'excluded_activities',
  {
    id: id(),
    program: text('program').notNull(),
    naceCode: text('nace_code').notNull(),
    description: text('description').notNull(),
    source: text('source').notNull(),
  },
  (table) => [uniqueIndex('excluded_activities_code_idx').on(table.program, table.naceCode)],
);
