import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamp } from './columns';

/**
 * One imported file. The unique (kind, target, file_sha256) makes every import
 * idempotent: the same file for the same target is recognised and not applied
 * twice. `target` is `''` when the import has none (a rate file), because
 * SQLite never treats two NULLs as equal in a unique index.
 */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: id(),
    kind: text('kind').notNull(),
    target: text('target').notNull().default(''),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    rowCount: integer('row_count').notNull().default(0),
    insertedCount: integer('inserted_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    skippedCount: integer('skipped_count').notNull().default(0),
    importedAt: timestamp('imported_at').notNull(),
    importedBy: text('imported_by').notNull(),
  },
  (table) => [uniqueIndex('import_batches_file_idx').on(table.kind, table.target, table.fileSha256)],
);
