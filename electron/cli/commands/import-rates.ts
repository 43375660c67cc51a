import { readBulletinFiles } from '../../../db/imports/tcmb-rates';
import { runRatesImport } from '../../services/import-service';
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
    const answer = runRatesImport(db, ACTOR, files.files);
    if (answer.ok) return { output: answer.message, exitCode: 0 };
    return { output: [...answer.lines, answer.message].join('\n'), exitCode: 1 };
  });
}
