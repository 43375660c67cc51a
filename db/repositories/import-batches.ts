import { and, eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { importBatches } from '../schema/import-batches';
import type { WriteContext } from '../write-context';

export type ImportBatchRow = typeof importBatches.$inferSelect;

export type ImportBatch = {
  readonly id: number;
  readonly kind: string;
  readonly target: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly rowCount: number;
  readonly insertedCount: number;
  readonly updatedCount: number;
  readonly skippedCount: number;
  readonly importedAt: string;
  readonly importedBy: string;
};

export type ImportBatchKey = {
  /** What was imported: `sgk-service-list`, `tcmb-rates`, … */
  readonly kind: string;
  /** What it was imported into (`enterprise:12`); `''` when nothing in particular. */
  readonly target: string;
  readonly fileSha256: string;
};

export type ImportCounts = {
  readonly rowCount: number;
  readonly insertedCount: number;
  readonly updatedCount: number;
  readonly skippedCount: number;
};

export function importBatchFromRow(row: ImportBatchRow): ImportBatch {
  return { ...row };
}

/** The batch that already imported this file into this target, if any: an import is applied once. */
export function findImportBatch(db: KobiDatabase, key: ImportBatchKey): ImportBatch | undefined {
  const row = db.orm
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.kind, key.kind), eq(importBatches.target, key.target), eq(importBatches.fileSha256, key.fileSha256)))
    .get();
  return row === undefined ? undefined : importBatchFromRow(row);
}

/** Record an import (counts are filled in by `recordImportCounts` once the rows are written, in the same transaction). */
export function createImportBatch(w: WriteContext, key: ImportBatchKey & { readonly fileName: string }): ImportBatch {
  return importBatchFromRow(
    w.insert(importBatches, {
      kind: key.kind,
      target: key.target,
      fileName: key.fileName,
      fileSha256: key.fileSha256,
      importedAt: w.at,
      importedBy: w.actor.kind === 'user' ? `user:${w.actor.userId}` : `system:${w.actor.name}`,
    }),
  );
}

export function recordImportCounts(w: WriteContext, batchId: number, counts: ImportCounts): ImportBatch {
  return importBatchFromRow(w.update(importBatches, batchId, counts));
}
