import { getTableColumns, type Column } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { AUDITED_TABLES, SYNCED_TABLE_NAMES, type AuditedTable } from './audited-tables';

/**
 * What replication needs to know of each case-file table (read from the
 * drizzle schema, so a new column or foreign key is covered without a list
 * to keep): its columns by database name, and which columns name another row
 * (a foreign key to a case-file table, a user, or — in the workflow tables —
 * the record `record_kind` says). Those are the columns whose per-device ids
 * are translated through the rows' origins (docs/sync-protocol.md §14.2).
 */
export type RefTarget =
  { readonly kind: 'row'; readonly entity: string } | { readonly kind: 'user' } | { readonly kind: 'workflow-record' };

export type ReplicaTable = {
  readonly name: string;
  readonly table: AuditedTable;
  /** Database column name → [drizzle property, column]. */
  readonly columns: ReadonlyMap<string, readonly [string, Column]>;
  readonly refs: ReadonlyMap<string, RefTarget>;
};

/** The table a workflow record kind names (db/schema/workflow-states.ts). */
export const WORKFLOW_RECORD_ENTITY: Readonly<Record<string, string>> = {
  ikdp_application: 'applications',
  itkfdp_application: 'applications',
  payment_request: 'payment_requests',
  monitoring_visit: 'monitoring_visits',
};

const WORKFLOW_TABLES = new Set(['workflow_states', 'workflow_transitions']);

function describe(table: AuditedTable): ReplicaTable {
  const config = getTableConfig(table);
  const columns = new Map<string, readonly [string, Column]>();
  const byKey: Readonly<Record<string, Column>> = getTableColumns(table);
  for (const [key, column] of Object.entries(byKey)) columns.set(column.name, [key, column]);
  const refs = new Map<string, RefTarget>();
  for (const foreignKey of config.foreignKeys) {
    const reference = foreignKey.reference();
    const target = getTableConfig(reference.foreignTable).name;
    for (const column of reference.columns) refs.set(column.name, target === 'users' ? { kind: 'user' } : { kind: 'row', entity: target });
  }
  if (WORKFLOW_TABLES.has(config.name)) refs.set('record_id', { kind: 'workflow-record' });
  return { name: config.name, table, columns, refs };
}

const TABLES: ReadonlyMap<string, ReplicaTable> = new Map(
  AUDITED_TABLES.filter((table) => SYNCED_TABLE_NAMES.has(getTableConfig(table).name)).map((table) => {
    const described = describe(table);
    return [described.name, described];
  }),
);

export function replicaTable(entity: string): ReplicaTable | undefined {
  return TABLES.get(entity);
}

/** The entity a reference column of `row` points into, or `null` when the row does not say (an unknown workflow kind). */
export function refEntity(target: RefTarget, row: Readonly<Record<string, unknown>>): string | null {
  switch (target.kind) {
    case 'row':
      return target.entity;
    case 'user':
      return 'users';
    case 'workflow-record': {
      const kind = row.record_kind;
      return typeof kind === 'string' ? (WORKFLOW_RECORD_ENTITY[kind] ?? null) : null;
    }
  }
}
