import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, oneOf, timestamp } from './columns';
import { REPLICATION_CONFLICT_KINDS } from './replication';
import { users } from './users';

/**
 * How a person resolved a replication conflict (issue 18 item 2,
 * docs/sync-protocol.md §14.6). A case-file table: written through
 * `withWrite`, audited and queued for headquarters, so it reaches the
 * müdürlük's other PCs and closes their copy of the same conflict.
 *
 * Conflict rows are per PC (each PC records what it saw, with its own ids);
 * the same conflict is named on every PC by what is the same everywhere: the
 * table, the column and the two clocks of the competing changes (`hlc_low`,
 * `hlc_high`, in text order: one PC saw them as local/remote, the other the
 * other way round), or for an `apply` conflict the headquarters item that
 * could not be applied. A conflict is open while no resolution names it.
 *
 * `action`: `keep` the value in force was kept; `apply-other` the losing
 * value was written again as a new edit (its own clock, so it replicates);
 * `acknowledge` a transition conflict was reviewed (the note says why);
 * `transition` a new transition was made from the current state
 * (`to_state`).
 */
export const CONFLICT_RESOLUTION_ACTIONS = ['keep', 'apply-other', 'acknowledge', 'transition'] as const;
export type ConflictResolutionAction = (typeof CONFLICT_RESOLUTION_ACTIONS)[number];

export const conflictResolutions = sqliteTable(
  'conflict_resolutions',
  {
    id: id(),
    conflictKind: text('conflict_kind', { enum: REPLICATION_CONFLICT_KINDS }).notNull(),
    entity: text('entity').notNull(),
    column: text('column'),
    hlcLow: text('hlc_low'),
    hlcHigh: text('hlc_high'),
    itemId: text('item_id'),
    action: text('action', { enum: CONFLICT_RESOLUTION_ACTIONS }).notNull(),
    value: text('value'),
    toState: text('to_state'),
    note: text('note'),
    resolvedBy: integer('resolved_by')
      .notNull()
      .references(() => users.id),
    resolvedAt: timestamp('resolved_at').notNull(),
  },
  (table) => [
    index('conflict_resolutions_pair_idx').on(table.entity, table.hlcLow, table.hlcHigh),
    index('conflict_resolutions_item_idx').on(table.itemId),
    check('conflict_resolutions_action_check', sql.raw(`"action" IN (${oneOf(CONFLICT_RESOLUTION_ACTIONS)})`)),
    check('conflict_resolutions_kind_check', sql.raw(`"conflict_kind" IN (${oneOf(REPLICATION_CONFLICT_KINDS)})`)),
  ],
);
