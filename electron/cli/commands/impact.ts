import { closeDatabase } from '../../../db/connection';
import { listImpactItems } from '../../../db/repositories/impact-items';
import { runImpact } from '../../services/impact-runner';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, openCliDatabase, parseCommandArgs, requireOption, resolveDatabaseKey } from '../database-options';

const USAGE = `impact --db <dosya> [--workers N] [--today YYYY-AA-GG] [--key-file <dosya>]   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;

function workersOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 16)
    throw new CliError(`--workers 1 ile 16 arasında bir tam sayı olmalı.\nKullanım: ${USAGE}`);
  return Number(text);
}

function todayOption(text: string | undefined): string {
  if (text === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new CliError(`--today YYYY-AA-GG biçiminde bir tarih olmalı.\nKullanım: ${USAGE}`);
  return text;
}

/**
 * `impact --db F`: the impact of a rule change (issue 18 item 3). Every open
 * case is decided again in worker threads under the reference data as of the
 * previous run and as it is now; each stored decision that would change is
 * stored as an item for its sorumlu personel and printed as one JSON line
 * (stdout). A Turkish summary goes to stderr. No decision is changed.
 */
export async function impactCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'workers', 'today']);
  const path = requireOption(parsed, 'db', USAGE);
  const workers = workersOption(parsed.options.workers);
  const today = todayOption(parsed.options.today);
  const key = resolveDatabaseKey(parsed.options['key-file']);
  const db = openCliDatabase(path, key);
  try {
    const result = await runImpact(db, key, { trigger: 'Komut satırı (impact)', today, ...(workers === undefined ? {} : { workers }) });
    const items = listImpactItems(db, { runId: result.runId, onlyOpen: false, limit: Math.max(1, result.items.length) });
    const changed = result.parameters.map((parameter) => `${parameter.label}: ${parameter.before} → ${parameter.after}`);
    process.stderr.write(
      `${result.casesChecked} açık dosya ${result.workers} iş parçacığında yeniden değerlendirildi; ${result.casesAffected} dosyada ${result.items.length} kayıtlı karar değişirdi` +
        `${result.unreadable > 0 ? ` (${result.unreadable} dosyanın verisi eksik, karşılaştırılamadı)` : ''}. ` +
        `${changed.length === 0 ? 'Önceki değerlendirmeden beri başvuru verisi değişmedi.' : `Değişenler: ${changed.join('; ')}.`}\n`,
    );
    return {
      output: [...items]
        .reverse()
        .map((item) =>
          JSON.stringify({
            itemId: item.id,
            applicationId: item.applicationId,
            program: item.program,
            unvan: item.unvan,
            responsibleUserId: item.responsibleUserId,
            subject: item.subject,
            paymentRequestId: item.paymentRequestId,
            before: item.before,
            after: item.after,
            parameters: result.parameters,
            summary: item.summary,
          }),
        )
        .join('\n'),
      exitCode: 0,
    };
  } finally {
    closeDatabase(db);
  }
}
