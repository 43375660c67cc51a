import { foldTurkish } from '../../core/lib/turkish-text';
import type { KobiDatabase } from '../connection';
import { enterpriseProvinces, getEnterprise } from '../repositories/enterprises';
import { createImportBatch, findImportBatch, recordImportCounts, type ImportBatch } from '../repositories/import-batches';
import { putEnterpriseMonthlyPrimDays, putPersonMonthlyDays, type PutOutcome } from '../repositories/prim-days';
import { withWrite, type Actor } from '../write-context';
import { sha256Hex } from './file-hash';
import type { ImportRowError } from './row-error';
import { parseSgkServiceList, type SgkServiceList } from './sgk-service-list';

/**
 * Importing an SGK service list into one enterprise and province (issue 3
 * item 6): all or nothing, in one audited transaction, once per file.
 *
 * - A file with any row error writes nothing; the errors come back, all of them.
 * - The same file (by SHA-256 of its bytes) for the same enterprise and
 *   province is recognised and not applied again.
 * - What is written: the enterprise's prim gün per month in the province (the
 *   file's monthly totals, replacing the stored totals of those months: a list
 *   covers the enterprise's workplaces in that province), and each person's
 *   prim gün and counted leave days per month. Every person of the list is
 *   kept, not only committed personnel, because who is committed changes
 *   (a replacement is declared later) and the list should not have to be
 *   imported again then. Names are not stored here: the committed-personnel
 *   record has them. No SGK reason code is stored (KVKK).
 */

export const SGK_IMPORT_KIND = 'sgk-service-list';

export type SgkImportRequest = {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly enterpriseId: number;
  /** The province of the list; may be left out when the enterprise has sites in one province only. */
  readonly province?: string;
};

export type SgkImportCounts = {
  readonly dataRows: number;
  readonly persons: number;
  readonly months: readonly string[];
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
};

export type SgkImportResult =
  | { readonly kind: 'imported'; readonly batch: ImportBatch; readonly province: string; readonly counts: SgkImportCounts }
  | { readonly kind: 'already-imported'; readonly batch: ImportBatch }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'row-errors'; readonly errors: readonly ImportRowError[] };

/** Where a list goes; `reason` (Turkish) when the enterprise or province is not right. */
function resolveProvince(
  db: KobiDatabase,
  enterpriseId: number,
  requested: string | undefined,
): { readonly province: string } | { readonly reason: string } {
  if (getEnterprise(db, enterpriseId) === undefined) return { reason: `${enterpriseId} numaralı işletme yok.` };
  const provinces = enterpriseProvinces(db, enterpriseId);
  if (requested === undefined) {
    const [only] = provinces;
    if (only !== undefined && provinces.length === 1) return { province: only };
    return provinces.length === 0
      ? { reason: 'İşletmenin kayıtlı merkez ya da şubesi yok; önce il bilgisini girin.' }
      : { reason: `İşletmenin birden fazla ilde işyeri var (${provinces.join(', ')}); listenin ilini belirtin.` };
  }
  const match = provinces.find((province) => foldTurkish(province) === foldTurkish(requested));
  if (match === undefined) {
    return {
      reason: `İşletmenin ${requested} ilinde merkez ya da şubesi kayıtlı değil${provinces.length > 0 ? ` (kayıtlı iller: ${provinces.join(', ')})` : ''}.`,
    };
  }
  return { province: match };
}

/** The import target of a list: the same file imported into another enterprise or province is another import. */
function sgkImportTarget(enterpriseId: number, province: string): string {
  return `enterprise:${enterpriseId}/province:${foldTurkish(province)}`;
}

function writeList(
  db: KobiDatabase,
  actor: Actor,
  request: SgkImportRequest,
  province: string,
  fileSha256: string,
  list: SgkServiceList,
): SgkImportResult {
  return withWrite(db, actor, (w): SgkImportResult => {
    const key = { kind: SGK_IMPORT_KIND, target: sgkImportTarget(request.enterpriseId, province), fileSha256 };
    // Checked again inside the write lock: another import of the same file may have committed meanwhile.
    const earlier = findImportBatch(w.db, key);
    if (earlier !== undefined) return { kind: 'already-imported', batch: earlier };
    const batch = createImportBatch(w, { ...key, fileName: request.fileName });
    const outcomes: Record<PutOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
    for (const month of list.enterpriseMonths) {
      outcomes[
        putEnterpriseMonthlyPrimDays(w, {
          enterpriseId: request.enterpriseId,
          province,
          month: month.month,
          primDays: month.primDays,
          importBatchId: batch.id,
        })
      ] += 1;
    }
    for (const personMonth of list.personMonths) {
      const outcome = putPersonMonthlyDays(w, {
        enterpriseId: request.enterpriseId,
        province,
        tckn: personMonth.tckn,
        month: personMonth.month,
        primDays: personMonth.primDays,
        countedLeaveDays: personMonth.leaveDays,
        importBatchId: batch.id,
      });
      outcomes[outcome] += 1;
    }
    const recorded = recordImportCounts(w, batch.id, {
      rowCount: list.dataRows,
      insertedCount: outcomes.inserted,
      updatedCount: outcomes.updated,
      skippedCount: outcomes.unchanged,
    });
    return {
      kind: 'imported',
      batch: recorded,
      province,
      counts: {
        dataRows: list.dataRows,
        persons: new Set(list.personMonths.map((each) => each.tckn)).size,
        months: list.enterpriseMonths.map((each) => each.month),
        ...outcomes,
      },
    };
  });
}

export async function importSgkServiceList(db: KobiDatabase, actor: Actor, request: SgkImportRequest): Promise<SgkImportResult> {
  const target = resolveProvince(db, request.enterpriseId, request.province);
  if ('reason' in target) return { kind: 'rejected', reason: target.reason };
  const fileSha256 = sha256Hex(request.bytes);
  const earlier = findImportBatch(db, {
    kind: SGK_IMPORT_KIND,
    target: sgkImportTarget(request.enterpriseId, target.province),
    fileSha256,
  });
  if (earlier !== undefined) return { kind: 'already-imported', batch: earlier };
  const parsed = await parseSgkServiceList(request.bytes);
  if (!parsed.ok)
    return parsed.kind === 'file' ? { kind: 'rejected', reason: parsed.reason } : { kind: 'row-errors', errors: parsed.errors };
  return writeList(db, actor, request, target.province, fileSha256, parsed.list);
}
