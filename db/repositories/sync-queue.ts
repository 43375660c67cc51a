import type Database from 'better-sqlite3';
import type { KobiDatabase } from '../connection';
import type { SyncRefusal } from '../schema/sync-messages';

/**
 * The sync client's queue (issue 17): reads `sync_outbox`, keeps each
 * message's protocol identity in `sync_messages` and the client's state in
 * `sync_state`. Nothing here deletes a row: a message headquarters answered
 * is behind `sync_state.answered_through` (or, answered out of order, has
 * `sync_outbox.sent_at`), never removed, and one headquarters refuses stays
 * with its reason. These tables are transport bookkeeping, not case-file
 * data, so they are written with plain transactions rather than `withWrite`
 * (which would audit them and queue them again).
 */

const statementCaches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: KobiDatabase, source: string): Database.Statement {
  let cache = statementCaches.get(db.sqlite);
  if (cache === undefined) {
    cache = new Map();
    statementCaches.set(db.sqlite, cache);
  }
  let statement = cache.get(source);
  if (statement === undefined) {
    statement = db.sqlite.prepare(source);
    cache.set(source, statement);
  }
  return statement;
}

/** How far headquarters has answered the outbox (0 before the first answer, and without a `sync_state` row). */
const ANSWERED_THROUGH = '(SELECT coalesce(max(answered_through), 0) FROM sync_state)';

export type SyncStateRecord = {
  readonly deviceId: string;
  readonly hqUrl: string | null;
  readonly branchId: string | null;
  readonly lastAttemptAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastErrorAt: string | null;
  readonly lastErrorCode: string | null;
  readonly lastErrorMessage: string | null;
  readonly consecutiveFailures: number;
};

const STATE_COLUMNS =
  'device_id AS deviceId, hq_url AS hqUrl, branch_id AS branchId, last_attempt_at AS lastAttemptAt, last_success_at AS lastSuccessAt, last_error_at AS lastErrorAt, last_error_code AS lastErrorCode, last_error_message AS lastErrorMessage, consecutive_failures AS consecutiveFailures';

/** The client's state, or `null` before the first sync. */
export function readSyncState(db: KobiDatabase): SyncStateRecord | null {
  return (prepared(db, `SELECT ${STATE_COLUMNS} FROM sync_state WHERE id = 1`).get() as SyncStateRecord | undefined) ?? null;
}

/** The client's state, created with a new device id (from `newDeviceId`) the first time. */
export function ensureSyncState(db: KobiDatabase, newDeviceId: () => string): SyncStateRecord {
  prepared(db, 'INSERT INTO sync_state (id, device_id) VALUES (1, ?) ON CONFLICT (id) DO NOTHING').run(newDeviceId());
  const state = readSyncState(db);
  if (state === null) throw new Error('sync_state satırı oluşturulamadı');
  return state;
}

/**
 * Give every unsent outbox message without one its UUIDv7 and the id of the
 * previous message about the same row (the version it supersedes), in outbox
 * order, at most `limit` of them (-1: all), inside the caller's transaction
 * (db/replication/ready-outbox.ts). Committed before anything is sent: a
 * retry after a crash sends the same ids.
 */
export function assignMessageIdsIn(db: KobiDatabase, limit: number, newId: () => string): number {
  const rows = prepared(
    db,
    `SELECT o.id AS outboxId, o.entity AS entity, o.entity_id AS entityId FROM sync_outbox o
     WHERE o.sent_at IS NULL AND o.id > coalesce((SELECT max(outbox_id) FROM sync_messages), 0)
     ORDER BY o.id LIMIT ?`,
  ).all(limit) as { outboxId: number; entity: string; entityId: string }[];
  const previous = prepared(
    db,
    'SELECT message_id AS messageId FROM sync_messages WHERE entity = ? AND entity_id = ? ORDER BY outbox_id DESC LIMIT 1',
  );
  const insert = prepared(
    db,
    'INSERT INTO sync_messages (outbox_id, message_id, entity, entity_id, supersedes, assigned_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const at = db.now();
  // The newest message per row assigned in this run, so a row changed several times is looked up once.
  const latest = new Map<string, string | null>();
  for (const row of rows) {
    const key = `${row.entity}\n${row.entityId}`;
    let supersedes = latest.get(key);
    if (supersedes === undefined)
      supersedes = (previous.get(row.entity, row.entityId) as { messageId: string } | undefined)?.messageId ?? null;
    const messageId = newId();
    insert.run(row.outboxId, messageId, row.entity, row.entityId, supersedes, at);
    latest.set(key, messageId);
  }
  return rows.length;
}

/** `assignMessageIdsIn` in an IMMEDIATE transaction of its own. */
export function assignMessageIds(db: KobiDatabase, limit: number, newId: () => string): number {
  return db.sqlite.transaction(() => assignMessageIdsIn(db, limit, newId)).immediate();
}

/** The newest outbox message with an id assigned (0 before the first). */
export function lastAssignedOutboxId(db: KobiDatabase): number {
  return (prepared(db, 'SELECT coalesce(max(outbox_id), 0) AS last FROM sync_messages').get() as { last: number }).last;
}

export type QueuedMessage = {
  readonly outboxId: number;
  readonly messageId: string;
  readonly supersedes: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly op: 'insert' | 'update' | 'delete';
  readonly payload: string | null;
  readonly contentHash: string;
  readonly auditSeq: number;
  readonly createdAt: string;
  /** The replication envelope (JSON text, docs/sync-protocol.md §14.2), `null` before it is stamped. */
  readonly envelope: string | null;
};

/**
 * The oldest `limit` messages waiting to be sent (identity assigned, not yet acknowledged or refused), in outbox
 * order, after outbox message `afterOutboxId` (the pipelined client reads the next batch while one is in flight).
 */
export function nextQueuedMessages(db: KobiDatabase, limit: number, afterOutboxId = 0): QueuedMessage[] {
  return prepared(
    db,
    `SELECT m.outbox_id AS outboxId, m.message_id AS messageId, m.supersedes AS supersedes, o.entity AS entity,
            o.entity_id AS entityId, o.op AS op, o.payload AS payload, o.content_hash AS contentHash,
            o.audit_seq AS auditSeq, o.created_at AS createdAt, c.envelope AS envelope
     FROM sync_outbox o JOIN sync_messages m ON m.outbox_id = o.id LEFT JOIN sync_message_clocks c ON c.outbox_id = o.id
     WHERE o.sent_at IS NULL AND o.id > max(?, ${ANSWERED_THROUGH}) AND m.refusal IS NULL ORDER BY o.id LIMIT ?`,
  ).all(afterOutboxId, limit) as QueuedMessage[];
}

export type MessageOutcome =
  | { readonly outboxId: number; readonly state: 'acknowledged' }
  | { readonly outboxId: number; readonly state: SyncRefusal; readonly reason: string; readonly currentVersion: string | null };

/**
 * Record headquarters' answers in one transaction: a refused message keeps
 * its Turkish reason; `sync_state.answered_through` moves to just before the
 * first message still waiting (not acknowledged, not refused), so a batch
 * answered in order is one row written, not one per message; an
 * acknowledged message beyond it (after one answered 428) gets its own
 * `sent_at`. And the success is noted.
 *
 * This transaction commits without waiting for the disk (`synchronous =
 * NORMAL` for it alone; WAL keeps it atomic): if a power cut takes it back,
 * the messages are sent again under the same ids, which headquarters answers
 * as no-ops. The ids themselves (db/replication/ready-outbox.ts) are
 * committed with the full fsync, because a lost id would make a second copy
 * at headquarters.
 */
export function settleMessages(
  db: KobiDatabase,
  outcomes: readonly MessageOutcome[],
  success: { readonly hqUrl: string; readonly branchId: string },
): void {
  const at = db.now();
  const refuse = prepared(db, 'UPDATE sync_messages SET refusal = ?, reason = ?, current_version = ?, refused_at = ? WHERE outbox_id = ?');
  const firstWaiting = prepared(
    db,
    `SELECT min(o.id) AS id FROM sync_outbox o
     WHERE o.sent_at IS NULL AND o.id > ${ANSWERED_THROUGH} AND o.id NOT IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM sync_messages m WHERE m.outbox_id = o.id AND m.refusal IS NOT NULL)`,
  );
  const answerThrough = prepared(
    db,
    `UPDATE sync_state SET answered_through = max(answered_through, coalesce(?, (SELECT max(id) FROM sync_outbox))) WHERE id = 1`,
  );
  const sentBeyond = prepared(
    db,
    `UPDATE sync_outbox SET sent_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND id > ${ANSWERED_THROUGH} AND sent_at IS NULL`,
  );
  const acknowledged = JSON.stringify(outcomes.filter((outcome) => outcome.state === 'acknowledged').map((outcome) => outcome.outboxId));
  const synchronous = db.sqlite.pragma('synchronous', { simple: true }) as number;
  db.sqlite.pragma('synchronous = NORMAL');
  try {
    db.sqlite
      .transaction(() => {
        for (const outcome of outcomes)
          if (outcome.state !== 'acknowledged') refuse.run(outcome.state, outcome.reason, outcome.currentVersion, at, outcome.outboxId);
        const waiting = (firstWaiting.get(acknowledged) as { id: number | null }).id;
        answerThrough.run(waiting === null ? null : waiting - 1);
        sentBeyond.run(at, acknowledged);
        recordSyncSuccessIn(db, at, success);
      })
      .immediate();
  } finally {
    db.sqlite.pragma(`synchronous = ${synchronous}`);
  }
}

function recordSyncSuccessIn(db: KobiDatabase, at: string, success: { readonly hqUrl: string; readonly branchId: string }): void {
  prepared(
    db,
    'UPDATE sync_state SET hq_url = ?, branch_id = ?, last_attempt_at = ?, last_success_at = ?, consecutive_failures = 0 WHERE id = 1',
  ).run(success.hqUrl, success.branchId, at, at);
}

/** A round that reached headquarters and found nothing to send. */
export function recordSyncSuccess(db: KobiDatabase, success: { readonly hqUrl: string; readonly branchId: string }): void {
  recordSyncSuccessIn(db, db.now(), success);
}

/** A failed attempt: its code and Turkish reason, kept until the next success (and after it, as the last error). */
export function recordSyncFailure(
  db: KobiDatabase,
  failure: { readonly hqUrl: string; readonly code: string; readonly message: string },
): number {
  const at = db.now();
  prepared(
    db,
    'UPDATE sync_state SET hq_url = ?, last_attempt_at = ?, last_error_at = ?, last_error_code = ?, last_error_message = ?, consecutive_failures = consecutive_failures + 1 WHERE id = 1',
  ).run(failure.hqUrl, at, at, failure.code, failure.message);
  return readSyncState(db)?.consecutiveFailures ?? 1;
}

/** Mark messages that cannot be sent as they are (a missing file): they stay in the outbox with the reason. */
export function blockMessages(db: KobiDatabase, outcomes: readonly { readonly outboxId: number; readonly reason: string }[]): void {
  const at = db.now();
  const settle = prepared(db, "UPDATE sync_messages SET refusal = 'blocked', reason = ?, refused_at = ? WHERE outbox_id = ?");
  db.sqlite
    .transaction(() => {
      for (const outcome of outcomes) settle.run(outcome.reason, at, outcome.outboxId);
    })
    .immediate();
}

/** Where a message stands: id assigned and waiting, acknowledged (sent), or refused. */
export type SyncMessageState = 'assigned' | 'acknowledged' | SyncRefusal;

export type QueueCounts = { readonly pending: number; readonly conflicts: number; readonly blocked: number };

/** Unsent outbox messages (refused ones included: they are not at headquarters) and how many of them were refused. */
export function queueCounts(db: KobiDatabase): QueueCounts {
  const { waiting } = prepared(
    db,
    `SELECT count(*) AS waiting FROM sync_outbox WHERE sent_at IS NULL AND id > ${ANSWERED_THROUGH}`,
  ).get() as {
    waiting: number;
  };
  // Refused messages beyond the cursor are in `waiting` already; those behind it are added.
  const refused = prepared(
    db,
    `SELECT refusal, count(*) AS n, sum(outbox_id <= ${ANSWERED_THROUGH}) AS behind
     FROM sync_messages WHERE refusal IS NOT NULL GROUP BY refusal`,
  ).all() as { refusal: SyncRefusal; n: number; behind: number }[];
  return {
    pending: waiting + refused.reduce((sum, row) => sum + row.behind, 0),
    conflicts: refused.find((row) => row.refusal === 'conflict')?.n ?? 0,
    blocked: refused.find((row) => row.refusal === 'blocked')?.n ?? 0,
  };
}

export type RefusedMessage = {
  readonly outboxId: number;
  readonly messageId: string;
  readonly entity: string;
  readonly entityId: string;
  readonly refusal: SyncRefusal;
  readonly reason: string;
  readonly currentVersion: string | null;
  readonly refusedAt: string;
};

/** The refused messages a person must look at, oldest first. */
export function listRefusedMessages(db: KobiDatabase, limit: number): RefusedMessage[] {
  return prepared(
    db,
    `SELECT outbox_id AS outboxId, message_id AS messageId, entity, entity_id AS entityId, refusal, reason,
            current_version AS currentVersion, refused_at AS refusedAt
     FROM sync_messages WHERE refusal IS NOT NULL ORDER BY outbox_id LIMIT ?`,
  ).all(limit) as RefusedMessage[];
}

/** Every message id with its content hash, acknowledged or not (tests compare them with headquarters). */
export function listMessageHashes(
  db: KobiDatabase,
): { readonly messageId: string; readonly contentHash: string; readonly state: SyncMessageState }[] {
  return prepared(
    db,
    `SELECT m.message_id AS messageId, o.content_hash AS contentHash,
            CASE WHEN m.refusal IS NOT NULL THEN m.refusal
                 WHEN o.sent_at IS NOT NULL OR o.id <= ${ANSWERED_THROUGH} THEN 'acknowledged' ELSE 'assigned' END AS state
     FROM sync_messages m JOIN sync_outbox o ON o.id = m.outbox_id ORDER BY m.outbox_id`,
  ).all() as { messageId: string; contentHash: string; state: SyncMessageState }[];
}
