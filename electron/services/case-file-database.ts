import { existsSync } from 'node:fs';
import {
  defaultBackupFolder,
  listBackups,
  restoreDatabase,
  rotateDailyBackup,
  snapshotBeforeMigrations,
  type BackupInfo,
  type BackupResult,
  type RotationOutcome,
} from '../../db/backup';
import { openDatabase, systemClock, type DatabaseKey, type DatabaseOpenError, type KobiDatabase } from '../../db/connection';

/**
 * How the app opens its case-file database (issue 3 item 8), as a plain Node
 * service the Electron shell calls at startup; the key comes from the OS
 * keystore (electron/main/database-key.ts).
 *
 * - The file is checked at open (key, `PRAGMA integrity_check`); an older
 *   schema is copied to the backup folder before it is upgraded.
 * - A file that cannot be opened is never replaced by a new empty one: the
 *   answer is the reason and a restore offer (the backups, newest first).
 *   A missing file is created only on a first run, that is when the backup
 *   folder holds no backup either; a missing file with backups beside it has
 *   been moved or deleted, and is offered a restore instead.
 * - Once open, the day's backup is taken (one file per day, the newest
 *   `keepDailyBackups` kept), and `keepDailyBackupsWhileOpen` takes the next
 *   day's when the app stays open overnight. A failed daily backup does not
 *   stop the work of the day; the caller shows it.
 */

export const DAILY_BACKUPS_KEPT = 14;
/** How often a running app checks whether a new day's backup is due. */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

export type CaseFileOptions = {
  readonly path: string;
  readonly key: DatabaseKey;
  /** The local date (`YYYY-MM-DD`) the day's backup is named after. */
  readonly today: string;
  /** Default: `yedekler/` next to the database. */
  readonly backupFolder?: string;
  readonly keepDailyBackups?: number;
  readonly now?: () => string;
  /** `full` by default; the app passes `quick` and runs the full check in a worker (integrity-check.ts). */
  readonly integrityCheck?: 'full' | 'quick';
  /**
   * `false`: leave the day's backup to the caller (the app takes it in its
   * background worker, so a large file opens at once); `dailyBackup` is then `null`.
   */
  readonly dailyBackupAtOpen?: boolean;
  /** Where the migrations are (a packaged app keeps them in its resources). */
  readonly migrationsFolder?: string;
};

/** The backups a user can restore from, newest first. */
export type RestoreOffer = { readonly folder: string; readonly backups: readonly BackupInfo[] };

export type CaseFileOpened = {
  readonly ok: true;
  readonly db: KobiDatabase;
  /** A new, empty database was created (first run). */
  readonly created: boolean;
  readonly dailyBackup: BackupResult<RotationOutcome> | null;
};

export type CaseFileRefused = { readonly ok: false; readonly error: DatabaseOpenError; readonly restoreOffer: RestoreOffer };

function backupFolderOf(options: CaseFileOptions): string {
  return options.backupFolder ?? defaultBackupFolder(options.path);
}

export function restoreOffer(folder: string): RestoreOffer {
  const backups = listBackups(folder).sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : a.modifiedAt > b.modifiedAt ? -1 : 0));
  return { folder, backups };
}

function dailyBackup(db: KobiDatabase, options: CaseFileOptions, today: string): BackupResult<RotationOutcome> {
  return rotateDailyBackup(db, {
    folder: backupFolderOf(options),
    today,
    keep: options.keepDailyBackups ?? DAILY_BACKUPS_KEPT,
    key: options.key,
  });
}

export function openCaseFile(options: CaseFileOptions): CaseFileOpened | CaseFileRefused {
  const folder = backupFolderOf(options);
  const offer = restoreOffer(folder);
  const exists = existsSync(options.path);
  if (!exists && offer.backups.length > 0) {
    return {
      ok: false,
      error: {
        kind: 'not-found',
        path: options.path,
        message: `Veritabanı dosyası bulunamadı, ancak yedekleri var: dosya taşınmış ya da silinmiş olabilir. Yeni boş bir veritabanı oluşturulmadı; bir yedeği geri yükleyin ya da dosyayı yerine koyun: ${options.path}`,
        detail: null,
      },
      restoreOffer: offer,
    };
  }
  const opened = openDatabase(options.path, {
    key: options.key,
    create: !exists,
    now: options.now ?? systemClock,
    ...(options.integrityCheck === undefined ? {} : { integrityCheck: options.integrityCheck }),
    ...(options.migrationsFolder === undefined ? {} : { migrationsFolder: options.migrationsFolder }),
    beforeMigrations: snapshotBeforeMigrations(folder, options.key),
  });
  if (!opened.ok) return { ok: false, error: opened.error, restoreOffer: offer };
  const backup = options.dailyBackupAtOpen === false ? null : dailyBackup(opened.db, options, options.today);
  return { ok: true, db: opened.db, created: !exists, dailyBackup: backup };
}

/**
 * Put the chosen backup in place of the database (the current file is kept
 * beside it, never deleted) and open it. Refused while any connection has
 * the database open.
 */
export function restoreCaseFile(
  options: CaseFileOptions,
  backupPath: string,
): CaseFileOpened | CaseFileRefused | { readonly ok: false; readonly restoreFailed: string } {
  const restored = restoreDatabase(backupPath, options.path, options.key, options.now ?? systemClock);
  if (!restored.ok) return { ok: false, restoreFailed: restored.message };
  return openCaseFile(options);
}

/**
 * While the app stays open: every `intervalMs`, take the day's backup if the
 * date has changed since the last one. Returns the function that stops it.
 */
export function keepDailyBackupsWhileOpen(
  db: KobiDatabase,
  options: Omit<CaseFileOptions, 'today'> & {
    readonly today: () => string;
    readonly intervalMs?: number;
    readonly onBackup: (result: BackupResult<RotationOutcome>) => void;
  },
): () => void {
  let lastDay = options.today();
  const timer = setInterval(() => {
    const today = options.today();
    if (today === lastDay || !db.sqlite.open) return;
    const result = dailyBackup(db, { ...options, today }, today);
    if (result.ok) lastDay = today;
    options.onBackup(result);
  }, options.intervalMs ?? DAILY_BACKUP_CHECK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
