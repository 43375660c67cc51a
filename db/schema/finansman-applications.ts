import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { EnterpriseSize, FinansmanCallId } from '../../core/inputs/finansman-input';
import { id, isoDate, oneOf, timestamp } from './columns';
import { enterprises } from './enterprises';
import { users } from './users';

/**
 * An application to the 2026 programme's credit line (finansman desteği, spec/domain-rules.md "Finansman desteği
 * 2026"). Kept apart from `applications` (the grant programmes' files) because the line has its own calls, its own
 * enterprise size and no province; `one-line-only` reads both tables.
 */
/** The calls and sizes core/ knows (core/inputs/finansman-input.ts), as the non-empty tuples drizzle's enums want. */
export const FINANSMAN_CALL_IDS = ['2026-1', '2026-2'] as const satisfies readonly FinansmanCallId[];
export const ENTERPRISE_SIZES = ['KOBI', 'BUYUK'] as const satisfies readonly EnterpriseSize[];
export const FINANSMAN_APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'] as const;
export type FinansmanApplicationStatus = (typeof FINANSMAN_APPLICATION_STATUSES)[number];

export const finansmanApplications = sqliteTable(
  'finansman_applications',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    call: text('call', { enum: FINANSMAN_CALL_IDS }).notNull(),
    status: text('status', { enum: FINANSMAN_APPLICATION_STATUSES }).notNull(),
    appliedOn: isoDate('applied_on'),
    /** KOBİ or large, as the enterprise declared it for this call. */
    size: text('size', { enum: ENTERPRISE_SIZES }).notNull(),
    bankName: text('bank_name'),
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    decidedOn: isoDate('decided_on'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    index('finansman_applications_enterprise_idx').on(table.enterpriseId),
    index('finansman_applications_call_status_idx').on(table.call, table.status, table.appliedOn),
    check('finansman_applications_call_check', sql`${table.call} IN (${sql.raw(oneOf(FINANSMAN_CALL_IDS))})`),
    check('finansman_applications_status_check', sql`${table.status} IN (${sql.raw(oneOf(FINANSMAN_APPLICATION_STATUSES))})`),
    check('finansman_applications_size_check', sql`${table.size} IN (${sql.raw(oneOf(ENTERPRISE_SIZES))})`),
  ],
);
