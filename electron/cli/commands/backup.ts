import { backupNow } from '../../services/backup-service';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption, withCliDatabase } from '../database-options';

const USAGE = `backup --db <dosya> --out <yedek dosyası> [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

/** `backup --db F --out G`: an encrypted, checked snapshot of F at G while F stays in use; G must not exist. */
export function backupCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'out']);
  const out = requireOption(parsed, 'out', USAGE);
  return withCliDatabase(parsed, USAGE, (db, key) => {
    const answer = backupNow(db, out, key);
    if (!answer.ok) throw new CliError(answer.message);
    return { output: answer.message, exitCode: 0 };
  });
}
