import { DatabaseBusyError, isBusyError } from '../../db/busy';
import type { KobiDatabase } from '../../db/connection';
import { readReplicationState, writeReplicationCursor } from '../../db/repositories/replica-rows';
import { changesResponse, DEFAULT_CHANGES_PAGE, type ChangeEntry, type ChangesResponse } from './changes-protocol';
import { hqRequest, SyncFailureError, type HqConnection } from './hq-http';
import { applyRemoteChanges, type ApplyTally } from './replica-apply';
import { fetchRemoteFiles, type FilesOutcome } from './replica-files';
import { REPLICATION_TEXT } from './replication-messages-tr';
import { SYNC_TEXT } from './sync-messages-tr';

/**
 * The pull side of replication (docs/sync-protocol.md §14.3): page through
 * `GET /v1/changes` from the stored cursor and apply each page
 * (electron/sync/replica-apply.ts); the cursor moves in the same transaction
 * as the changes it passes, so a kill at any point resumes at the first
 * change not applied, and none is applied twice. Every request is a read:
 * a lost or repeated answer only means asking again. Another writer holding
 * the database (the app, an import, a CLI command) is waited for: the rest of
 * the page is applied again after a growing pause, a few times; then the
 * round stops with a Turkish reason (`replication-busy`, transient), the
 * cursor after the last change that committed.
 */
export type ReplicationOutcome = ApplyTally & {
  readonly pages: number;
  readonly cursor: number;
  /** The files of the applied rows (§14.6); `null` when headquarters does not serve them (before 1.3). */
  readonly files: FilesOutcome | null;
};

/** Where the files of applied rows go (the database's folder) and the slice size; `null`: headquarters does not serve files. */
export type FileFetch = { readonly root: string; readonly sliceBytes?: number } | null;

/** A page request is a read: a transient failure is asked again at once (a few times) rather than failing the whole round. */
const PAGE_ATTEMPTS = 3;

async function fetchPage(connection: HqConnection, path: string): Promise<ChangesResponse> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const page = changesResponse.safeParse((await hqRequest(connection, 'GET', path, null)).body);
      if (!page.success) throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
      return page.data;
    } catch (error) {
      if (!(error instanceof SyncFailureError) || !error.failure.transient || attempt >= PAGE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Attempts at applying what is left of a page while the database is busy, and the first pause (doubled each time). */
const APPLY_BUSY_ATTEMPTS = 4;
const APPLY_BUSY_PAUSE_MS = 250;

async function applyPage(db: KobiDatabase, entries: readonly ChangeEntry[], deviceId: string, total: ApplyTally): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    // What committed before a busy failure is behind the cursor: only the rest is applied again.
    const cursor = readReplicationState(db).cursor;
    try {
      applyRemoteChanges(
        db,
        entries.filter((entry) => entry.position > cursor),
        deviceId,
        total,
      );
      return;
    } catch (error) {
      if (!(error instanceof DatabaseBusyError)) throw error;
      if (attempt >= APPLY_BUSY_ATTEMPTS)
        throw new SyncFailureError({ code: 'replication-busy', message: REPLICATION_TEXT.busy(total.applied), transient: true });
      await new Promise((resolve) => setTimeout(resolve, APPLY_BUSY_PAUSE_MS * 2 ** (attempt - 1)));
    }
  }
}

/** Move the cursor past the caller's own changes; a busy database leaves that to the next round (nothing is lost). */
function skipOwnChanges(db: KobiDatabase, last: number): void {
  if (last <= readReplicationState(db).cursor) return;
  try {
    writeReplicationCursor(db, last, db.now());
  } catch (error) {
    if (!isBusyError(error)) throw error;
  }
}

export async function pullRemoteChanges(
  db: KobiDatabase,
  connection: HqConnection,
  deviceId: string,
  pageSize = DEFAULT_CHANGES_PAGE,
  fileFetch: FileFetch = null,
): Promise<ReplicationOutcome> {
  const total = { applied: 0, skipped: 0, conflicts: 0, pages: 0 };
  for (;;) {
    const after = readReplicationState(db).cursor;
    const { entries, last } = await fetchPage(
      connection,
      `/v1/changes?after=${String(after)}&limit=${String(pageSize)}&device=${deviceId}`,
    );
    if (entries.length > 0) {
      total.pages += 1;
      await applyPage(db, entries, deviceId, total);
    }
    if (entries.length < pageSize) {
      // Everything of the other PCs up to `last` is applied: skip the own changes after it in one step.
      skipOwnChanges(db, last);
      const files = fileFetch === null ? null : await fetchRemoteFiles(db, connection, fileFetch.root, fileFetch.sliceBytes);
      return { ...total, cursor: readReplicationState(db).cursor, files };
    }
  }
}
