import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, timestamp } from './columns';
import { paymentRequests } from './payment-requests';
import { users } from './users';

/**
 * A document the app generated (a form PDF such as FRM.39.00.03): its hash and
 * size prove later that a file is the one issued; `data_hash` is the hash of
 * the case data it was made from (printed in its QR code, ROADMAP 3).
 * A form's versions (generated, signed by the preparer, countersigned by the
 * müdür) are rows of their own sharing `form_document_id`, the id printed on
 * the form; `signature_count` says how many signatures the file holds;
 * `visit_id` names the monitoring visit of a visit form (kept without a
 * foreign key so the column is added in place, not by rebuilding the table).
 */
export const documents = sqliteTable(
  'documents',
  {
    id: id(),
    applicationId: integer('application_id').references(() => applications.id),
    paymentRequestId: integer('payment_request_id').references(() => paymentRequests.id),
    formCode: text('form_code').notNull(),
    title: text('title').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    dataHash: text('data_hash'),
    storagePath: text('storage_path'),
    createdAt: timestamp('created_at').notNull(),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    visitId: integer('visit_id'),
    formDocumentId: text('form_document_id'),
    signatureCount: integer('signature_count').notNull().default(0),
  },
  (table) => [
    index('documents_application_idx').on(table.applicationId),
    check('documents_size_check', sql`${table.sizeBytes} >= 0`),
    check('documents_sha256_check', sql`length(${table.sha256}) = 64`),
  ],
);
