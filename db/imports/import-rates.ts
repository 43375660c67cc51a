import { basename } from 'node:path';
import type { IsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase } from '../connection';
import { createImportBatch, findImportBatch, recordImportCounts } from '../repositories/import-batches';
import type { PutOutcome } from '../repositories/prim-days';
import { putExchangeRate } from '../repositories/reference-data';
import { withWrite, type Actor } from '../write-context';
import { sha256Hex } from './file-hash';
import { parseTcmbBulletins, type BulletinFile, type RateFileError } from './tcmb-rates';

/**
 * Importing TCMB bulletins (issue 3 item 6): the EUR buying rate of each
 * bulletin into `exchange_rates`, all files in one audited transaction.
 *
 * - Every file is its own import batch, recognised by its SHA-256: a file
 *   imported before is skipped (and named), so importing a folder again, or
 *   a folder that gained a few days, applies only what is new. When every
 *   file was imported before, nothing is written and the result says so.
 * - Any invalid file (bad XML, no EUR, a date that disagrees with the file
 *   name, two files of one day with different rates) fails the whole set.
 * - A stored rate that a new file changes is updated and counted as such
 *   (decisions keep their own copy of the rates they used).
 */

export const TCMB_IMPORT_KIND = 'tcmb-rates';
const CURRENCY = 'EUR';

export type RatesImportResult =
  | {
      readonly kind: 'imported';
      readonly files: number;
      readonly skippedFiles: readonly string[];
      /** The bulletin dates read from the new files, ascending. */
      readonly dates: readonly IsoDate[];
      readonly outcomes: Readonly<Record<PutOutcome, number>>;
    }
  | { readonly kind: 'already-imported'; readonly files: readonly string[] }
  | { readonly kind: 'file-errors'; readonly errors: readonly RateFileError[] };

export function importTcmbRates(db: KobiDatabase, actor: Actor, files: readonly BulletinFile[]): RatesImportResult {
  const hashed = files.map((file) => ({ file, name: basename(file.path), sha256: sha256Hex(file.bytes) }));
  const isNew = (each: (typeof hashed)[number]): boolean =>
    findImportBatch(db, { kind: TCMB_IMPORT_KIND, target: '', fileSha256: each.sha256 }) === undefined;
  const fresh = hashed.filter(isNew);
  if (fresh.length === 0) return { kind: 'already-imported', files: hashed.map((each) => each.name) };
  const parsed = parseTcmbBulletins(fresh.map((each) => each.file));
  if (!parsed.ok) return { kind: 'file-errors', errors: parsed.errors };
  const rateByFile = new Map(parsed.rates.map((rate) => [rate.file, rate]));

  return withWrite(db, actor, (w): RatesImportResult => {
    const outcomes: Record<PutOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
    const skippedFiles = hashed.filter((each) => !fresh.includes(each)).map((each) => each.name);
    let written = 0;
    for (const each of fresh) {
      const key = { kind: TCMB_IMPORT_KIND, target: '', fileSha256: each.sha256 };
      // Two identical files in one folder, or an import that committed meanwhile: the file is applied once.
      if (findImportBatch(w.db, key) !== undefined) {
        skippedFiles.push(each.name);
        continue;
      }
      const batch = createImportBatch(w, { ...key, fileName: each.name });
      const rate = rateByFile.get(each.name);
      // A file whose date another file of the set already gave (with the same rate) adds no row of its own.
      const outcome: PutOutcome =
        rate === undefined
          ? 'unchanged'
          : putExchangeRate(w, {
              rateDate: rate.date,
              currency: CURRENCY,
              buyingRate: rate.eurBuying,
              source: `TCMB ${each.name}`,
              importBatchId: batch.id,
            });
      outcomes[outcome] += 1;
      recordImportCounts(w, batch.id, {
        rowCount: 1,
        insertedCount: outcome === 'inserted' ? 1 : 0,
        updatedCount: outcome === 'updated' ? 1 : 0,
        skippedCount: outcome === 'unchanged' ? 1 : 0,
      });
      written += 1;
    }
    if (written === 0) return { kind: 'already-imported', files: hashed.map((each) => each.name) };
    return { kind: 'imported', files: written, skippedFiles, dates: parsed.rates.map((rate) => rate.date), outcomes };
  });
}
