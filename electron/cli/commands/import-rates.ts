import { importTcmbRates } from '../../../db/imports/import-rates';
import { capLines } from '../../../db/imports/input-limits';
import { readBulletinFiles } from '../../../db/imports/tcmb-rates';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, withCliDatabase } from '../database-options';

const USAGE = `import-rates --db <dosya> [--key-file <dosya>] <GGAAYYYY.xml|klasör>   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
const ACTOR = { kind: 'system', name: 'import-rates' } as const;

/**
 * `import-rates --db F FILE_OR_DIR`: TCMB bulletins (one file, or every .xml
 * of a folder) into the EUR buying rates, all or nothing. Files imported
 * before are skipped and named; when all were, nothing changes (exit 0). Any
 * bad file is printed with its reason and nothing is imported (exit 1).
 */
export function importRatesCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file'], { min: 1, max: 1 });
  const [source = ''] = parsed.positionals;
  const files = readBulletinFiles(source);
  if (!files.ok) throw new CliError(files.reason);
  return withCliDatabase(parsed, USAGE, (db): CommandResult => {
    const result = importTcmbRates(db, ACTOR, files.files);
    switch (result.kind) {
      case 'imported': {
        const { outcomes, dates } = result;
        const range = dates.length === 1 ? (dates[0] ?? '') : `${dates[0] ?? ''} … ${dates[dates.length - 1] ?? ''}`;
        const skipped =
          result.skippedFiles.length === 0
            ? ''
            : ` Zaten içe aktarılmış ${result.skippedFiles.length} dosya atlandı: ${result.skippedFiles.join(', ')}.`;
        return {
          output: `İçe aktarıldı: ${result.files} bülten (${range}): EUR alış kuru ${outcomes.inserted} gün eklendi, ${outcomes.updated} güncellendi, ${outcomes.unchanged} değişmedi.${skipped}`,
          exitCode: 0,
        };
      }
      case 'already-imported':
        return { output: `Dosyaların tümü zaten içe aktarılmış (${result.files.join(', ')}): hiçbir şey değişmedi.`, exitCode: 0 };
      case 'file-errors':
        return {
          output: [
            ...capLines(result.errors.map((error) => `${error.file}: ${error.reason}`)),
            `${result.errors.length} dosyada hata: hiçbir kur içe aktarılmadı.`,
          ].join('\n'),
          exitCode: 1,
        };
    }
  });
}
