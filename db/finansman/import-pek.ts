import type { KobiDatabase } from '../connection';
import { sha256Hex } from '../imports/file-hash';
import type { ImportRowError } from '../imports/row-error';
import { putEnterpriseMonthlyPek } from '../repositories/enterprise-pek';
import { getEnterprise } from '../repositories/enterprises';
import { createImportBatch, findImportBatch, recordImportCounts, type ImportBatch } from '../repositories/import-batches';
import type { PutOutcome } from '../repositories/prim-days';
import { withWrite, type Actor } from '../write-context';
import { parsePekFile, type PekFile } from './pek-file';

/**
 * Importing an enterprise's monthly PEK file (the credit line's loan limit) with the SGK import's rules
 * (db/imports/import-sgk.ts): all or nothing in one audited transaction; a file with any row error writes nothing
 * and every error comes back; the same file (SHA-256 of its bytes) for the same enterprise is recognised and not
 * applied again. A month of the file replaces the stored total of that month (the file covers all the enterprise's
 * workplaces for its months).
 */

export const PEK_IMPORT_KIND = 'finansman-pek';

export type PekImportRequest = { readonly fileName: string; readonly bytes: Uint8Array; readonly enterpriseId: number };

export type PekImportResult =
  | {
      readonly kind: 'imported';
      readonly batch: ImportBatch;
      readonly counts: { readonly dataRows: number; readonly months: readonly string[] } & Readonly<Record<PutOutcome, number>>;
    }
  | { readonly kind: 'already-imported'; readonly batch: ImportBatch }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'row-errors'; readonly errors: readonly ImportRowError[] };

function pekImportTarget(enterpriseId: number): string {
  return `enterprise:${enterpriseId}`;
}

function writeFile(db: KobiDatabase, actor: Actor, request: PekImportRequest, fileSha256: string, file: PekFile): PekImportResult {
  return withWrite(db, actor, (w): PekImportResult => {
    const key = { kind: PEK_IMPORT_KIND, target: pekImportTarget(request.enterpriseId), fileSha256 };
    // Checked again inside the write lock: another import of the same file may have committed meanwhile.
    const earlier = findImportBatch(w.db, key);
    if (earlier !== undefined) return { kind: 'already-imported', batch: earlier };
    const batch = createImportBatch(w, { ...key, fileName: request.fileName });
    const outcomes: Record<PutOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
    for (const month of file.months) {
      outcomes[
        putEnterpriseMonthlyPek(w, {
          enterpriseId: request.enterpriseId,
          month: month.month,
          pekTRY: month.pekTRY,
          workplaces: month.workplaces,
          importBatchId: batch.id,
        })
      ] += 1;
    }
    const recorded = recordImportCounts(w, batch.id, {
      rowCount: file.dataRows,
      insertedCount: outcomes.inserted,
      updatedCount: outcomes.updated,
      skippedCount: outcomes.unchanged,
    });
    return {
      kind: 'imported',
      batch: recorded,
      counts: { dataRows: file.dataRows, months: file.months.map((month) => month.month), ...outcomes },
    };
  });
}

export async function importPekFile(db: KobiDatabase, actor: Actor, request: PekImportRequest): Promise<PekImportResult> {
  if (getEnterprise(db, request.enterpriseId) === undefined)
    return { kind: 'rejected', reason: `${request.enterpriseId} numaralı işletme yok.` };
  const fileSha256 = sha256Hex(request.bytes);
  const earlier = findImportBatch(db, { kind: PEK_IMPORT_KIND, target: pekImportTarget(request.enterpriseId), fileSha256 });
  if (earlier !== undefined) return { kind: 'already-imported', batch: earlier };
  const parsed = await parsePekFile(request.bytes);
  if (!parsed.ok)
    return parsed.kind === 'file' ? { kind: 'rejected', reason: parsed.reason } : { kind: 'row-errors', errors: parsed.errors };
  return writeFile(db, actor, request, fileSha256, parsed.file);
}
