import { formatDateTr } from '../../core/lib/calendar-date';
import {
  countOpenConflicts,
  getConflict,
  lastWriterBefore,
  listConflicts,
  recordConflictResolution,
  workflowRecordOfState,
  type ConflictWithResolution,
} from '../../db/repositories/conflict-resolutions';
import { countReplicationConflicts, storedRow } from '../../db/repositories/replica-rows';
import { replicaTable } from '../../db/replica-tables';
import type { KobiDatabase } from '../../db/database-types';
import { withWrite, type WriteContext } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { SessionUser } from '../contract/session';
import { CONFLICT_ACTION_LABELS, type ReplicationConflictDto } from '../contract/sync';
import { stateLabel, WORKFLOW_KINDS, type WorkflowKind } from '../contract/workflow-catalogue';
import { entityLabel } from '../sync/sync-messages-tr';
import { RECORD_LABELS } from '../sync/replication-messages-tr';
import { actorOf, type SignedInCall } from './app-context';
import { notFound, ServiceError } from './service-error';
import { allowedTransitions, transitionWithin } from './workflows/workflow-service';
import { loadSubject, type WorkflowSubject } from './workflows/workflow-subject';
import { actorName, CONFLICT_TEXT, fieldLabel, userName } from './conflict-texts';

/**
 * Replication conflicts as a person resolves them (issue 18 item 2,
 * docs/sync-protocol.md §14.6). Reading: both competing changes with who and
 * when, which is in force and why (the later clock), and what the signed-in
 * user may do. Resolving writes a `conflict_resolutions` row in the same
 * transaction as its effect (the losing value written again, or a workflow
 * transition through the workflow service with its roles, guards and
 * four-eyes); the row replicates, so the same conflict closes on the
 * müdürlük's other PCs.
 *
 * Who may resolve: a müdür any conflict; a sorumlu personel the conflicts of
 * their own case files and of records that belong to no officer's case.
 */
const SHOWN = 200;

/** The wall-clock part of a hybrid logical clock (db/replication/hlc.ts): the ISO time it begins with. */
function clockTime(hlc: string | null): string | null {
  return hlc === null || hlc.length < 24 ? null : hlc.slice(0, 24);
}

function isWorkflowKind(kind: string): kind is WorkflowKind {
  return (WORKFLOW_KINDS as readonly string[]).includes(kind);
}

type WorkflowRecord = { readonly kind: WorkflowKind; readonly recordId: number };

function workflowRecordOf(call: SignedInCall, conflict: ConflictWithResolution): WorkflowRecord | undefined {
  if (conflict.entity !== 'workflow_states' || conflict.localRowId === null) return undefined;
  const record = workflowRecordOfState(call.app.db, conflict.localRowId);
  // A finansman application moves by its own service (finansman:transition), not from this screen.
  return record === undefined || !isWorkflowKind(record.kind) ? undefined : { kind: record.kind, recordId: record.recordId };
}

function recordLabelOf(conflict: ConflictWithResolution, record: WorkflowRecord | undefined): string {
  if (record !== undefined) return `${RECORD_LABELS[record.kind] ?? record.kind} ${String(record.recordId)}`;
  const label = entityLabel(conflict.entity, conflict.localRowId === null ? '' : String(conflict.localRowId)).trim();
  return label.charAt(0).toLocaleUpperCase('tr-TR') + label.slice(1);
}

function mayResolve(user: SessionUser, conflict: ConflictWithResolution): boolean {
  if (user.role === 'mudur') return true;
  return user.role === 'sorumlu_personel' && (conflict.responsibleUserId === null || conflict.responsibleUserId === user.id);
}

function shownValue(conflict: ConflictWithResolution, record: WorkflowRecord | undefined, value: string | null): string {
  if (conflict.kind === 'transition' && record !== undefined && value !== null) return stateLabel(record.kind, value);
  return value ?? '(boş)';
}

/** The record in its workflow, or `undefined` when this PC no longer has it (the conflict is still listed, with no transition to offer). */
function subjectOf(db: KobiDatabase, record: WorkflowRecord): WorkflowSubject | undefined {
  try {
    return loadSubject(db, record.kind, record.recordId);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'not-found') return undefined;
    throw error;
  }
}

export function conflictDto(call: SignedInCall, conflict: ConflictWithResolution): ReplicationConflictDto {
  const { db } = call.app;
  const record = workflowRecordOf(call, conflict);
  const subject = record === undefined ? undefined : subjectOf(db, record);
  const open = conflict.resolution === null;
  const localWriter =
    conflict.localRowId === null ? undefined : lastWriterBefore(db, conflict.entity, conflict.localRowId, conflict.detectedAt);
  const transitions = open && subject !== undefined ? allowedTransitions(call.user, subject).map(({ to, label }) => ({ to, label })) : [];
  const allowed = open && mayResolve(call.user, conflict);
  const actions: ReplicationConflictDto['actions'] = !allowed
    ? []
    : conflict.kind === 'field'
      ? ['keep', 'apply-other']
      : conflict.kind === 'transition'
        ? transitions.length > 0
          ? ['acknowledge', 'transition']
          : ['acknowledge']
        : ['acknowledge'];
  const local = shownValue(conflict, record, conflict.localValue);
  const remote = shownValue(conflict, record, conflict.remoteValue);
  return {
    id: conflict.id,
    kind: conflict.kind,
    entity: conflict.entity,
    localRowId: conflict.localRowId,
    remoteUser: conflict.remoteUser,
    column: conflict.column,
    localValue: conflict.localValue,
    remoteValue: conflict.remoteValue,
    winner: conflict.winner,
    message: conflict.message,
    detectedAt: conflict.detectedAt,
    open,
    recordLabel: recordLabelOf(conflict, record),
    fieldLabel: conflict.kind === 'field' && conflict.column !== null ? fieldLabel(conflict.column) : null,
    applicationId: conflict.applicationId,
    unvan: conflict.unvan,
    local: {
      value: conflict.localValue,
      shown: local,
      by: localWriter === undefined ? null : actorName(db, localWriter.actor),
      at: clockTime(conflict.localHlc) ?? localWriter?.at ?? null,
      inForce: conflict.winner === 'local',
    },
    remote: {
      value: conflict.remoteValue,
      shown: remote,
      by: conflict.remoteUser === null ? null : userName(db, conflict.remoteUser),
      at: clockTime(conflict.remoteHlc),
      inForce: conflict.winner === 'remote',
    },
    inForce: CONFLICT_TEXT.inForce(
      conflict.kind,
      conflict.winner,
      conflict.winner === 'remote' ? remote : local,
      subject === undefined || record === undefined ? null : stateLabel(record.kind, subject.state),
      !open,
    ),
    actions,
    currentState: subject?.state ?? null,
    currentStateLabel: subject === undefined || record === undefined ? null : stateLabel(record.kind, subject.state),
    transitions,
    resolution:
      conflict.resolution === null
        ? null
        : {
            action: conflict.resolution.action,
            actionLabel: CONFLICT_ACTION_LABELS[conflict.resolution.action],
            value: conflict.resolution.value,
            toState: conflict.resolution.toState,
            toStateLabel:
              conflict.resolution.toState === null || record === undefined ? null : stateLabel(record.kind, conflict.resolution.toState),
            note: conflict.resolution.note,
            resolvedBy: conflict.resolution.resolvedBy,
            resolvedAt: conflict.resolution.resolvedAt,
          },
  };
}

/** `sync:conflicts`: what replication between the müdürlük's PCs left for a person (electron/sync/replica-apply.ts), open ones first. */
export function conflicts(call: SignedInCall): ChannelResponse<'sync:conflicts'> {
  const { db } = call.app;
  const counts = countReplicationConflicts(db);
  const open = countOpenConflicts(db);
  return {
    counts,
    conflicts: listConflicts(db, SHOWN).map((conflict) => conflictDto(call, conflict)),
    summary: CONFLICT_TEXT.summary(counts, open),
    open,
  };
}

/** The value the later clock overrode, written again as a new edit of this user (a new clock: it replicates and wins over both). */
function applyOther(w: WriteContext, conflict: ConflictWithResolution): string | null {
  const table = replicaTable(conflict.entity);
  const column = conflict.column === null ? undefined : table?.columns.get(conflict.column);
  if (table === undefined || column === undefined || conflict.localRowId === null)
    throw new ServiceError('conflict', CONFLICT_TEXT.notEditable);
  const [property, definition] = column;
  const inForce = conflict.winner === 'remote' ? conflict.remoteValue : conflict.localValue;
  const other = conflict.winner === 'remote' ? conflict.localValue : conflict.remoteValue;
  const row = storedRow(w.db, table.name, conflict.localRowId);
  if (row === undefined) throw new ServiceError('conflict', CONFLICT_TEXT.rowGone);
  const stored = row[definition.name];
  // Someone changed the field again since the conflict: writing the old value over it would lose that change.
  if ((typeof stored === 'string' || typeof stored === 'number' ? String(stored) : null) !== inForce)
    throw new ServiceError('conflict', CONFLICT_TEXT.changedSince);
  const driverValue = other === null ? null : typeof stored === 'number' || definition.getSQLType() === 'integer' ? Number(other) : other;
  w.update(table.table, conflict.localRowId, { [property]: driverValue === null ? null : definition.mapFromDriverValue(driverValue) });
  return other;
}

/** `sync:resolve-conflict`. */
export function resolveConflict(
  call: SignedInCall,
  request: ChannelRequest<'sync:resolve-conflict'>,
): ChannelResponse<'sync:resolve-conflict'> {
  const { db } = call.app;
  withWrite(db, actorOf(call.user), (w) => {
    const conflict = getConflict(w.db, request.id);
    if (conflict === undefined) throw notFound('Çakışma');
    if (conflict.resolution !== null)
      throw new ServiceError(
        'conflict',
        CONFLICT_TEXT.alreadyResolved(conflict.resolution.resolvedBy, formatDateTr(conflict.resolution.resolvedAt.slice(0, 10))),
      );
    if (!mayResolve(call.user, conflict)) throw new ServiceError('forbidden', CONFLICT_TEXT.notYours);
    const base = { conflict, resolvedBy: call.user.id };
    switch (request.action) {
      case 'keep':
        if (conflict.kind !== 'field') throw new ServiceError('invalid-input', CONFLICT_TEXT.fieldOnly);
        recordConflictResolution(w, {
          ...base,
          action: 'keep',
          value: conflict.winner === 'remote' ? conflict.remoteValue : conflict.localValue,
        });
        return;
      case 'apply-other':
        if (conflict.kind !== 'field') throw new ServiceError('invalid-input', CONFLICT_TEXT.fieldOnly);
        recordConflictResolution(w, { ...base, action: 'apply-other', value: applyOther(w, conflict) });
        return;
      case 'acknowledge':
        if (conflict.kind === 'field') throw new ServiceError('invalid-input', CONFLICT_TEXT.notForField);
        recordConflictResolution(w, { ...base, action: 'acknowledge', note: request.note.trim() });
        return;
      case 'transition': {
        const record = workflowRecordOf(call, conflict);
        if (conflict.kind !== 'transition' || record === undefined) throw new ServiceError('invalid-input', CONFLICT_TEXT.transitionOnly);
        transitionWithin(w, call, { ...record, to: request.to, note: request.note, facts: request.facts });
        recordConflictResolution(w, { ...base, action: 'transition', toState: request.to, note: request.note ?? null });
        return;
      }
    }
  });
  const resolved = getConflict(db, request.id);
  if (resolved === undefined) throw notFound('Çakışma');
  return { conflict: conflictDto(call, resolved) };
}
