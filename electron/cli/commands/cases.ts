import { programId, type ProgramId } from '../../../core/inputs/eligibility-input';
import { listCases } from '../../../db/repositories/applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../db/schema/enums';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, withCliDatabase } from '../database-options';

const USAGE = `cases --db <dosya> [--program <${programId.options.join('|')}>] [--status <durum>] [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

function isProgram(value: string): value is ProgramId {
  return (programId.options as readonly string[]).includes(value);
}

function isStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** `cases --db F [--program P] [--status S]`: one JSON line per case (id, program, status, unvan, VKN), in id order. */
export function casesCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'program', 'status']);
  const { program, status } = parsed.options;
  if (program !== undefined && !isProgram(program))
    throw new CliError(`Bilinmeyen program "${program}"; izin verilenler: ${programId.options.join(', ')}`);
  if (status !== undefined && !isStatus(status))
    throw new CliError(`Bilinmeyen durum "${status}"; izin verilenler: ${APPLICATION_STATUSES.join(', ')}`);
  return withCliDatabase(parsed, USAGE, (db) => {
    const cases = listCases(db, { ...(program === undefined ? {} : { program }), ...(status === undefined ? {} : { status }) });
    return {
      output: cases
        .map((entry) => JSON.stringify({ id: entry.id, program: entry.program, status: entry.status, unvan: entry.unvan, vkn: entry.vkn }))
        .join('\n'),
      exitCode: 0,
    };
  });
}
