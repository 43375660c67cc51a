import type { KobiDatabase } from '../../db/connection';
import {
  getReplicaRow,
  putMessageClock,
  putReplicaRow,
  readReplicationState,
  unstampedChanges,
  userNamesOf,
  writeReplicationClock,
  type UnstampedChange,
} from '../../db/repositories/replica-rows';
import { formatHlc, nextLocalHlc, parseHlc } from './hlc';
import type { ReplicaEnvelope, RowOrigin, UserRef } from './replica-envelope';
import { refEntity, replicaTable } from '../../db/replica-tables';

/**
 * Stamping (docs/sync-protocol.md §14.2): every local change waiting in the
 * outbox gets its hybrid logical clock and its replication envelope, in
 * outbox order, before it is first sent and before any remote change is
 * applied over it. The clock's physical part is the change's commit time;
 * the counter keeps the device's clocks strictly increasing, and a remote
 * clock received earlier keeps them after it. The column clocks of the row
 * are updated with it, so a remote change is compared with the local one by
 * clock, column by column.
 */
const STAMP_BATCH = 2_000;

type StoredImage = Record<string, string | number | null>;

function parsedImage(json: string | null): StoredImage | null {
  return json === null ? null : (JSON.parse(json) as StoredImage);
}

/** The müdürlük-wide name of a local row: its origin, or this device for a row made here. */
export function originOfLocal(db: KobiDatabase, entity: string, localId: number, deviceId: string): RowOrigin {
  const known = getReplicaRow(db, entity, localId);
  return known === undefined ? { deviceId, entityId: String(localId) } : { deviceId: known.originDevice, entityId: known.originId };
}

function actorName(db: KobiDatabase, actor: string): string {
  const match = /^user:(\d+)$/.exec(actor);
  if (match === null) return actor;
  const user = userNamesOf(db, Number(match[1]));
  return user === undefined ? actor : `user:${user.username}`;
}

function envelopeOf(db: KobiDatabase, change: UnstampedChange, deviceId: string, hlc: string): ReplicaEnvelope {
  const before = parsedImage(change.beforeJson);
  const after = parsedImage(change.afterJson);
  const table = replicaTable(change.entity);
  const refs: Record<string, RowOrigin | UserRef> = {};
  if (after !== null && table !== undefined) {
    for (const [column, target] of table.refs) {
      const value = after[column];
      const entity = refEntity(target, after);
      if (typeof value !== 'number' || entity === null) continue;
      if (entity === 'users') {
        const user = userNamesOf(db, value);
        if (user !== undefined) refs[column] = user;
      } else refs[column] = originOfLocal(db, entity, value, deviceId);
    }
  }
  const columns = Object.keys(after ?? before ?? {}).filter((column) => column !== 'id');
  const changed =
    change.op === 'insert'
      ? columns
      : change.op === 'update'
        ? columns.filter((column) => JSON.stringify(before?.[column] ?? null) !== JSON.stringify(after?.[column] ?? null))
        : [];
  const prev: Record<string, string | number | null> = {};
  if (change.op === 'update') for (const column of changed) prev[column] = before?.[column] ?? null;
  return {
    hlc,
    origin: originOfLocal(db, change.entity, Number(change.entityId), deviceId),
    refs,
    changed,
    prev,
    actor: actorName(db, change.actor),
  };
}

/** Stamp every unstamped local change, inside the caller's transaction; returns how many. */
export function stampLocalChanges(db: KobiDatabase, deviceId: string): number {
  let last = parseHlc(readReplicationState(db).hlc ?? '');
  let stamped = 0;
  for (;;) {
    const changes = unstampedChanges(db, STAMP_BATCH);
    if (changes.length === 0) break;
    for (const change of changes) {
      last = nextLocalHlc(last, Date.parse(change.createdAt), deviceId);
      const hlc = formatHlc(last);
      const envelope = envelopeOf(db, change, deviceId, hlc);
      putMessageClock(db, change.outboxId, hlc, JSON.stringify(envelope));
      const localId = Number(change.entityId);
      const known = getReplicaRow(db, change.entity, localId);
      const clocks = { ...known?.clocks };
      for (const column of envelope.changed) clocks[column] = hlc;
      putReplicaRow(db, change.entity, localId, {
        originDevice: envelope.origin.deviceId,
        originId: envelope.origin.entityId,
        clocks,
        deleted: change.op === 'delete',
      });
    }
    stamped += changes.length;
  }
  if (last !== null && stamped > 0) writeReplicationClock(db, formatHlc(last), db.now());
  return stamped;
}

/** Stamp in a transaction of its own (the push path, before messages are read for sending). */
export function stampPendingChanges(db: KobiDatabase, deviceId: string): number {
  return db.sqlite.transaction(() => stampLocalChanges(db, deviceId)).immediate();
}
