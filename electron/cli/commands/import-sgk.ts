import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isValidTckn, isValidVkn } from '../../../core/lib/identifiers';
import { closeDatabase, type KobiDatabase } from '../../../db/connection';
import { findEnterpriseByTckn, findEnterpriseByVkn, getEnterprise } from '../../../db/repositories/enterprises';
import { runSgkImport } from '../../services/import-service';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';

const USAGE = `import-sgk --db <dosya> --enterprise <no|VKN|TCKN> [--province <il>] [--key-file <dosya>] <liste.csv|liste.xlsx>   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
/** The CLI's actor in the audit log; the write goes through the same import service as the app's. */
const ACTOR = { kind: 'system', name: 'import-sgk' } as const;
const RECORD_NUMBER = /^[1-9]\d*$/;

/** `--enterprise` is the record number, the VKN or the TCKN: an SGK list itself names no enterprise. */
function findEnterprise(db: KobiDatabase, text: string): { readonly id: number; readonly unvan: string } {
  const found =
    text.length === 10 && isValidVkn(text)
      ? findEnterpriseByVkn(db, text)
      : text.length === 11 && isValidTckn(text)
        ? findEnterpriseByTckn(db, text)
        : RECORD_NUMBER.test(text)
          ? getEnterprise(db, Number(text))
          : undefined;
  if (found === undefined) throw new CliError(`İşletme bulunamadı: ${text} (kayıt numarası, VKN ya da T.C. kimlik numarası verin).`);
  return found;
}

function readList(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new CliError(`Dosya okunamadı: ${path}`);
  }
}

/**
 * `import-sgk --db F --enterprise E [--province P] FILE`: an SGK service list
 * (CSV or XLSX) into one enterprise and province, all or nothing. Prints what
 * was written; a file imported before changes nothing and says so (exit 0);
 * row errors are printed one per line and nothing is imported (exit 1).
 */
export async function importSgkCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'enterprise', 'province'], { min: 1, max: 1 });
  const [file = ''] = parsed.positionals;
  const enterpriseText = requireOption(parsed, 'enterprise', USAGE);
  const path = requireOption(parsed, 'db', USAGE);
  const key = resolveDatabaseKey(parsed.options['key-file']);
  const bytes = readList(file);
  const db = openCliDatabase(path, key);
  try {
    const enterprise = findEnterprise(db, enterpriseText);
    const { province } = parsed.options;
    const answer = await runSgkImport(
      db,
      ACTOR,
      { fileName: basename(file), bytes, enterpriseId: enterprise.id, ...(province === undefined ? {} : { province }) },
      enterprise.unvan,
    );
    if (answer.ok) return { output: answer.message, exitCode: 0 };
    if (answer.lines.length === 0) throw new CliError(answer.message);
    return { output: [...answer.lines, answer.message].join('\n'), exitCode: 1 };
  } finally {
    closeDatabase(db);
  }
}
