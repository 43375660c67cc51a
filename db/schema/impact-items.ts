import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { id, isoDate, jsonText, oneOf, timestamp } from './columns';
import { evaluations } from './evaluations';
import { users } from './users';

/**
 * The impact of a rule change (issue 18 item 3). A run re-evaluates every open
 * case after reference data changed (a programme edition from the signed feed,
 * a yönetici's edit) and records here what it found; nothing decided is
 * changed: each finding is an item for the file's sorumlu personel, who
 * re-evaluates the case (a person's action) or marks the item as seen.
 *
 * `watermark` is the last audit entry of the reference tables the run took
 * into account: the next run compares the reference data as of that entry
 * with the data as it is then (electron/services/impact-runner.ts).
 */
export const impactRuns = sqliteTable('impact_runs', {
  id: id(),
  /** Turkish: what started the run ("Merkezden imzalı yayın", "Yönetici düzenlemesi", "Komut satırı"). */
  trigger: text('trigger').notNull(),
  watermark: integer('watermark').notNull(),
  /** The parameters that changed since the previous run: `[{ key, label, edition, before, after }]`. */
  parameters: jsonText<readonly Record<string, unknown>[]>('parameters').notNull(),
  casesChecked: integer('cases_checked').notNull(),
  casesAffected: integer('cases_affected').notNull(),
  workers: integer('workers').notNull(),
  startedAt: timestamp('started_at').notNull(),
  finishedAt: timestamp('finished_at').notNull(),
});

export const IMPACT_ITEM_STATUSES = ['acik', 'incelendi', 'yeniden_degerlendirildi', 'yerine_yenisi_geldi'] as const;
export type ImpactItemStatus = (typeof IMPACT_ITEM_STATUSES)[number];

export const IMPACT_SUBJECTS = ['eligibility', 'payment'] as const;
export type ImpactSubject = (typeof IMPACT_SUBJECTS)[number];

export const impactItems = sqliteTable(
  'impact_items',
  {
    id: id(),
    runId: integer('run_id')
      .notNull()
      .references(() => impactRuns.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    /** What would change: the stored eligibility evaluation, or a payment request's stored decision. */
    subject: text('subject', { enum: IMPACT_SUBJECTS }).notNull(),
    /** The stored eligibility evaluation compared, for `eligibility`. */
    evaluationId: integer('evaluation_id').references(() => evaluations.id),
    /** The payment request whose stored decision was compared, for `payment`. */
    paymentRequestId: integer('payment_request_id'),
    /** The day the change was found: the inbox's due date. */
    foundOn: isoDate('found_on').notNull(),
    /** The stored decision and the decision under the new reference data: `{ approved, amount, currency, rulesVersion }`. */
    before: jsonText<Record<string, unknown>>('before').notNull(),
    after: jsonText<Record<string, unknown>>('after').notNull(),
    /** Every change (core/report/decision-difference.ts `DecisionChange`) and its Turkish sentence. */
    changes: jsonText<readonly Record<string, unknown>[]>('changes').notNull(),
    summary: jsonText<readonly string[]>('summary').notNull(),
    status: text('status', { enum: IMPACT_ITEM_STATUSES }).notNull(),
    reviewedByUserId: integer('reviewed_by_user_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    index('impact_items_application_idx').on(table.applicationId, table.status),
    // The inbox's rule-impact tasks (db/search/inbox.ts) walk open items in date order.
    index('impact_items_open_found_idx')
      .on(table.foundOn, table.id)
      .where(sql`${table.status} = 'acik'`),
    check('impact_items_status_check', sql`${table.status} IN (${sql.raw(oneOf(IMPACT_ITEM_STATUSES))})`),
    check('impact_items_subject_check', sql`${table.subject} IN (${sql.raw(oneOf(IMPACT_SUBJECTS))})`),
  ],
);
