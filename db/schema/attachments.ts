import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, timestamp } from './columns';
import { enterprises } from './enterprises';
import { users } from './users';

/** A file the enterprise or the staff added to a case file (a scanned form, an SGK list…), known by its hash and size. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    applicationId: integer('application_id').references(() => applications.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type'),
    description: text('description'),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    storagePath: text('storage_path'),
    uploadedAt: timestamp('uploaded_at').notNull(),
    uploadedByUserId: integer('uploaded_by_user_id').references(() => users.id),
  },
  (table) => [
    index('attachments_enterprise_idx').on(table.enterpriseId),
    index('attachments_application_idx').on(table.applicationId),
    check('attachments_size_check', sql`${table.sizeBytes} >= 0`),
    check('attachments_sha256_check', sql`length(${table.sha256}) = 64`),
  ],
);
