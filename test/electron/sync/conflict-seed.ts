import type { KobiDatabase } from '../../../db/connection';
import { recordReplicationConflict, workflowStateRowId } from '../../../db/repositories/replica-rows';
import { withWrite } from '../../../db/write-context';

/**
 * Replication conflicts as replica-apply records them, for the tests of the
 * conflict screen and service where two PCs are not the point (the two-PC
 * test, conflict-resolution-two-pcs.test.ts, makes them by real replication).
 * Written through the repository and the write context, audited, not queued
 * for headquarters, as an applied remote change is.
 */
const OTHER_DEVICE = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const THIS_DEVICE = '11111111-2222-4333-8444-555555555555';

export function hlcAt(iso: string, device: 'local' | 'remote', counter = 0): string {
  return `${iso}-${counter.toString(16).padStart(8, '0')}-${device === 'local' ? THIS_DEVICE : OTHER_DEVICE}`;
}

const ACTOR = { kind: 'system', name: `replica:${OTHER_DEVICE}:user:uzman2` } as const;

/** Two PCs changed `column` of `entity` row `rowId`; this PC's value (`inForce`, the later clock) stayed, `other` lost. */
export function seedFieldConflict(
  db: KobiDatabase,
  input: { entity: string; rowId: number; column: string; inForce: string; other: string; remoteUser?: string; item?: string },
): number {
  return withWrite(
    db,
    ACTOR,
    (w) =>
      recordReplicationConflict(w, {
        kind: 'field',
        entity: input.entity,
        localRowId: input.rowId,
        itemId: input.item ?? `item-${input.entity}-${String(input.rowId)}-${input.column}`,
        originDevice: THIS_DEVICE,
        remoteDevice: OTHER_DEVICE,
        remoteUser: input.remoteUser ?? 'uzman2',
        column: input.column,
        localValue: input.inForce,
        remoteValue: input.other,
        // Each change has its own clock: the row id as the counter keeps two seeded conflicts apart.
        localHlc: hlcAt('2026-03-02T09:15:00.000Z', 'local', input.rowId),
        remoteHlc: hlcAt('2026-03-02T09:14:00.000Z', 'remote', input.rowId),
        winner: 'local',
        message: `"${input.column}" alanı iki bilgisayarda aynı anda değiştirildi.`,
      }),
    { queueOutbox: false },
  );
}

/** Another PC moved `kind` record `recordId` from a state this PC had left (to `remoteState`); this PC's `localState` is in force. */
export function seedTransitionConflict(
  db: KobiDatabase,
  input: { kind: string; recordId: number; localState: string; remoteState: string; remoteUser?: string },
): number {
  const stateRow = workflowStateRowId(db, input.kind, input.recordId);
  if (stateRow === undefined) throw new Error(`${input.kind} ${String(input.recordId)}: iş akışı durumu yok`);
  return withWrite(
    db,
    ACTOR,
    (w) =>
      recordReplicationConflict(w, {
        kind: 'transition',
        entity: 'workflow_states',
        localRowId: stateRow,
        itemId: `item-state-${String(stateRow)}`,
        originDevice: THIS_DEVICE,
        remoteDevice: OTHER_DEVICE,
        remoteUser: input.remoteUser ?? 'uzman2',
        column: 'state',
        localValue: input.localState,
        remoteValue: input.remoteState,
        localHlc: hlcAt('2026-03-02T10:05:00.000Z', 'local', stateRow),
        remoteHlc: hlcAt('2026-03-02T10:01:00.000Z', 'remote', stateRow),
        winner: 'local',
        message: 'Eski bir durumdan yapılmış bu geçiş kendiliğinden birleştirilmedi.',
      }),
    { queueOutbox: false },
  );
}

/** A change from another PC this PC could not apply. */
export function seedApplyConflict(db: KobiDatabase, item: string): number {
  return withWrite(
    db,
    ACTOR,
    (w) =>
      recordReplicationConflict(w, {
        kind: 'apply',
        entity: 'documents',
        localRowId: null,
        itemId: item,
        originDevice: OTHER_DEVICE,
        remoteDevice: OTHER_DEVICE,
        remoteUser: 'uzman2',
        message: 'belge 7: başka bilgisayardan gelen değişiklik bu bilgisayara uygulanamadı (başvurduğu başvuru 9 bu bilgisayarda yok).',
      }),
    { queueOutbox: false },
  );
}
