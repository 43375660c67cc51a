import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DatabaseBusyError, isBusyError } from '../../db/busy';
import { CliError } from './command';

/**
 * What the CLI prints when a command throws (issue 12 item 3). A person never
 * sees a stack trace: a usage or input error is its Turkish message (exit 2);
 * a busy database says so (exit 75, "try again later" as in sysexits'
 * EX_TEMPFAIL); anything else is a short Turkish message naming the log file,
 * and the stack goes to that file (exit 70, EX_SOFTWARE).
 *
 * The log is `komut-satiri-hatalari.log` in `KOBI_DOSYA_LOG_DIR`, or in
 * `~/.kobi-dosya/gunluk/` by default: a folder of the user's own (0700, the
 * file 0600), never the shared temp folder. It records the time, the command
 * name and the stack, never the command's arguments.
 */

export const LOG_DIR_ENV = 'KOBI_DOSYA_LOG_DIR';
export const CLI_ERROR_LOG_FILE = 'komut-satiri-hatalari.log';

export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;
export const EXIT_BUSY = 75;

export type LastResortOutcome = { readonly stderr: string; readonly exitCode: number; readonly logFile: string | null };

export function cliErrorLogPath(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env[LOG_DIR_ENV];
  return join(folder !== undefined && folder !== '' ? folder : join(homedir(), '.kobi-dosya', 'gunluk'), CLI_ERROR_LOG_FILE);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const detail = error instanceof DatabaseBusyError ? `\n${error.detail}` : '';
    return `${error.stack ?? `${error.name}: ${error.message}`}${detail}`;
  }
  return String(error);
}

/** Append the stack to the log; `null` when the log cannot be written (the person still gets the message). */
function writeLog(path: string, command: string, error: unknown, now: Date): string | null {
  try {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    appendFileSync(path, `${now.toISOString()} komut: ${command}\n${describe(error)}\n\n`, { mode: 0o600 });
    return path;
  } catch {
    return null;
  }
}

export function lastResort(error: unknown, command: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): LastResortOutcome {
  if (error instanceof CliError) return { stderr: `Hata: ${error.message}\n`, exitCode: EXIT_USAGE, logFile: null };
  if (error instanceof DatabaseBusyError || isBusyError(error)) {
    const logFile = writeLog(cliErrorLogPath(env), command, error, now);
    return { stderr: `Hata: ${new DatabaseBusyError(error).message}\n`, exitCode: EXIT_BUSY, logFile };
  }
  const logFile = writeLog(cliErrorLogPath(env), command, error, now);
  const where = logFile === null ? 'Ayrıntılar günlük dosyasına yazılamadı.' : `Ayrıntılar şu dosyaya yazıldı: ${logFile}`;
  return {
    stderr: `Hata: beklenmeyen bir sorun oluştu ve komut yarıda kaldı. ${where}\nVeritabanına yapılan yazma işlemleri tamamlanmadıysa geri alınmıştır.\n`,
    exitCode: EXIT_INTERNAL,
    logFile,
  };
}
