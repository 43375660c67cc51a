import { formatIssues } from '../../../core/lib/validation';
import { finansmanReport } from '../../../core/report/finansman-explain';
import { BUILT_IN_REFERENCE, evaluateFinansmanCase } from '../../../core/rules';
import { finansmanDecisionSnapshot, loadFinansmanCase } from '../../../db/repositories/finansman-case';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption, withCliDatabase } from '../database-options';

const USAGE = `finansman --db <dosya> --application <no> [--format metin|json] [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
const RECORD_NUMBER = /^[1-9]\d*$/;

/**
 * `finansman --db F --application N [--format metin|json]`: a credit-line application evaluated as the database holds
 * it, without writing anything: the Turkish report of `explain` (default), or the program-read JSON a decision stores
 * (checks, schedule with formulas, the call's values with their sources and gaps). Data the case lacks is a usage
 * error naming the field (exit 2).
 */
export function finansmanCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'application', 'format']);
  const application = requireOption(parsed, 'application', USAGE);
  const format = parsed.options.format ?? 'metin';
  if (!RECORD_NUMBER.test(application)) throw new CliError(`Başvuru numarası geçersiz: ${application}\nKullanım: ${USAGE}`);
  if (format !== 'metin' && format !== 'json') throw new CliError(`Bilinmeyen biçim "${format}"; izin verilenler: metin, json`);
  return withCliDatabase(parsed, USAGE, (db) => {
    const loaded = loadFinansmanCase(db, Number(application));
    if (!loaded.ok) throw new CliError(`Başvuru değerlendirilemedi: ${formatIssues(loaded.issues)}`);
    const evaluation = evaluateFinansmanCase(loaded.value);
    const output =
      format === 'json'
        ? JSON.stringify(finansmanDecisionSnapshot(evaluation), null, 2)
        : finansmanReport(evaluation, BUILT_IN_REFERENCE.finansmanCalls[evaluation.call]).join('\n');
    return { output, exitCode: 0 };
  });
}
