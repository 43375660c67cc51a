import { v7 as uuidv7 } from 'uuid';
import type { KobiDatabase } from '../database-types';
import { assignMessageIdsIn, ensureSyncState, lastAssignedOutboxId } from '../repositories/sync-queue';
import { stampLocalChanges } from './stamp';

/**
 * Make outbox messages ready to send (docs/sync-protocol.md §4, §14.2): the
 * next `limit` messages without a protocol id get one (with the version each
 * supersedes), then every message with an id gets its replication stamp, in
 * outbox order, inside the caller's transaction.
 *
 * `withWrite` calls it before every commit that queued messages, so a change
 * is committed together with its id and its clock, and the push only reads
 * and sends. The sync client calls it too, for messages a version before this
 * one queued without them (a file written before ids were assigned at write
 * time); on a current file it finds nothing to do. Returns how many ids it
 * assigned.
 */
export function readyOutboxMessages(db: KobiDatabase, limit = -1, newId: () => string = uuidv7): number {
  const { deviceId } = ensureSyncState(db, uuidv7);
  const assigned = assignMessageIdsIn(db, limit, newId);
  stampLocalChanges(db, deviceId, lastAssignedOutboxId(db));
  return assigned;
}
