import type { KobiDatabase } from '../../db/connection';
import { readReplicationState, writeReplicationCursor } from '../../db/repositories/replica-rows';
import { changesResponse, DEFAULT_CHANGES_PAGE, type ChangesResponse } from './changes-protocol';
import { hqRequest, SyncFailureError, type HqConnection } from './hq-http';
import { applyRemoteChanges, type ApplyTally } from './replica-apply';
import { SYNC_TEXT } from './sync-messages-tr';

/**
 * The pull side of replication (docs/sync-protocol.md §14.3): page through
 * `GET /v1/changes` from the stored cursor and apply each page
 * (electron/sync/replica-apply.ts); the cursor moves in the same transaction
 * as the changes it passes, so a kill at any point resumes at the first
 * change not applied, and none is applied twice. Every request is a read:
 * a lost or repeated answer only means asking again.
 */
export type ReplicationOutcome = ApplyTally & { readonly pages: number; readonly cursor: number };

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

export async function pullRemoteChanges(
  db: KobiDatabase,
  connection: HqConnection,
  deviceId: string,
  pageSize = DEFAULT_CHANGES_PAGE,
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
      const tally = applyRemoteChanges(db, entries, deviceId);
      total.applied += tally.applied;
      total.skipped += tally.skipped;
      total.conflicts += tally.conflicts;
    }
    if (entries.length < pageSize) {
      // Everything of the other PCs up to `last` is applied: skip the own changes after it in one step.
      if (last > readReplicationState(db).cursor) writeReplicationCursor(db, last, db.now());
      return { ...total, cursor: readReplicationState(db).cursor };
    }
  }
}
