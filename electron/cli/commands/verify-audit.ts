import { verifyAudit } from '../../../db/audit/verify-audit';
import type { CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, withCliDatabase } from '../database-options';

const USAGE = `verify-audit --db <dosya> [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

/**
 * `verify-audit --db F` (issue 3 item 7): `OK` with the counts, exit 0; or
 * the first broken entry or hand-edited row, in Turkish, exit 1.
 */
export function verifyAuditCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file']);
  return withCliDatabase(parsed, USAGE, (db) => {
    const result = verifyAudit(db);
    if (result.ok) return { output: `OK (${result.entries} denetim kaydı, ${result.rows} satır doğrulandı)`, exitCode: 0 };
    return { output: `BOZUK: ${result.problem.message}`, exitCode: 1 };
  });
}
