import type { KobiDatabase } from '../database-types';
import { conflictResolutions, type ConflictResolutionAction } from '../schema/conflict-resolutions';
import type { ReplicationConflict } from './replica-rows';
import type { WorkflowKind } from '../schema/workflow-states';
import { cachedStatement } from '../statement-cache';
import type { WriteContext } from '../write-context';

/**
 * Replication conflicts with their resolutions (issue 18 item 2,
 * db/schema/conflict-resolutions.ts). A conflict row (alias `c`) is resolved
 * when a resolution (alias `r`) names it: the same headquarters item for an
 * `apply` conflict, else the same table, column and pair of clocks — on this
 * PC or on the PC the resolution came from.
 */
export const RESOLUTION_NAMES_CONFLICT = `(
  (c.kind = 'apply' AND r.conflict_kind = 'apply' AND r.item_id = c.item_id)
  OR (c.kind <> 'apply' AND r.conflict_kind = c.kind AND r.entity = c.entity AND r."column" IS c."column"
      AND r.hlc_low = min(coalesce(c.local_hlc, ''), coalesce(c.remote_hlc, ''))
      AND r.hlc_high = max(coalesce(c.local_hlc, ''), coalesce(c.remote_hlc, ''))))`;

/** The application (case file) a conflict's row belongs to, as SQL over alias `c`; NULL for a row of no case. */
export const CONFLICT_APPLICATION_ID = `(CASE c.entity
  WHEN 'applications' THEN c.local_row_id
  WHEN 'workflow_states' THEN (SELECT CASE ws.record_kind
      WHEN 'payment_request' THEN (SELECT pr.application_id FROM payment_requests pr WHERE pr.id = ws.record_id)
      WHEN 'monitoring_visit' THEN (SELECT mv.application_id FROM monitoring_visits mv WHERE mv.id = ws.record_id)
      ELSE ws.record_id END
    FROM workflow_states ws WHERE ws.id = c.local_row_id)
  WHEN 'payment_requests' THEN (SELECT application_id FROM payment_requests WHERE id = c.local_row_id)
  WHEN 'monitoring_visits' THEN (SELECT application_id FROM monitoring_visits WHERE id = c.local_row_id)
  WHEN 'loans' THEN (SELECT application_id FROM loans WHERE id = c.local_row_id)
  WHEN 'clawbacks' THEN (SELECT application_id FROM clawbacks WHERE id = c.local_row_id)
  WHEN 'committed_personnel' THEN (SELECT application_id FROM committed_personnel WHERE id = c.local_row_id)
  WHEN 'termination_events' THEN (SELECT application_id FROM termination_events WHERE id = c.local_row_id)
  WHEN 'evaluations' THEN (SELECT application_id FROM evaluations WHERE id = c.local_row_id)
  ELSE NULL END)`;

/** A conflict of this PC with what the screen shows beside it: both clocks, the case it belongs to, and its resolution. */
export type ConflictWithResolution = ReplicationConflict & {
  readonly localHlc: string | null;
  readonly remoteHlc: string | null;
  readonly applicationId: number | null;
  readonly enterpriseId: number | null;
  readonly unvan: string | null;
  readonly responsibleUserId: number | null;
  readonly resolution: {
    readonly action: ConflictResolutionAction;
    readonly value: string | null;
    readonly toState: string | null;
    readonly note: string | null;
    readonly resolvedAt: string;
    readonly resolvedBy: string;
  } | null;
};

type Row = Omit<ConflictWithResolution, 'resolution'> & {
  readonly resolutionAction: ConflictResolutionAction | null;
  readonly resolutionValue: string | null;
  readonly resolutionToState: string | null;
  readonly resolutionNote: string | null;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
};

const SELECT = `SELECT c.id, c.kind, c.entity, c.local_row_id AS localRowId, c.item_id AS itemId, c.remote_device AS remoteDevice,
       c.remote_user AS remoteUser, c."column", c.local_value AS localValue, c.remote_value AS remoteValue,
       c.local_hlc AS localHlc, c.remote_hlc AS remoteHlc, c.winner, c.message, c.detected_at AS detectedAt,
       a.id AS applicationId, a.enterprise_id AS enterpriseId, e.unvan, a.responsible_user_id AS responsibleUserId,
       r.action AS resolutionAction, r.value AS resolutionValue, r.to_state AS resolutionToState, r.note AS resolutionNote,
       r.resolved_at AS resolvedAt, coalesce(u.full_name, u.username) AS resolvedBy
  FROM replication_conflicts c
  LEFT JOIN applications a ON a.id = ${CONFLICT_APPLICATION_ID}
  LEFT JOIN enterprises e ON e.id = a.enterprise_id
  LEFT JOIN conflict_resolutions r ON r.id = (SELECT r.id FROM conflict_resolutions r WHERE ${RESOLUTION_NAMES_CONFLICT} ORDER BY r.id LIMIT 1)
  LEFT JOIN users u ON u.id = r.resolved_by`;

function shaped(row: Row): ConflictWithResolution {
  const { resolutionAction, resolutionValue, resolutionToState, resolutionNote, resolvedAt, resolvedBy, ...conflict } = row;
  return {
    ...conflict,
    resolution:
      resolutionAction === null || resolvedAt === null
        ? null
        : {
            action: resolutionAction,
            value: resolutionValue,
            toState: resolutionToState,
            note: resolutionNote,
            resolvedAt,
            resolvedBy: resolvedBy ?? '',
          },
  };
}

/** Open conflicts first, then the resolved ones; newest first within each. */
export function listConflicts(db: KobiDatabase, limit: number): ConflictWithResolution[] {
  return (cachedStatement(db.sqlite, `${SELECT} ORDER BY (r.id IS NOT NULL), c.id DESC LIMIT ?`).all(limit) as Row[]).map(shaped);
}

export function getConflict(db: KobiDatabase, id: number): ConflictWithResolution | undefined {
  const row = cachedStatement(db.sqlite, `${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  return row === undefined ? undefined : shaped(row);
}

export function countOpenConflicts(db: KobiDatabase): number {
  const row = cachedStatement(
    db.sqlite,
    `SELECT count(*) AS n FROM replication_conflicts c WHERE NOT EXISTS (SELECT 1 FROM conflict_resolutions r WHERE ${RESOLUTION_NAMES_CONFLICT})`,
  ).get() as { n: number };
  return row.n;
}

export type NewConflictResolution = {
  readonly conflict: Pick<ConflictWithResolution, 'kind' | 'entity' | 'column' | 'localHlc' | 'remoteHlc' | 'itemId'>;
  readonly action: ConflictResolutionAction;
  readonly value?: string | null;
  readonly toState?: string | null;
  readonly note?: string | null;
  readonly resolvedBy: number;
};

/** Record a resolution, audited and queued for headquarters (it closes the same conflict on the müdürlük's other PCs). */
export function recordConflictResolution(w: WriteContext, input: NewConflictResolution): number {
  const { conflict } = input;
  const pair = [conflict.localHlc ?? '', conflict.remoteHlc ?? ''].sort();
  const apply = conflict.kind === 'apply';
  return w.insert(conflictResolutions, {
    conflictKind: conflict.kind,
    entity: conflict.entity,
    column: conflict.column,
    hlcLow: apply ? null : (pair[0] ?? ''),
    hlcHigh: apply ? null : (pair[1] ?? ''),
    itemId: apply ? conflict.itemId : null,
    action: input.action,
    value: input.value ?? null,
    toState: input.toState ?? null,
    note: input.note ?? null,
    resolvedBy: input.resolvedBy,
    resolvedAt: w.at,
  }).id;
}

/** Who last wrote a row before `before` (the local side of a conflict): the audit entry's actor and time. */
export function lastWriterBefore(
  db: KobiDatabase,
  table: string,
  rowId: number,
  before: string,
): { actor: string; at: string } | undefined {
  return cachedStatement(
    db.sqlite,
    'SELECT actor, at FROM audit_log WHERE table_name = ? AND row_id = ? AND at < ? ORDER BY seq DESC LIMIT 1',
  ).get(table, String(rowId), before) as { actor: string; at: string } | undefined;
}

/** The record a workflow state row is the state of. */
export function workflowRecordOfState(db: KobiDatabase, stateRowId: number): { kind: WorkflowKind; recordId: number } | undefined {
  return cachedStatement(db.sqlite, 'SELECT record_kind AS kind, record_id AS recordId FROM workflow_states WHERE id = ?').get(
    stateRowId,
  ) as { kind: WorkflowKind; recordId: number } | undefined;
}

/** A user's display name by user name (the name other PCs know them by), or the user name itself. */
export function fullNameOfUsername(db: KobiDatabase, username: string): string {
  const row = cachedStatement(db.sqlite, 'SELECT full_name AS fullName FROM users WHERE username = ?').get(username) as
    { fullName: string } | undefined;
  return row === undefined || row.fullName === '' ? username : row.fullName;
}

export function fullNameOfUser(db: KobiDatabase, userId: number): string | undefined {
  const row = cachedStatement(db.sqlite, 'SELECT full_name AS fullName, username FROM users WHERE id = ?').get(userId) as
    { fullName: string; username: string } | undefined;
  return row === undefined ? undefined : row.fullName === '' ? row.username : row.fullName;
}
