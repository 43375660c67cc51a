import { mkdirSync } from 'node:fs';
import { isIsoDate } from '../../../core/lib/calendar-date';
import { exportApprovedForms } from '../../services/forms/batch-export';
import { createFormsService } from '../../services/forms/forms-service';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption } from '../database-options';
import { signerFromOptions, withCliDatabaseAsync } from '../form-command-options';

const USAGE = `export-forms --db <dosya> --from <YYYY-AA-GG> --to <YYYY-AA-GG> --out <klasör> [--p12 <dosya> --passphrase-env <DEĞİŞKEN>] [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

function dateOption(value: string, option: string): string {
  if (!isIsoDate(value)) throw new CliError(`--${option} geçerli bir tarih değil (YYYY-AA-GG): "${value}"`);
  return value;
}

/**
 * `export-forms`: every approved form of the date range into a folder, with
 * progress on standard error; run again to resume (complete, verified files
 * are kept). Exit status 1 when a form could not be prepared.
 */
export async function exportFormsCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'from', 'to', 'out', 'p12', 'passphrase-env']);
  const from = dateOption(requireOption(parsed, 'from', USAGE), 'from');
  const to = dateOption(requireOption(parsed, 'to', USAGE), 'to');
  if (from > to) throw new CliError('--from, --to tarihinden sonra olamaz.');
  const folder = requireOption(parsed, 'out', USAGE);
  const signer = await signerFromOptions(parsed, USAGE);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new CliError(`Klasör oluşturulamadı: ${folder}`);
  }
  return withCliDatabaseAsync(parsed, USAGE, async (db) => {
    const service = createFormsService({ db, clock: () => new Date() });
    const result = await exportApprovedForms(service, db, {
      from,
      to,
      folder,
      ...(signer === undefined ? {} : { signer }),
      onProgress: (progress) => {
        process.stderr.write(`[${progress.done}/${progress.total}] ${progress.current}\n`);
      },
    });
    const lines = [
      ...result.failed.map((failure) => `Hazırlanamadı: ${failure.subject}: ${failure.message}`),
      `${result.total} form: ${result.written.length} yazıldı, ${result.skipped.length} zaten tamamdı, ${result.failed.length} hazırlanamadı.`,
    ];
    return { output: lines.join('\n'), exitCode: result.failed.length === 0 ? 0 : 1 };
  });
}
