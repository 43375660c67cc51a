import type { KobiDatabase } from '../database-types';
import { REPLICATION_CONFLICT_KINDS, replicationConflicts, type ReplicationConflictKind } from '../schema/replication';
import { cachedStatement } from '../statement-cache';
import type { WriteContext } from '../write-context';

/**
 * The replication bookkeeping of a PC (issue 18 item 2, db/schema/replication.ts):
 * which local row stands for which row of the müdürlük, the clock of each
 * column's last write, the device's clock and pull cursor, and each outbox
 * message's clock and envelope. Plain statements, always inside the caller's
 * transaction (the stamp or the apply it belongs to); the conflicts, which a
 * person reads, are written through the write context and audited.
 */

export type ReplicaRow = {
  readonly originDevice: string;
  readonly originId: string;
  readonly clocks: Readonly<Record<string, string>>;
  readonly deleted: boolean;
};

export function readReplicationState(db: KobiDatabase): { readonly hlc: string | null; readonly cursor: number } {
  const row = cachedStatement(db.sqlite, 'SELECT hlc, cursor FROM replication_state WHERE id = 1').get() as
    { hlc: string | null; cursor: number } | undefined;
  return row ?? { hlc: null, cursor: 0 };
}

export function writeReplicationClock(db: KobiDatabase, hlc: string, at: string): void {
  cachedStatement(
    db.sqlite,
    'INSERT INTO replication_state (id, hlc, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET hlc = excluded.hlc, updated_at = excluded.updated_at',
  ).run(hlc, at);
}

export function writeReplicationCursor(db: KobiDatabase, cursor: number, at: string): void {
  cachedStatement(
    db.sqlite,
    'INSERT INTO replication_state (id, cursor, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET cursor = max(cursor, excluded.cursor), updated_at = excluded.updated_at',
  ).run(cursor, at);
}

/**
 * `replica_rows.clocks` as stored: the columns grouped by the clock of their last write, `{"<hlc>": ["column", …]}`.
 * A row inserted here has one clock for all of its columns, so this is about a third of `{"column": "<hlc>"}` per
 * column, which the first replication release wrote and `decodeClocks` still reads.
 */
function encodeClocks(clocks: Readonly<Record<string, string>>): string {
  // A row has one or two distinct clocks: a list and indexOf (the same string objects, compared by identity first)
  // beat a Map keyed by 90-character strings.
  const distinct: string[] = [];
  const groups: string[][] = [];
  for (const column of Object.keys(clocks)) {
    const clock = clocks[column] ?? '';
    let at = distinct.indexOf(clock);
    if (at < 0) {
      at = distinct.push(clock) - 1;
      groups.push([]);
    }
    groups[at]?.push(column);
  }
  return `{${distinct.map((clock, at) => `${JSON.stringify(clock)}:${JSON.stringify(groups[at])}`).join(',')}}`;
}

function decodeClocks(text: string): Record<string, string> {
  const clocks: Record<string, string> = {};
  for (const [key, value] of Object.entries(JSON.parse(text) as Record<string, string | string[]>)) {
    if (typeof value === 'string') clocks[key] = value;
    else for (const column of value) clocks[column] = key;
  }
  return clocks;
}

export function getReplicaRow(db: KobiDatabase, entity: string, localId: number): ReplicaRow | undefined {
  const row = cachedStatement(
    db.sqlite,
    'SELECT origin_device AS originDevice, origin_id AS originId, clocks, deleted FROM replica_rows WHERE entity = ? AND local_id = ?',
  ).get(entity, localId) as { originDevice: string; originId: string; clocks: string; deleted: number } | undefined;
  return row === undefined
    ? undefined
    : {
        originDevice: row.originDevice,
        originId: row.originId,
        clocks: decodeClocks(row.clocks),
        deleted: row.deleted === 1,
      };
}

/** Record (or update) what a local row is and its column clocks; the origin of an existing row never changes. */
export function putReplicaRow(db: KobiDatabase, entity: string, localId: number, row: ReplicaRow): void {
  cachedStatement(
    db.sqlite,
    `INSERT INTO replica_rows (entity, local_id, origin_device, origin_id, clocks, deleted) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, local_id) DO UPDATE SET clocks = excluded.clocks, deleted = excluded.deleted`,
  ).run(entity, localId, row.originDevice, row.originId, encodeClocks(row.clocks), row.deleted ? 1 : 0);
  cachedStatement(
    db.sqlite,
    'INSERT INTO replica_origins (origin_device, entity, origin_id, local_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(row.originDevice, entity, row.originId, localId);
}

/** New column clocks (and deletion) of a row `putReplicaRow` recorded before: its origin stays as it is. */
export function updateReplicaClocks(
  db: KobiDatabase,
  entity: string,
  localId: number,
  clocks: Readonly<Record<string, string>>,
  deleted: boolean,
): void {
  cachedStatement(db.sqlite, 'UPDATE replica_rows SET clocks = ?, deleted = ? WHERE entity = ? AND local_id = ?').run(
    encodeClocks(clocks),
    deleted ? 1 : 0,
    entity,
    localId,
  );
}

/** Another device's row merged into an existing local row (two PCs created the same record). */
export function putReplicaAlias(db: KobiDatabase, entity: string, originDevice: string, originId: string, localId: number): void {
  cachedStatement(
    db.sqlite,
    'INSERT INTO replica_origins (origin_device, entity, origin_id, local_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(originDevice, entity, originId, localId);
}

/** The local id of another device's row, or `undefined` when this PC has not received it. */
export function localIdOfOrigin(db: KobiDatabase, entity: string, originDevice: string, originId: string): number | undefined {
  const row = cachedStatement(
    db.sqlite,
    'SELECT local_id AS localId FROM replica_origins WHERE origin_device = ? AND entity = ? AND origin_id = ?',
  ).get(originDevice, entity, originId) as { localId: number } | undefined;
  return row?.localId;
}

export type UnstampedChange = {
  readonly outboxId: number;
  readonly entity: string;
  readonly entityId: string;
  readonly op: 'insert' | 'update' | 'delete';
  readonly createdAt: string;
  readonly actor: string;
  readonly beforeJson: string | null;
  readonly afterJson: string | null;
};

/**
 * Unsent outbox messages without a clock yet, in outbox order, up to outbox message `throughOutboxId`, with the
 * audit entry of their change.
 */
export function unstampedChanges(db: KobiDatabase, limit: number, throughOutboxId = Number.MAX_SAFE_INTEGER): UnstampedChange[] {
  return cachedStatement(
    db.sqlite,
    `SELECT o.id AS outboxId, o.entity, o.entity_id AS entityId, o.op, o.created_at AS createdAt, a.actor,
            a.before_json AS beforeJson, a.after_json AS afterJson
     FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq
     WHERE o.sent_at IS NULL AND o.id > coalesce((SELECT max(outbox_id) FROM sync_message_clocks), 0) AND o.id <= ?
     ORDER BY o.id LIMIT ?`,
  ).all(throughOutboxId, limit) as UnstampedChange[];
}

export function putMessageClock(db: KobiDatabase, outboxId: number, hlc: string, envelope: string): void {
  cachedStatement(db.sqlite, 'INSERT INTO sync_message_clocks (outbox_id, hlc, envelope) VALUES (?, ?, ?)').run(outboxId, hlc, envelope);
}

export type NewReplicationConflict = {
  readonly kind: ReplicationConflictKind;
  readonly entity: string;
  readonly localRowId: number | null;
  readonly itemId: string;
  readonly originDevice: string;
  readonly remoteDevice: string;
  readonly remoteUser: string | null;
  readonly column?: string | null;
  readonly localValue?: string | null;
  readonly remoteValue?: string | null;
  readonly localHlc?: string | null;
  readonly remoteHlc?: string | null;
  readonly winner?: 'local' | 'remote' | null;
  readonly message: string;
};

/** A conflict a person must see; audited, so a losing value stays in the audit trail. */
export function recordReplicationConflict(w: WriteContext, conflict: NewReplicationConflict): number {
  return w.insert(replicationConflicts, {
    kind: conflict.kind,
    entity: conflict.entity,
    localRowId: conflict.localRowId,
    itemId: conflict.itemId,
    originDevice: conflict.originDevice,
    remoteDevice: conflict.remoteDevice,
    remoteUser: conflict.remoteUser,
    column: conflict.column ?? null,
    localValue: conflict.localValue ?? null,
    remoteValue: conflict.remoteValue ?? null,
    localHlc: conflict.localHlc ?? null,
    remoteHlc: conflict.remoteHlc ?? null,
    winner: conflict.winner ?? null,
    message: conflict.message,
    detectedAt: w.at,
  }).id;
}

export type ReplicationConflict = {
  readonly id: number;
  readonly kind: ReplicationConflictKind;
  readonly entity: string;
  readonly localRowId: number | null;
  readonly itemId: string;
  readonly remoteDevice: string;
  readonly remoteUser: string | null;
  readonly column: string | null;
  readonly localValue: string | null;
  readonly remoteValue: string | null;
  readonly winner: 'local' | 'remote' | null;
  readonly message: string;
  readonly detectedAt: string;
};

/** The conflicts, newest first. */
export function listReplicationConflicts(db: KobiDatabase, limit: number): ReplicationConflict[] {
  return cachedStatement(
    db.sqlite,
    `SELECT id, kind, entity, local_row_id AS localRowId, item_id AS itemId, remote_device AS remoteDevice, remote_user AS remoteUser,
            "column", local_value AS localValue, remote_value AS remoteValue, winner, message, detected_at AS detectedAt
     FROM replication_conflicts ORDER BY id DESC LIMIT ?`,
  ).all(limit) as ReplicationConflict[];
}

export function countReplicationConflicts(db: KobiDatabase): Record<ReplicationConflictKind, number> {
  const rows = cachedStatement(db.sqlite, 'SELECT kind, count(*) AS n FROM replication_conflicts GROUP BY kind').all() as {
    kind: ReplicationConflictKind;
    n: number;
  }[];
  return Object.fromEntries(REPLICATION_CONFLICT_KINDS.map((kind) => [kind, rows.find((row) => row.kind === kind)?.n ?? 0])) as Record<
    ReplicationConflictKind,
    number
  >;
}

/** A local user as the other PCs know them: by user name. */
export function userNamesOf(db: KobiDatabase, userId: number): { username: string; fullName: string; role: string } | undefined {
  return cachedStatement(db.sqlite, 'SELECT username, full_name AS fullName, role FROM users WHERE id = ?').get(userId) as
    { username: string; fullName: string; role: string } | undefined;
}

export function userIdOfName(db: KobiDatabase, username: string): number | undefined {
  const row = cachedStatement(db.sqlite, 'SELECT id FROM users WHERE username = ?').get(username) as { id: number } | undefined;
  return row?.id;
}

/** A stored row as its driver values by column name, or `undefined`. */
export function storedRow(db: KobiDatabase, entity: string, id: number): Record<string, unknown> | undefined {
  return cachedStatement(db.sqlite, `SELECT * FROM "${entity.replaceAll('"', '""')}" WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
}

/** The workflow state row of a record, if this PC has one. */
export function workflowStateRowId(db: KobiDatabase, recordKind: string, recordId: number): number | undefined {
  const row = cachedStatement(db.sqlite, 'SELECT id FROM workflow_states WHERE record_kind = ? AND record_id = ?').get(
    recordKind,
    recordId,
  ) as { id: number } | undefined;
  return row?.id;
}
