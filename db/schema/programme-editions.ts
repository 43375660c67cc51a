import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { flag, id, isoDate, timestamp } from './columns';

/**
 * Programme editions as reference data: the dated parameter set of an edition
 * (core/programmes/…/edition*.ts) as a JSON payload with a version, so that
 * headquarters can ship a newer signed version (ROADMAP 4) and decisions made
 * under an older one stay reproducible.
 */
export const programmeEditions = sqliteTable(
  'programme_editions',
  {
    id: id(),
    editionId: text('edition_id').notNull(),
    version: integer('version').notNull(),
    payload: text('payload').notNull(),
    provisional: flag('provisional').notNull(),
    source: text('source').notNull(),
    effectiveFrom: isoDate('effective_from'),
    importedAt: timestamp('imported_at').notNull(),
  },
  (table) => [uniqueIndex('programme_editions_version_idx').on(table.editionId, table.version)],
);
