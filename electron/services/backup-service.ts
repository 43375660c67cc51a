import { join } from 'node:path';
import { backupDatabase, listBackups } from '../../db/backup';
import type { DatabaseKey, KobiDatabase } from '../../db/connection';

/**
 * Backups on demand (issue 13 item 8): the one path of the app's
 * `backup:create` channel and the CLI's `backup` command. An encrypted,
 * checked snapshot that never overwrites a file.
 */
export type BackupAnswer =
  { readonly ok: true; readonly path: string; readonly message: string } | { readonly ok: false; readonly message: string };

export function backupNow(db: KobiDatabase, target: string, key: DatabaseKey): BackupAnswer {
  const result = backupDatabase(db, target, key);
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, path: result.value.path, message: `Yedek alındı: ${result.value.path} (${result.value.sizeBytes} bayt, şifreli)` };
}

/** A backup into the backup folder, named after the moment (`kobi-dosya-elle-2026-03-02T08-30-00.sqlite`). */
export function backupIntoFolder(db: KobiDatabase, folder: string, key: DatabaseKey, at: Date): BackupAnswer {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-');
  return backupNow(db, join(folder, `kobi-dosya-elle-${stamp}.sqlite`), key);
}

export function backupsIn(folder: string): { path: string; sizeBytes: number; modifiedAt: string }[] {
  return listBackups(folder)
    .map((backup) => ({ path: backup.path, sizeBytes: backup.sizeBytes, modifiedAt: backup.modifiedAt }))
    .sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
}
