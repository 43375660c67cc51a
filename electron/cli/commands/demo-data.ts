import { MAX_DEMO_ENTERPRISES } from '../../../db/demo/generate';
import { DEFAULT_DEMO_SEED, writeDemoSet } from '../../services/demo-data-service';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption, withCliDatabase } from '../database-options';

const USAGE = `demo-data --db <dosya> --enterprises <N> [--seed <S>] [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
const WHOLE_NUMBER = /^\d+$/;
const MAX_SEED = 2 ** 32 - 1;

function wholeNumber(text: string, name: string, max: number): number {
  const value = Number(text);
  if (!WHOLE_NUMBER.test(text) || value > max) throw new CliError(`--${name} 0 ile ${max} arasında bir tam sayı olmalı: ${text}`);
  return value;
}

/**
 * `demo-data --db F --enterprises N [--seed S]`: a realistic, invented data set
 * written into a new or empty database by the same service as browser mode's
 * `--demo` (electron/services/demo-data-service.ts), the same for the same seed. Prints one line of JSON: what was created.
 */
export function demoDataCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'enterprises', 'seed']);
  const enterprises = wholeNumber(requireOption(parsed, 'enterprises', USAGE), 'enterprises', MAX_DEMO_ENTERPRISES);
  const seedText = parsed.options.seed;
  const seed = seedText === undefined ? DEFAULT_DEMO_SEED : wholeNumber(seedText, 'seed', MAX_SEED);
  return withCliDatabase(
    parsed,
    USAGE,
    (db) => {
      const result = writeDemoSet(db, { seed, enterprises });
      if (!result.ok) throw new CliError(result.reason);
      return { output: JSON.stringify(result.summary), exitCode: 0 };
    },
    { create: true },
  );
}
