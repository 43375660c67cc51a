import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamp } from './columns';

/**
 * Where a record stands in its workflow (electron/services/workflows/): one row
 * per record that has made a transition; `state` is the ASCII snake_case code
 * of the workflow catalogue (`mudur_onayinda`, `uygunluk_formu_hazirlandi`…).
 * A record without a row is in the state its own status implies.
 */
export const WORKFLOW_KINDS = [
  'ikdp_application',
  'itkfdp_application',
  'payment_request',
  'monitoring_visit',
  'finansman_application',
] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

export const workflowStates = sqliteTable(
  'workflow_states',
  {
    id: id(),
    recordKind: text('record_kind', { enum: WORKFLOW_KINDS }).notNull(),
    recordId: integer('record_id').notNull(),
    state: text('state').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('workflow_states_record_idx').on(table.recordKind, table.recordId),
    // The müdür's approval list reads the records waiting in a few states (db/search/approvals.ts).
    index('workflow_states_state_idx').on(table.state, table.recordKind),
  ],
);
