import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'date-fns';
import { closeDatabase, type KobiDatabase } from '../../db/connection';
import { MAX_DEMO_ENTERPRISES } from '../../db/demo/generate';
import { createAppContext } from '../services/app-context';
import { browserModeKey, defaultDatabasePath } from '../services/app-database';
import { defaultBackupFolder } from '../../db/backup';
import { DAILY_BACKUPS_KEPT, keepDailyBackupsWhileOpen, openCaseFile } from '../services/case-file-database';
import { buildDemo, DEFAULT_DEMO_ENTERPRISES, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../services/demo-accounts';
import { ImpactScheduler } from '../services/impact-scheduler';
import { integrityCheckInBackground } from '../services/integrity-check';
import { SyncWorker } from '../services/sync-worker';
import { branchSyncSettings } from '../sync/branch-settings';
import { startWebServer, type RunningWebServer } from './web-server';

/**
 * `npm run dev:web -- [--port N] [--db F] [--demo] [--enterprises N] [--hq URL] [--hq-token-file F]`, and
 * `npm start` where no Electron binary runs. Prints the full URL with the
 * token as ONE line on stdout; everything else goes to stderr.
 */
/** From the sources (electron/web/) and from the bundle (out/web/) alike. */
const MIGRATIONS = fileURLToPath(new URL('../../db/migrations', import.meta.url));

export type BrowserModeOptions = {
  readonly port: number;
  readonly db: string | null;
  readonly demo: boolean;
  readonly enterprises: number;
  /** The headquarters address (`--hq`; else `KOBI_DOSYA_HQ_URL`); none: this PC does not sync. */
  readonly hqUrl?: string | null;
  /** The branch token's file (`--hq-token-file`; else `KOBI_DOSYA_HQ_TOKEN_FILE` or `KOBI_DOSYA_HQ_TOKEN`). */
  readonly hqTokenFile?: string | null;
  /** How long after the server answers the background backup and integrity check start (default MAINTENANCE_DELAY_MS). */
  readonly maintenanceDelayMs?: number;
};

/** Long enough for the first page, its scripts and the sign-in to be served first. */
export const MAINTENANCE_DELAY_MS = 5000;

export const BROWSER_MODE_USAGE = 'dev:web [--port N] [--db DOSYA] [--demo] [--enterprises N] [--hq URL] [--hq-token-file DOSYA]';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function wholeNumber(text: string | undefined, name: string, max: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) > max)
    throw new UsageError(`--${name} 0 ile ${max} arasında bir tam sayı olmalı.`);
  return Number(text);
}

function valueOf(text: string | undefined, missing: string): string {
  if (text === undefined || text === '') throw new UsageError(missing);
  return text;
}

export function parseBrowserModeArgs(args: readonly string[]): BrowserModeOptions {
  let port = 0;
  let db: string | null = null;
  let demo = false;
  let enterprises = DEFAULT_DEMO_ENTERPRISES;
  let hqUrl: string | null = null;
  let hqTokenFile: string | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    switch (arg) {
      case '--port':
        port = wholeNumber(args[(index += 1)], 'port', 65535);
        break;
      case '--db':
        db = resolve(valueOf(args[(index += 1)], '--db bir dosya yolu ister.'));
        break;
      case '--demo':
        demo = true;
        break;
      case '--enterprises':
        enterprises = wholeNumber(args[(index += 1)], 'enterprises', MAX_DEMO_ENTERPRISES);
        break;
      case '--hq':
        hqUrl = valueOf(args[(index += 1)], '--hq bir merkez adresi ister.');
        break;
      case '--hq-token-file':
        hqTokenFile = resolve(valueOf(args[(index += 1)], '--hq-token-file bir dosya yolu ister.'));
        break;
      default:
        throw new UsageError(`Bilinmeyen seçenek: ${String(arg)}. Kullanım: npm run dev:web -- ${BROWSER_MODE_USAGE}`);
    }
  }
  return { port, db, demo, enterprises, hqUrl, hqTokenFile };
}

export type RunningBrowserMode = { readonly web: RunningWebServer; readonly db: KobiDatabase; stop(): Promise<void> };

type Log = (line: string) => void;

export async function runBrowserMode(options: BrowserModeOptions, log: Log, staticRoot: string | null): Promise<RunningBrowserMode> {
  const path =
    options.db ?? (options.demo ? join(mkdtempSync(join(tmpdir(), 'kobi-dosya-demo-')), 'kobi-dosya.sqlite') : defaultDatabasePath());
  if (options.demo && existsSync(path)) throw new UsageError(`--demo yeni bir veritabanı ister; dosya zaten var: ${path}`);
  const key = browserModeKey(path);
  if (!key.ok) throw new UsageError(key.message);
  const branch = branchSyncSettings(process.env, { hqUrl: options.hqUrl ?? null, tokenFile: options.hqTokenFile ?? null });
  if (!branch.ok) throw new UsageError(branch.message);
  const today = (): string => format(new Date(), 'yyyy-MM-dd');
  const opened = openCaseFile({
    path,
    key: key.key,
    today: today(),
    integrityCheck: 'background',
    dailyBackupAtOpen: false,
    migrationsFolder: MIGRATIONS,
  });
  if (!opened.ok) {
    const backups = opened.restoreOffer.backups.map((backup) => `  ${backup.path}`).join('\n');
    throw new UsageError(`${opened.error.message}${backups === '' ? '' : `\nGeri yüklenebilecek yedekler:\n${backups}`}`);
  }
  const { db } = opened;
  if (options.demo) {
    log(`Demo verisi yazılıyor (${options.enterprises} işletme): ${path}`);
    const demo = await buildDemo(db, { enterprises: options.enterprises });
    if (!demo.ok) throw new UsageError(demo.reason);
    log(`Demo hesapları (parola hepsi için: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) log(`  ${account.username.padEnd(9)} ${account.role.padEnd(16)} ${account.fullName}`);
  }
  const stopBackups = keepDailyBackupsWhileOpen(db, {
    path,
    key: key.key,
    today,
    onBackup: (result) => {
      if (!result.ok) log(`Günlük yedek alınamadı: ${result.message}`);
    },
  });
  const impact = new ImpactScheduler(db, key.key, { today, log });
  const sync =
    branch.settings === null
      ? undefined
      : new SyncWorker(db, branch.settings, {
          log,
          onReferenceApplied: () => {
            impact.requestIfReferenceChanged('Merkezden gelen başvuru verisi');
          },
        });
  const app = createAppContext(db, {
    backups: { folder: defaultBackupFolder(path), key: key.key },
    impact,
    ...(sync === undefined ? {} : { sync }),
  });
  const web = await startWebServer({
    app,
    port: options.port,
    staticRoot,
    onInternalError: (channel, error) => {
      log(`İç hata (${channel}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  });
  // The day's backup and the full integrity check read the whole file (minutes at 50,000 enterprises): they start
  // in their worker only once the server answers, so the first page and the sign-in do not share the two cores with them.
  const backup = { folder: defaultBackupFolder(path), today: today(), keep: DAILY_BACKUPS_KEPT };
  const maintenance = setTimeout(() => {
    void integrityCheckInBackground(path, key.key, { backup, migrationsFolder: MIGRATIONS }).then(({ problems, backup: backupFailure }) => {
      if (backupFailure !== null) log(`Günlük yedek alınamadı: ${backupFailure}`);
      if (problems.length > 0)
        log(
          `UYARI: veritabanı bütünlük denetimi sorun buldu (${problems.length}): ${problems.slice(0, 5).join('; ')} — bir yedeği geri yüklemeyi düşünün.`,
        );
    });
  }, options.maintenanceDelayMs ?? MAINTENANCE_DELAY_MS);
  log(`Veritabanı: ${path} (anahtar: ${key.source})`);
  if (sync !== undefined) {
    sync.start();
    log(`Merkeze eşitleme: ${sync.hqUrl} (her 30 sn; Eşitleme ekranında "Şimdi eşitle")`);
  }
  return {
    web,
    db,
    async stop() {
      clearTimeout(maintenance);
      stopBackups();
      await web.close();
      await sync?.stop();
      await impact.settled();
      closeDatabase(db);
    },
  };
}
