import type { InferInsertModel } from 'drizzle-orm';
import type { AuditedTable } from '../audited-tables';
import type { WriteContext } from '../write-context';

/** What a put did: imports count these for their report. */
export type PutOutcome = 'inserted' | 'updated' | 'unchanged';

/**
 * The one audited upsert (issue 12 item 5). A repository finds the row by its
 * natural key (a prepared read, so the lookup stays on an index) and hands
 * it here with what to insert and what an update writes. The row is inserted
 * when none exists; left alone (`unchanged`, no audit entry) when the
 * `compared` columns already hold the values of `changes`; else updated.
 * Columns left out of `compared` (a source note, the import batch) are
 * written with a real change but do not make one on their own. Every write
 * goes through `w.insert` / `w.update`, so each is audited.
 */
export function putAudited<T extends AuditedTable, Changes extends Partial<InferInsertModel<T>>>(
  w: WriteContext,
  table: T,
  existing: ({ readonly id: number } & Readonly<Record<string, unknown>>) | undefined,
  row: { readonly insert: InferInsertModel<T>; readonly changes: Changes; readonly compared: readonly (keyof Changes & string)[] },
): PutOutcome {
  if (existing === undefined) {
    w.insert(table, row.insert);
    return 'inserted';
  }
  const changes: Readonly<Record<string, unknown>> = row.changes;
  if (row.compared.every((column) => existing[column] === (changes[column] ?? null))) return 'unchanged';
  w.update(table, existing.id, row.changes);
  return 'updated';
}
