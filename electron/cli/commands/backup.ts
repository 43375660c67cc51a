import { backupDatabase } from '../../../db/backup';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption, withCliDatabase } from '../database-options';

const USAGE = `backup --db <dosya> --out <yedek dosyası> [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

/** `backup --db F --out G`: an encrypted, checked snapshot of F at G while F stays in use; G must not exist. */
export function backupCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'out']);
  const out = requireOption(parsed, 'out', USAGE);
  return withCliDatabase(parsed, USAGE, (db, key) => {
    const result = backupDatabase(db, out, key);
    if (!result.ok) throw new CliError(result.message);
    return { output: `Yedek alındı: ${result.value.path} (${result.value.sizeBytes} bayt, şifreli)`, exitCode: 0 };
  });
}
