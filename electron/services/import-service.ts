import type { KobiDatabase } from '../../db/connection';
import { importTcmbRates } from '../../db/imports/import-rates';
import { importSgkServiceList, type SgkImportRequest } from '../../db/imports/import-sgk';
import { formatRowError } from '../../db/imports/row-error';
import type { BulletinFile } from '../../db/imports/tcmb-rates';
import type { Actor } from '../../db/write-context';

/**
 * SGK lists and TCMB rates into the database (issue 13 items 1 and 8): the one
 * path both the app's channels and the CLI take, with the same Turkish
 * answers. `lines` lists row or file errors when nothing was imported.
 */
export type ImportAnswer =
  | { readonly ok: true; readonly outcome: 'imported' | 'already-imported'; readonly message: string }
  | { readonly ok: false; readonly message: string; readonly lines: readonly string[] };

export async function runSgkImport(
  db: KobiDatabase,
  actor: Actor,
  request: SgkImportRequest,
  enterpriseName: string,
): Promise<ImportAnswer> {
  const result = await importSgkServiceList(db, actor, request);
  switch (result.kind) {
    case 'imported': {
      const { counts } = result;
      const months = counts.months.length === 0 ? '' : ` (${counts.months[0] ?? ''} … ${counts.months[counts.months.length - 1] ?? ''})`;
      return {
        ok: true,
        outcome: 'imported',
        message:
          `İçe aktarıldı: ${request.fileName} → ${enterpriseName} (kayıt ${request.enterpriseId}), ${result.province}: ` +
          `${counts.dataRows} satır, ${counts.persons} kişi, ${counts.months.length} ay${months}; ` +
          `${counts.inserted} kayıt eklendi, ${counts.updated} güncellendi, ${counts.unchanged} değişmedi (içe aktarma no ${result.batch.id}).`,
      };
    }
    case 'already-imported':
      return {
        ok: true,
        outcome: 'already-imported',
        message: `Bu dosya bu işletme ve il için zaten içe aktarılmış (içe aktarma no ${result.batch.id}, ${result.batch.importedAt}, ${result.batch.fileName}): hiçbir şey değişmedi.`,
      };
    case 'rejected':
      return { ok: false, message: `${result.reason} Dosya içe aktarılmadı.`, lines: [] };
    case 'row-errors':
      return {
        ok: false,
        message: `${result.errors.length} hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.`,
        lines: result.errors.map(formatRowError),
      };
  }
}

export function runRatesImport(db: KobiDatabase, actor: Actor, files: readonly BulletinFile[]): ImportAnswer {
  const result = importTcmbRates(db, actor, files);
  switch (result.kind) {
    case 'imported': {
      const { outcomes, dates } = result;
      const range = dates.length === 1 ? (dates[0] ?? '') : `${dates[0] ?? ''} … ${dates[dates.length - 1] ?? ''}`;
      const skipped =
        result.skippedFiles.length === 0
          ? ''
          : ` Zaten içe aktarılmış ${result.skippedFiles.length} dosya atlandı: ${result.skippedFiles.join(', ')}.`;
      return {
        ok: true,
        outcome: 'imported',
        message: `İçe aktarıldı: ${result.files} bülten (${range}): EUR alış kuru ${outcomes.inserted} gün eklendi, ${outcomes.updated} güncellendi, ${outcomes.unchanged} değişmedi.${skipped}`,
      };
    }
    case 'already-imported':
      return {
        ok: true,
        outcome: 'already-imported',
        message: `Dosyaların tümü zaten içe aktarılmış (${result.files.join(', ')}): hiçbir şey değişmedi.`,
      };
    case 'file-errors':
      return {
        ok: false,
        message: `${result.errors.length} dosyada hata: hiçbir kur içe aktarılmadı.`,
        lines: result.errors.map((error) => `${error.file}: ${error.reason}`),
      };
  }
}
