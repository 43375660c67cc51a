import type { KobiDatabase } from '../connection';
import {
  getReplicaRow,
  putMessageClock,
  putReplicaRow,
  readReplicationState,
  unstampedChanges,
  updateReplicaClocks,
  userNamesOf,
  writeReplicationClock,
  type ReplicaRow,
  type UnstampedChange,
} from '../repositories/replica-rows';
import { formatHlc, nextLocalHlc, parseHlc } from './hlc';
import type { ReplicaEnvelope, RowOrigin, UserRef } from './envelope';
import { refEntity, replicaTable } from '../replica-tables';

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

/**
 * One stamping pass (one transaction): the replica rows and users it has read or written, each read at most once.
 * A pass over 10,000 changes otherwise reads a row's replica record three times per change (its origin, its clocks,
 * the origins of the rows it refers to) and parses its clocks each time.
 */
class StampPass {
  private readonly rows = new Map<string, ReplicaRow | null>();
  private readonly users = new Map<number, UserRef | null>();
  private readonly actors = new Map<string, string>();

  constructor(
    private readonly db: KobiDatabase,
    private readonly deviceId: string,
  ) {}

  row(entity: string, localId: number): ReplicaRow | null {
    const key = `${entity}\n${String(localId)}`;
    let row = this.rows.get(key);
    if (row === undefined) {
      row = getReplicaRow(this.db, entity, localId) ?? null;
      this.rows.set(key, row);
    }
    return row;
  }

  origin(entity: string, localId: number): RowOrigin {
    const known = this.row(entity, localId);
    return known === null
      ? { deviceId: this.deviceId, entityId: String(localId) }
      : { deviceId: known.originDevice, entityId: known.originId };
  }

  user(userId: number): UserRef | null {
    let user = this.users.get(userId);
    if (user === undefined) {
      user = userNamesOf(this.db, userId) ?? null;
      this.users.set(userId, user);
    }
    return user;
  }

  actorName(actor: string): string {
    let name = this.actors.get(actor);
    if (name === undefined) {
      const match = /^user:(\d+)$/.exec(actor);
      const user = match === null ? null : this.user(Number(match[1]));
      name = user === null ? actor : `user:${user.username}`;
      this.actors.set(actor, name);
    }
    return name;
  }

  /** Record the row's new clocks: a new row with its origin, a known one by its clocks alone (its origin never changes). */
  put(entity: string, localId: number, row: ReplicaRow, known: boolean): void {
    if (known) updateReplicaClocks(this.db, entity, localId, row.clocks, row.deleted);
    else putReplicaRow(this.db, entity, localId, row);
    this.rows.set(`${entity}\n${String(localId)}`, row);
  }
}

function envelopeOf(pass: StampPass, change: UnstampedChange, hlc: string): ReplicaEnvelope {
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
        const user = pass.user(value);
        if (user !== null) refs[column] = user;
      } else refs[column] = pass.origin(entity, value);
    }
  }
  const columns = Object.keys(after ?? before ?? {}).filter((column) => column !== 'id');
  // Stored values are JSON strings, numbers and nulls: strict equality is equality of their JSON.
  const changed =
    change.op === 'insert'
      ? columns
      : change.op === 'update'
        ? columns.filter((column) => (before?.[column] ?? null) !== (after?.[column] ?? null))
        : [];
  const prev: Record<string, string | number | null> = {};
  if (change.op === 'update') for (const column of changed) prev[column] = before?.[column] ?? null;
  return {
    hlc,
    origin: pass.origin(change.entity, Number(change.entityId)),
    refs,
    changed,
    prev,
    actor: pass.actorName(change.actor),
  };
}

/**
 * Stamp the unstamped local changes, in outbox order, inside the caller's transaction: all of them, or those up to
 * outbox message `throughOutboxId` (the push stamps a batch ahead of what it sends). Returns how many.
 */
export function stampLocalChanges(db: KobiDatabase, deviceId: string, throughOutboxId?: number): number {
  let last = parseHlc(readReplicationState(db).hlc ?? '');
  let stamped = 0;
  const pass = new StampPass(db, deviceId);
  for (;;) {
    const changes = unstampedChanges(db, STAMP_BATCH, throughOutboxId);
    if (changes.length === 0) break;
    for (const change of changes) {
      last = nextLocalHlc(last, Date.parse(change.createdAt), deviceId);
      const hlc = formatHlc(last);
      const envelope = envelopeOf(pass, change, hlc);
      putMessageClock(db, change.outboxId, hlc, JSON.stringify(envelope));
      const localId = Number(change.entityId);
      const known = pass.row(change.entity, localId);
      const clocks = { ...known?.clocks };
      for (const column of envelope.changed) clocks[column] = hlc;
      pass.put(
        change.entity,
        localId,
        { originDevice: envelope.origin.deviceId, originId: envelope.origin.entityId, clocks, deleted: change.op === 'delete' },
        known !== null,
      );
    }
    stamped += changes.length;
  }
  if (last !== null && stamped > 0) writeReplicationClock(db, formatHlc(last), db.now());
  return stamped;
}
