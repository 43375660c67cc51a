import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { KobiDatabase } from '../../db/connection';
import { downloadFile } from './file-download';
import type { HqConnection } from './hq-http';
import { REPLICATION_TEXT } from './replication-messages-tr';
import { entityLabel } from './sync-messages-tr';

/**
 * After the changes are applied (docs/sync-protocol.md §14.6): every
 * document or attachment row replication wrote whose file is not on this PC
 * at the place its `storage_path` names (relative to the database's folder,
 * as the Formlar tab reads it) is fetched from headquarters
 * (electron/sync/file-download.ts). The rows themselves are the list: a file
 * that could not be fetched is simply still missing, so it is tried again in
 * the next round, and reported in Turkish meanwhile. A path that would leave
 * the database's folder is never written to.
 */
export type FilesOutcome = {
  readonly fetched: number;
  /** Rows whose file is still not here after this round. */
  readonly pending: number;
  /** The reasons, one per file (the first few), in Turkish. */
  readonly problems: readonly string[];
  /** One sentence for the status line, `null` when nothing is missing. */
  readonly message: string | null;
};

const FILE_TABLES = ['documents', 'attachments'] as const;
const MAX_PROBLEMS = 20;

type FileRow = { readonly id: number; readonly sha256: string; readonly sizeBytes: number; readonly storagePath: string };

/** The file rows replication wrote or changed, still present here, that name a stored file. */
function replicatedFileRows(db: KobiDatabase, table: (typeof FILE_TABLES)[number]): FileRow[] {
  return db.sqlite
    .prepare(
      `SELECT t.id, t.sha256, t.size_bytes AS sizeBytes, t.storage_path AS storagePath
       FROM replica_rows r JOIN ${table} t ON t.id = r.local_id
       WHERE r.entity = ? AND r.deleted = 0 AND t.storage_path IS NOT NULL ORDER BY t.id`,
    )
    .all(table) as FileRow[];
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** The absolute path of `storagePath` under `root`, or `null` when it is absolute or leaves `root`. */
function placeOf(root: string, storagePath: string): string | null {
  if (isAbsolute(storagePath)) return null;
  const target = resolve(root, storagePath);
  const inside = relative(root, target);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : target;
}

export async function fetchRemoteFiles(
  db: KobiDatabase,
  connection: HqConnection,
  root: string,
  sliceBytes?: number,
): Promise<FilesOutcome> {
  let fetched = 0;
  let pending = 0;
  const problems: string[] = [];
  const report = (label: string, reason: string): void => {
    pending += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(REPLICATION_TEXT.fileProblem(label, reason));
  };
  for (const table of FILE_TABLES) {
    for (const row of replicatedFileRows(db, table)) {
      const label = entityLabel(table, String(row.id));
      const target = placeOf(root, row.storagePath);
      if (target === null) {
        report(label, REPLICATION_TEXT.unsafePath(row.storagePath));
        continue;
      }
      if ((await sizeOf(target)) === row.sizeBytes) continue;
      try {
        await downloadFile(connection, { sha256: row.sha256, sizeBytes: row.sizeBytes, target }, sliceBytes);
        fetched += 1;
      } catch (error) {
        // Any failure (headquarters, network, a full disk) leaves this file for the next round, never the others.
        report(label, error instanceof Error ? error.message : String(error));
      }
    }
  }
  return { fetched, pending, problems, message: pending === 0 ? null : REPLICATION_TEXT.filesPending(pending) };
}
