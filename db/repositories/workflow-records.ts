import { and, asc, eq, inArray } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { workflowStates, type WorkflowKind } from '../schema/workflow-states';
import { workflowTransitions } from '../schema/workflow-transitions';
import type { WriteContext } from '../write-context';

export type StoredTransition = {
  readonly id: number;
  readonly recordKind: WorkflowKind;
  readonly recordId: number;
  readonly fromState: string;
  readonly toState: string;
  readonly userId: number;
  readonly at: string;
  readonly note: string | null;
  readonly facts: Readonly<Record<string, unknown>> | null;
};

/** The stored workflow state of a record, or `undefined` when it has made no transition yet. */
export function getWorkflowState(db: KobiDatabase, recordKind: WorkflowKind, recordId: number): string | undefined {
  return db.orm
    .select({ state: workflowStates.state })
    .from(workflowStates)
    .where(and(eq(workflowStates.recordKind, recordKind), eq(workflowStates.recordId, recordId)))
    .get()?.state;
}

/** The stored states of several records of one kind, by record id. */
export function getWorkflowStates(db: KobiDatabase, recordKind: WorkflowKind, recordIds: readonly number[]): Map<number, string> {
  if (recordIds.length === 0) return new Map();
  const rows = db.orm
    .select({ recordId: workflowStates.recordId, state: workflowStates.state })
    .from(workflowStates)
    .where(and(eq(workflowStates.recordKind, recordKind), inArray(workflowStates.recordId, [...recordIds])))
    .all();
  return new Map(rows.map((row) => [row.recordId, row.state]));
}

export type NewTransition = {
  readonly recordKind: WorkflowKind;
  readonly recordId: number;
  readonly fromState: string;
  readonly toState: string;
  readonly userId: number;
  readonly note?: string | null;
  readonly facts?: Readonly<Record<string, unknown>> | null;
};

/** Stores a transition (who, when, facts) and the record's new state, in the caller's transaction. */
export function recordTransition(w: WriteContext, transition: NewTransition): StoredTransition {
  const existing = w.db.orm
    .select({ id: workflowStates.id })
    .from(workflowStates)
    .where(and(eq(workflowStates.recordKind, transition.recordKind), eq(workflowStates.recordId, transition.recordId)))
    .get();
  if (existing === undefined) {
    w.insert(workflowStates, {
      recordKind: transition.recordKind,
      recordId: transition.recordId,
      state: transition.toState,
      updatedAt: w.at,
    });
  } else {
    w.update(workflowStates, existing.id, { state: transition.toState, updatedAt: w.at });
  }
  const row = w.insert(workflowTransitions, {
    recordKind: transition.recordKind,
    recordId: transition.recordId,
    fromState: transition.fromState,
    toState: transition.toState,
    userId: transition.userId,
    at: w.at,
    note: transition.note ?? null,
    facts: transition.facts === undefined || transition.facts === null ? null : { ...transition.facts },
  });
  return { ...row, facts: row.facts };
}

/** A record's transitions, oldest first. */
export function listTransitions(db: KobiDatabase, recordKind: WorkflowKind, recordId: number): StoredTransition[] {
  return db.orm
    .select()
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordKind, recordKind), eq(workflowTransitions.recordId, recordId)))
    .orderBy(asc(workflowTransitions.id))
    .all();
}
