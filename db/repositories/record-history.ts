import type { KobiDatabase } from '../connection';
import { preparedQuery } from './prepared-query';
import { sql } from 'drizzle-orm';
import { auditLog } from '../schema/audit-log';

export type HistoryEntry = {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly tableName: string;
  readonly rowId: string;
  readonly before: string | null;
  readonly after: string | null;
};

const entriesOfRow = (orm: KobiDatabase['orm']) =>
  orm
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      tableName: auditLog.tableName,
      rowId: auditLog.rowId,
      before: auditLog.beforeJson,
      after: auditLog.afterJson,
    })
    .from(auditLog)
    .where(sql`${auditLog.tableName} = ${sql.placeholder('table')} AND ${auditLog.rowId} = ${sql.placeholder('rowId')}`)
    .orderBy(auditLog.seq)
    .prepare();

/** The audit entries of the given rows (who, when, what), oldest first. */
export function historyOfRows(db: KobiDatabase, rows: readonly { readonly table: string; readonly id: number }[]): HistoryEntry[] {
  const entries = rows.flatMap((row) => preparedQuery(db, entriesOfRow).all({ table: row.table, rowId: String(row.id) }));
  return entries.sort((a, b) => a.seq - b.seq);
}

/** Changes written but not yet sent to headquarters. */
export function pendingOutboxCount(db: KobiDatabase): number {
  const row = db.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE sent_at IS NULL').get() as { n: number };
  return row.n;
}
