import { restoreDatabase } from '../../../db/backup';
import { closeDatabase, systemClock } from '../../../db/connection';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';

const USAGE = `restore --from <yedek dosyası> --db <dosya> [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

/**
 * `restore --from G --db F`: checks the backup G (key, integrity), puts it in
 * place of F and keeps the previous F beside it (`F.onceki-…`), then opens F
 * once, which upgrades a backup of an older schema. Close the app first.
 */
export function restoreCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'from']);
  const from = requireOption(parsed, 'from', USAGE);
  const to = requireOption(parsed, 'db', USAGE);
  const key = resolveDatabaseKey(parsed.options['key-file']);
  const result = restoreDatabase(from, to, key, systemClock);
  if (!result.ok) throw new CliError(result.message);
  closeDatabase(openCliDatabase(to, key));
  const lines = [`Geri yüklendi: ${from} → ${to} (${result.value.restored.sizeBytes} bayt)`];
  if (result.value.previousKeptAs !== null) lines.push(`Önceki dosya silinmedi, şu adla saklandı: ${result.value.previousKeptAs}`);
  return { output: lines.join('\n'), exitCode: 0 };
}
