import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { closeDatabase } from '../../../db/connection';
import { importPekFile } from '../../../db/finansman/import-pek';
import { formatRowError } from '../../../db/imports/row-error';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';
import { findEnterprise } from './import-sgk';

const USAGE = `import-pek --db <dosya> --enterprise <no|VKN|TCKN> [--key-file <dosya>] <pek.csv|pek.xlsx>   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
const ACTOR = { kind: 'system', name: 'import-pek' } as const;

/**
 * `import-pek --db F --enterprise E FILE`: the enterprise's monthly PEK (prim esas kazanç, all workplaces) from a CSV
 * or XLSX, for the credit line's loan limit; all or nothing, once per file. Exit 0 when imported or imported before,
 * 1 with one line per row error (nothing imported), 2 for usage errors and unreadable files.
 */
export async function importPekCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'enterprise'], { min: 1, max: 1 });
  const [file = ''] = parsed.positionals;
  const enterpriseText = requireOption(parsed, 'enterprise', USAGE);
  const path = requireOption(parsed, 'db', USAGE);
  const key = resolveDatabaseKey(parsed.options['key-file']);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliError(`Dosya okunamadı: ${file}`);
  }
  const db = openCliDatabase(path, key);
  try {
    const enterprise = findEnterprise(db, enterpriseText);
    const result = await importPekFile(db, ACTOR, { fileName: basename(file), bytes, enterpriseId: enterprise.id });
    switch (result.kind) {
      case 'imported': {
        const { counts } = result;
        return {
          output:
            `İçe aktarıldı: ${basename(file)} → ${enterprise.unvan} (kayıt ${enterprise.id}): ${counts.dataRows} satır, ` +
            `${counts.months.length} ay (${counts.months.join(', ')}); ${counts.inserted} ay eklendi, ${counts.updated} güncellendi, ` +
            `${counts.unchanged} değişmedi (içe aktarma no ${result.batch.id}).`,
          exitCode: 0,
        };
      }
      case 'already-imported':
        return {
          output: `Bu dosya bu işletme için zaten içe aktarılmış (içe aktarma no ${result.batch.id}, ${result.batch.importedAt}, ${result.batch.fileName}): hiçbir şey değişmedi.`,
          exitCode: 0,
        };
      case 'rejected':
        throw new CliError(`${result.reason} Dosya içe aktarılmadı.`);
      case 'row-errors':
        return {
          output: [
            ...result.errors.map(formatRowError),
            `${result.errors.length} hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.`,
          ].join('\n'),
          exitCode: 1,
        };
    }
  } finally {
    closeDatabase(db);
  }
}
