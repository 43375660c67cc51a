import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, oneOf, timestamp } from './columns';
import { syncOutbox } from './sync-outbox';

/**
 * Replication of a müdürlük's case files between its PCs through
 * headquarters (issue 18 item 2, docs/sync-protocol.md §14).
 *
 * Transport bookkeeping (not audited, written with plain statements inside the
 * transaction of the change they describe): the device's hybrid logical clock
 * and pull cursor, each outbox message's clock and envelope, and which local
 * row stands for which row of which device. The conflicts are audited: a
 * losing value is kept in the audit trail as the image of a conflict row.
 */

/** One row (`id = 1`): the last hybrid logical clock this device issued or saw, and the position of the changes pulled. */
export const replicationState = sqliteTable(
  'replication_state',
  {
    id: integer('id').primaryKey(),
    hlc: text('hlc'),
    cursor: integer('cursor').notNull().default(0),
    updatedAt: timestamp('updated_at'),
  },
  (table) => [check('replication_state_single_row', sql`${table.id} = 1`)],
);

/**
 * The clock and the replication envelope of an outbox message (the `replica`
 * field of a push item, §14.2), made with the message's protocol identity
 * and committed before it is first sent, so every resend carries the same.
 */
export const syncMessageClocks = sqliteTable('sync_message_clocks', {
  outboxId: integer('outbox_id')
    .primaryKey()
    .references(() => syncOutbox.id),
  hlc: text('hlc').notNull(),
  envelope: text('envelope').notNull(),
});

/**
 * Every case-file row this device knows a replication identity for: the row
 * it is (`origin_device`, `origin_id`: the device that created it and its id
 * there; this device for its own rows), the clock of the last write of each
 * column (`clocks`, JSON grouped by clock, `{"hlc": ["column", …]}`; db/repositories/replica-rows.ts), and whether it was deleted.
 */
export const replicaRows = sqliteTable(
  'replica_rows',
  {
    entity: text('entity').notNull(),
    localId: integer('local_id').notNull(),
    originDevice: text('origin_device').notNull(),
    originId: text('origin_id').notNull(),
    clocks: text('clocks').notNull().default('{}'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.entity, table.localId] })],
);

/**
 * Which local row a row of another device is. Usually one origin per local
 * row; two when two PCs created the same record independently (the first
 * workflow state of one record on two PCs) and the rows were merged.
 */
export const replicaOrigins = sqliteTable(
  'replica_origins',
  {
    originDevice: text('origin_device').notNull(),
    entity: text('entity').notNull(),
    originId: text('origin_id').notNull(),
    localId: integer('local_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.originDevice, table.entity, table.originId] })],
);

/**
 * What a person must look at (shown on every PC it happened on): `field` two
 * PCs changed the same column concurrently (the later clock won, the loser is
 * here); `transition` a workflow transition made from a state this PC had
 * already left; `apply` a change this PC could not apply (with the reason).
 */
export const REPLICATION_CONFLICT_KINDS = ['field', 'transition', 'apply'] as const;
export type ReplicationConflictKind = (typeof REPLICATION_CONFLICT_KINDS)[number];

export const replicationConflicts = sqliteTable(
  'replication_conflicts',
  {
    id: id(),
    kind: text('kind', { enum: REPLICATION_CONFLICT_KINDS }).notNull(),
    entity: text('entity').notNull(),
    localRowId: integer('local_row_id'),
    itemId: text('item_id').notNull(),
    originDevice: text('origin_device').notNull(),
    remoteDevice: text('remote_device').notNull(),
    remoteUser: text('remote_user'),
    column: text('column'),
    localValue: text('local_value'),
    remoteValue: text('remote_value'),
    localHlc: text('local_hlc'),
    remoteHlc: text('remote_hlc'),
    winner: text('winner', { enum: ['local', 'remote'] }),
    message: text('message').notNull(),
    detectedAt: timestamp('detected_at').notNull(),
  },
  (table) => [
    index('replication_conflicts_row_idx').on(table.entity, table.localRowId),
    check('replication_conflicts_kind_check', sql.raw(`"kind" IN (${oneOf(REPLICATION_CONFLICT_KINDS)})`)),
  ],
);
