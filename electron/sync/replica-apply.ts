import type { KobiDatabase } from '../../db/connection';
import { DatabaseBusyError } from '../../db/busy';
import {
  getReplicaRow,
  localIdOfOrigin,
  putReplicaAlias,
  putReplicaRow,
  readReplicationState,
  recordReplicationConflict,
  storedRow,
  userIdOfName,
  workflowStateRowId,
  writeReplicationClock,
  writeReplicationCursor,
} from '../../db/repositories/replica-rows';
import { createUser } from '../../db/repositories/users';
import { USER_ROLES, type UserRole } from '../../db/schema/enums';
import type { AuditedTable } from '../../db/audited-tables';
import { withWrite, type WriteContext } from '../../db/write-context';
import type { ChangeEntry } from './changes-protocol';
import { formatHlc, parseHlc, receiveHlc } from '../../db/replication/hlc';
import type { PushItem } from './protocol';
import type { ReplicaEnvelope, RowOrigin } from '../../db/replication/envelope';
import { originOfLocal, stampLocalChanges } from '../../db/replication/stamp';
import { refEntity, replicaTable, type ReplicaTable } from '../../db/replica-tables';
import { RECORD_LABELS, REPLICATION_TEXT } from './replication-messages-tr';
import { entityLabel } from './sync-messages-tr';

/**
 * Applying the changes of the müdürlük's other PCs (docs/sync-protocol.md
 * §14.4). A run of consecutive changes by the same origin device and user is
 * one `withWrite` transaction: the rows, their audit entries (actor
 * `system:replica:<device>:<user>`, so every PC's chain names who made the
 * change where), the column clocks and the pull cursor commit together. The
 * write context is told not to queue them for headquarters again
 * (`queueOutbox: false`): headquarters already holds them, so nothing echoes.
 *
 * Per column, last writer wins by hybrid logical clock (the device id breaks
 * ties inside the clock), the same decision on every PC whatever order the
 * changes arrive in. A concurrent change (this PC held a value the sender
 * had not seen) is kept as a `field` conflict, the loser's value in it and in
 * the audit trail. A workflow state changed on another PC from a state this
 * PC had already left is a `transition` conflict: the later transition still
 * decides the state (so all PCs agree), and every PC that saw the
 * divergence lists it for a person. A change that cannot be applied (a row
 * never received, a database constraint) is an `apply` conflict; the cursor
 * passes it, so one bad change never stops the others.
 */
export type ApplyTally = { applied: number; skipped: number; conflicts: number };

class ApplyRefusal extends Error {}

type StoredValue = string | number | null;
type StoredValues = Record<string, StoredValue>;

const NOISE_COLUMNS = new Set(['updated_at']);

function asStored(value: unknown): StoredValue {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function shownValue(value: StoredValue): string | null {
  return value === null ? null : String(value);
}

/** The envelope of an item pushed before version 1.2: the row is the sender's own, references are its own rows. */
function legacyEnvelope(item: PushItem): ReplicaEnvelope {
  const payload = item.payload === null ? {} : (JSON.parse(item.payload) as StoredValues);
  return {
    hlc: formatHlc({ millis: Date.parse(item.createdAt), counter: 0, device: item.deviceId }),
    origin: { deviceId: item.deviceId, entityId: item.entityId },
    refs: {},
    changed: item.op === 'delete' ? [] : Object.keys(payload).filter((column) => column !== 'id'),
    prev: {},
    actor: 'system:bilinmiyor',
  };
}

function userOf(envelope: ReplicaEnvelope): string {
  return envelope.actor.startsWith('user:') ? envelope.actor.slice('user:'.length) : envelope.actor;
}

function actorLabelOf(item: PushItem, envelope: ReplicaEnvelope): string {
  return `replica:${item.deviceId}:${envelope.actor}`;
}

/** Drizzle's property values of stored (driver) values, for the write context. */
function properties(table: ReplicaTable, values: StoredValues): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    const known = table.columns.get(column);
    if (known === undefined) continue;
    const [key, definition] = known;
    result[key] = value === null ? null : definition.mapFromDriverValue(value);
  }
  return result;
}

class RemoteApplier {
  constructor(
    private readonly w: WriteContext,
    private readonly deviceId: string,
    private readonly tally: ApplyTally,
  ) {}

  private get db(): KobiDatabase {
    return this.w.db;
  }

  resolve(entity: string, origin: RowOrigin): number | undefined {
    return origin.deviceId === this.deviceId ? Number(origin.entityId) : localIdOfOrigin(this.db, entity, origin.deviceId, origin.entityId);
  }

  private userId(envelope: ReplicaEnvelope, column: string): number {
    const ref = envelope.refs[column];
    if (ref === undefined || !('username' in ref)) throw new ApplyRefusal(REPLICATION_TEXT.unknownUser);
    const known = userIdOfName(this.db, ref.username);
    if (known !== undefined) return known;
    // The user exists on the PC the change came from: made known here (inactive, no password) so four-eyes compares people, not ids.
    const role: UserRole = (USER_ROLES as readonly string[]).includes(ref.role) ? (ref.role as UserRole) : 'izleyici';
    return createUser(this.w, { username: ref.username, fullName: ref.fullName, role, active: false }).id;
  }

  /** The payload with this PC's ids in its reference columns. */
  private translated(table: ReplicaTable, item: PushItem, envelope: ReplicaEnvelope): StoredValues {
    const payload = JSON.parse(item.payload ?? '{}') as StoredValues;
    const values: StoredValues = {};
    for (const [column, value] of Object.entries(payload)) {
      if (column === 'id') continue;
      const target = table.refs.get(column);
      if (target === undefined || value === null) {
        values[column] = value;
        continue;
      }
      const entity = refEntity(target, payload);
      if (entity === null) throw new ApplyRefusal(REPLICATION_TEXT.refused(`${column}: ${String(value)}`));
      if (entity === 'users') {
        values[column] = this.userId(envelope, column);
        continue;
      }
      const ref = envelope.refs[column] ?? { deviceId: item.deviceId, entityId: String(value) };
      const local = 'username' in ref ? undefined : this.resolve(entity, ref);
      if (local === undefined)
        throw new ApplyRefusal(REPLICATION_TEXT.missingReference(entityLabel(entity, 'username' in ref ? ref.username : ref.entityId)));
      values[column] = local;
    }
    return values;
  }

  apply(entry: ChangeEntry): void {
    const { item } = entry;
    if (item.deviceId === this.deviceId) {
      this.tally.skipped += 1;
      return;
    }
    const table = replicaTable(item.entity);
    if (table === undefined) throw new ApplyRefusal(REPLICATION_TEXT.unknownTable(item.entity));
    const envelope = item.replica ?? legacyEnvelope(item);
    const localId = this.resolve(item.entity, envelope.origin);
    switch (item.op) {
      case 'insert':
        this.insert(table, item, envelope, localId);
        return;
      case 'update': {
        if (localId === undefined) throw new ApplyRefusal(REPLICATION_TEXT.unknownRow);
        this.merge(table, item, envelope, localId, this.translated(table, item, envelope), false);
        return;
      }
      case 'delete':
        this.remove(table, localId);
        return;
    }
  }

  private insert(table: ReplicaTable, item: PushItem, envelope: ReplicaEnvelope, localId: number | undefined): void {
    if (localId !== undefined) {
      this.tally.skipped += 1;
      return;
    }
    const values = this.translated(table, item, envelope);
    if (table.name === 'workflow_states') {
      // Two PCs made the first transition of one record: one record, one state row; the other PC's row becomes an alias of it.
      const existing = workflowStateRowId(this.db, String(values.record_kind), Number(values.record_id));
      if (existing !== undefined) {
        putReplicaAlias(this.db, table.name, envelope.origin.deviceId, envelope.origin.entityId, existing);
        this.merge(table, item, envelope, existing, values, true);
        return;
      }
    }
    const row = this.w.insert<AuditedTable>(table.table, properties(table, values));
    const clocks: Record<string, string> = {};
    for (const column of envelope.changed) clocks[column] = envelope.hlc;
    putReplicaRow(this.db, table.name, row.id, {
      originDevice: envelope.origin.deviceId,
      originId: envelope.origin.entityId,
      clocks,
      deleted: false,
    });
    this.tally.applied += 1;
  }

  private merge(
    table: ReplicaTable,
    item: PushItem,
    envelope: ReplicaEnvelope,
    localId: number,
    values: StoredValues,
    firstState: boolean,
  ): void {
    const known = getReplicaRow(this.db, table.name, localId);
    if (known?.deleted === true) throw new ApplyRefusal(REPLICATION_TEXT.deletedRow);
    const current = storedRow(this.db, table.name, localId);
    if (current === undefined) throw new ApplyRefusal(REPLICATION_TEXT.unknownRow);
    const clocks: Record<string, string> = { ...known?.clocks };
    const changes: StoredValues = {};
    const remoteUser = userOf(envelope);
    for (const column of envelope.changed) {
      if (column === 'id' || !(column in values) || !table.columns.has(column)) continue;
      const incoming = values[column] ?? null;
      const local = asStored(current[column]);
      const localClock = clocks[column] ?? '';
      const remoteWins = envelope.hlc > localClock;
      if (remoteWins) {
        if (incoming !== local) changes[column] = incoming;
        clocks[column] = envelope.hlc;
      }
      if (incoming === local || table.refs.has(column) || NOISE_COLUMNS.has(column)) continue;
      if (table.name === 'workflow_states' && column === 'state') continue;
      const prev = envelope.prev[column];
      const concurrent = !remoteWins || (prev !== undefined && prev !== local);
      if (!concurrent) continue;
      recordReplicationConflict(this.w, {
        kind: 'field',
        entity: table.name,
        localRowId: localId,
        itemId: item.id,
        originDevice: envelope.origin.deviceId,
        remoteDevice: item.deviceId,
        remoteUser,
        column,
        localValue: shownValue(local),
        remoteValue: shownValue(incoming),
        localHlc: localClock === '' ? null : localClock,
        remoteHlc: envelope.hlc,
        winner: remoteWins ? 'remote' : 'local',
        message: REPLICATION_TEXT.field({
          entity: table.name,
          localId,
          column,
          winner: remoteWins ? 'remote' : 'local',
          localValue: shownValue(local),
          remoteValue: shownValue(incoming),
          remoteUser,
        }),
      });
      this.tally.conflicts += 1;
    }
    if (table.name === 'workflow_states' && envelope.changed.includes('state'))
      this.checkTransition(item, envelope, localId, current, values, changes, firstState, known?.clocks.state ?? null);
    if (Object.keys(changes).length > 0) this.w.update(table.table, localId, properties(table, changes));
    const origin =
      known === undefined
        ? originOfLocal(this.db, table.name, localId, this.deviceId)
        : { deviceId: known.originDevice, entityId: known.originId };
    putReplicaRow(this.db, table.name, localId, { originDevice: origin.deviceId, originId: origin.entityId, clocks, deleted: false });
    this.tally.applied += 1;
  }

  /** A workflow state moved on another PC from a state this PC had already left: never merged silently. */
  private checkTransition(
    item: PushItem,
    envelope: ReplicaEnvelope,
    localId: number,
    current: Record<string, unknown>,
    values: StoredValues,
    changes: StoredValues,
    firstState: boolean,
    localHlc: string | null,
  ): void {
    const localState = asStored(current.state);
    const to = values.state ?? null;
    const from = firstState ? null : (envelope.prev.state ?? null);
    if (localState === to || (!firstState && localState === from)) return;
    const recordKind = String(current.record_kind);
    const result = 'state' in changes ? (changes.state ?? null) : localState;
    const remoteUser = userOf(envelope);
    recordReplicationConflict(this.w, {
      kind: 'transition',
      entity: 'workflow_states',
      localRowId: localId,
      itemId: item.id,
      originDevice: envelope.origin.deviceId,
      remoteDevice: item.deviceId,
      remoteUser,
      column: 'state',
      localValue: shownValue(localState),
      remoteValue: shownValue(to),
      // With the remote clock, the pair that names this conflict on every PC (a resolution closes it everywhere).
      localHlc,
      remoteHlc: envelope.hlc,
      winner: 'state' in changes ? 'remote' : 'local',
      message: REPLICATION_TEXT.transition({
        recordKind,
        recordLabel: `${RECORD_LABELS[recordKind] ?? recordKind} ${String(current.record_id)}`,
        localState: shownValue(localState),
        from: shownValue(from),
        to: shownValue(to),
        result: shownValue(result),
        remoteUser,
      }),
    });
    this.tally.conflicts += 1;
  }

  private remove(table: ReplicaTable, localId: number | undefined): void {
    const known = localId === undefined ? undefined : getReplicaRow(this.db, table.name, localId);
    if (localId === undefined || known?.deleted === true || storedRow(this.db, table.name, localId) === undefined) {
      this.tally.skipped += 1;
      return;
    }
    this.w.remove(table.table, localId);
    const origin =
      known === undefined
        ? originOfLocal(this.db, table.name, localId, this.deviceId)
        : { deviceId: known.originDevice, entityId: known.originId };
    putReplicaRow(this.db, table.name, localId, {
      originDevice: origin.deviceId,
      originId: origin.entityId,
      clocks: known?.clocks ?? {},
      deleted: true,
    });
    this.tally.applied += 1;
  }
}

function envelopeOf(item: PushItem): ReplicaEnvelope {
  return item.replica ?? legacyEnvelope(item);
}

/** Advance this PC's clock past every clock of `entries` (causality: later local changes order after them). */
function receiveClocks(db: KobiDatabase, entries: readonly ChangeEntry[], deviceId: string, at: string): void {
  let last = parseHlc(readReplicationState(db).hlc ?? '');
  for (const entry of entries) {
    const remote = parseHlc(envelopeOf(entry.item).hlc);
    if (remote !== null) last = receiveHlc(last, remote, deviceId);
  }
  if (last !== null) writeReplicationClock(db, formatHlc(last), at);
}

function applyRun(db: KobiDatabase, run: readonly ChangeEntry[], deviceId: string): ApplyTally {
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return { applied: 0, skipped: 0, conflicts: 0 };
  const tally: ApplyTally = { applied: 0, skipped: 0, conflicts: 0 };
  withWrite(
    db,
    { kind: 'system', name: actorLabelOf(first.item, envelopeOf(first.item)) },
    (w) => {
      stampLocalChanges(db, deviceId);
      const applier = new RemoteApplier(w, deviceId, tally);
      for (const entry of run) applier.apply(entry);
      receiveClocks(db, run, deviceId, w.at);
      writeReplicationCursor(db, last.position, w.at);
    },
    { queueOutbox: false },
  );
  return tally;
}

function refusalText(error: unknown): string {
  if (error instanceof ApplyRefusal) return error.message;
  return REPLICATION_TEXT.refused(error instanceof Error ? error.message : String(error));
}

/** Apply one entry on its own; a failure becomes an `apply` conflict and the cursor passes it. */
function applyAlone(db: KobiDatabase, entry: ChangeEntry, deviceId: string): ApplyTally {
  try {
    return applyRun(db, [entry], deviceId);
  } catch (error) {
    if (error instanceof DatabaseBusyError) throw error;
    const envelope = envelopeOf(entry.item);
    withWrite(
      db,
      { kind: 'system', name: actorLabelOf(entry.item, envelope) },
      (w) => {
        recordReplicationConflict(w, {
          kind: 'apply',
          entity: entry.item.entity,
          localRowId: null,
          itemId: entry.item.id,
          originDevice: envelope.origin.deviceId,
          remoteDevice: entry.item.deviceId,
          remoteUser: userOf(envelope),
          message: REPLICATION_TEXT.apply(entityLabel(entry.item.entity, envelope.origin.entityId), refusalText(error)),
        });
        receiveClocks(db, [entry], deviceId, w.at);
        writeReplicationCursor(db, entry.position, w.at);
      },
      { queueOutbox: false },
    );
    return { applied: 0, skipped: 0, conflicts: 1 };
  }
}

/**
 * Apply a page of changes in position order: runs of one origin device and
 * user in one transaction each; a run that fails is applied again change by
 * change, so only the change at fault becomes a conflict. A busy database
 * (`DatabaseBusyError`) stops the page with the runs before it committed and
 * counted in `total`, the cursor after the last of them.
 */
export function applyRemoteChanges(
  db: KobiDatabase,
  entries: readonly ChangeEntry[],
  deviceId: string,
  total: ApplyTally = { applied: 0, skipped: 0, conflicts: 0 },
): ApplyTally {
  const add = (tally: ApplyTally): void => {
    total.applied += tally.applied;
    total.skipped += tally.skipped;
    total.conflicts += tally.conflicts;
  };
  let index = 0;
  while (index < entries.length) {
    const first = entries[index];
    if (first === undefined) break;
    const label = actorLabelOf(first.item, envelopeOf(first.item));
    let end = index + 1;
    while (end < entries.length) {
      const next = entries[end];
      if (next === undefined || actorLabelOf(next.item, envelopeOf(next.item)) !== label) break;
      end += 1;
    }
    const run = entries.slice(index, end);
    try {
      add(applyRun(db, run, deviceId));
    } catch (error) {
      if (error instanceof DatabaseBusyError) throw error;
      for (const entry of run) add(applyAlone(db, entry, deviceId));
    }
    index = end;
  }
  return total;
}
