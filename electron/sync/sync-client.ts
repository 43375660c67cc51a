import { dirname, isAbsolute, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { isBusyError } from '../../db/busy';
import type { KobiDatabase } from '../../db/connection';
import {
  blockMessages,
  ensureSyncState,
  nextQueuedMessages,
  queueCounts,
  recordSyncFailure,
  recordSyncSuccess,
  settleMessages,
  type MessageOutcome,
  type QueueCounts,
  type QueuedMessage,
} from '../../db/repositories/sync-queue';
import { backoffDelayMs, DEFAULT_BACKOFF, type Backoff } from './backoff';
import { pullReferenceFeed, type FeedPullOptions, type FeedPullOutcome } from './feed-client';
import { fileSha256, uploadFile } from './file-upload';
import { hqRequest, SyncFailureError, type HqConnection, type SyncFailure } from './hq-http';
import { FEED_TEXT } from './feed-messages-tr';
import {
  FEED_MINOR,
  FILE_DOWNLOAD_MINOR,
  helloResponse,
  MAX_CHUNK_BYTES,
  pushResponse,
  REPLICATION_MINOR,
  type PushItem,
} from './protocol';
import { readyOutboxMessages } from '../../db/replication/ready-outbox';
import { pushBody, pushItemBytes, pushItemOf } from './push-body';
import { pullRemoteChanges, type ReplicationOutcome } from './replication-client';
import { entityLabel, SYNC_TEXT } from './sync-messages-tr';

/**
 * The sync client (issue 17 item 2): drains the outbox to headquarters.
 *
 * Crash and kill safety comes from the order of commits, not from care at
 * the end: (1) ids are committed with the change itself, before a message is
 * first sent (db/replication/ready-outbox.ts), so any resend carries the same id and
 * headquarters answers it as a no-op; (2) a message is marked sent only after
 * headquarters' answer, in one transaction with its state; (3) files go up
 * before the items that name them, resumably. A kill between any two steps
 * leaves either "not yet acknowledged" (sent again, a no-op) or "acknowledged"
 * — never a loss, never a second copy. Nothing here deletes local data.
 */
export type SyncClientOptions = {
  readonly db: KobiDatabase;
  readonly hqUrl: string;
  readonly token: string;
  /** Items per push request (docs/sync-protocol.md §5). */
  readonly batchSize?: number;
  readonly chunkBytes?: number;
  readonly requestTimeoutMs?: number;
  /** Where relative `storage_path`s of documents are resolved: the database's folder by default. */
  readonly fileRoot?: string;
  readonly newId?: () => string;
  /** Pull the signed reference feed after the outbox drains (docs/sync-protocol.md §13); no pull without pinned keys. */
  readonly feed?: FeedPullOptions | null;
  /** Called when a feed pull applied items (the app re-checks open cases against them: issue 18 item 3). */
  readonly onReferenceApplied?: (applied: number) => void;
  /**
   * Pull and apply the changes of the müdürlük's other PCs after the outbox
   * drains (docs/sync-protocol.md §14), when headquarters speaks 1.2. On by default.
   */
  readonly replication?: boolean;
  /** Changes per `GET /v1/changes` page. */
  readonly changesPageSize?: number;
};

export type RoundOutcome =
  | { readonly kind: 'drained'; readonly acknowledged: number; readonly refused: number }
  | { readonly kind: 'failed'; readonly acknowledged: number; readonly refused: number; readonly failure: SyncFailure };

const FILE_TABLES = new Set(['documents', 'attachments']);

/**
 * Batches readied (ids, stamps) per transaction after a round's first batch, for messages an older version queued
 * without them: fewer, larger transactions (in
 * alternating runs 20 was never slower than 4 or 1, and used less CPU on the branch in most); the bound keeps the
 * write lock short when weeks of changes wait.
 */
const READY_AHEAD_BATCHES = 20;

/** An item ready to go: what settling its answer needs, and its JSON as UTF-8 bytes (electron/sync/push-body.ts). */
type PreparedItem = {
  readonly outboxId: number;
  readonly item: Pick<PushItem, 'id' | 'entity' | 'entityId'>;
  readonly bytes: Buffer;
};
type PreparedBatch = { readonly items: readonly PreparedItem[]; readonly lastOutboxId: number };
type PushResults = z.output<typeof pushResponse>['results'];

type FileRef = { readonly path: string; readonly sha256: string; readonly sizeBytes: number };

function fileOf(message: QueuedMessage, root: string): FileRef | null {
  if (!FILE_TABLES.has(message.entity) || message.payload === null) return null;
  const row = JSON.parse(message.payload) as { storage_path?: unknown; sha256?: unknown; size_bytes?: unknown };
  if (typeof row.storage_path !== 'string' || typeof row.sha256 !== 'string' || typeof row.size_bytes !== 'number') return null;
  return {
    path: isAbsolute(row.storage_path) ? row.storage_path : resolve(root, row.storage_path),
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
  };
}

function failureOf(error: unknown): SyncFailure {
  if (error instanceof SyncFailureError) return error.failure;
  throw error;
}

/** Why a local file cannot go up as it is, or `null` when it is the file the row names. */
async function localFileProblem(file: FileRef): Promise<string | null> {
  try {
    const info = await stat(file.path);
    if (info.size !== file.sizeBytes || (await fileSha256(file.path)) !== file.sha256) return SYNC_TEXT.fileChanged(file.path);
    return null;
  } catch {
    return SYNC_TEXT.fileUnreadable(file.path);
  }
}

export class SyncClient {
  private readonly db: KobiDatabase;
  private readonly connection: HqConnection;
  private readonly batchSize: number;
  private readonly chunkBytes: number;
  private readonly fileRoot: string;
  private readonly newId: () => string;
  private readonly feed: FeedPullOptions | null;
  private readonly onReferenceApplied: ((applied: number) => void) | null;
  private readonly replication: boolean;
  private readonly changesPageSize: number | undefined;
  /** What the last round's feed pull did (`null` before the first, or without a feed). */
  lastFeed: FeedPullOutcome | null = null;
  /** What the last round's replication pull did (`null` before the first, or when headquarters does not replicate). */
  lastReplication: ReplicationOutcome | null = null;

  constructor(options: SyncClientOptions) {
    this.db = options.db;
    this.connection = { baseUrl: options.hqUrl, token: options.token, timeoutMs: options.requestTimeoutMs ?? 30_000 };
    this.batchSize = options.batchSize ?? 200;
    this.chunkBytes = options.chunkBytes ?? 1024 * 1024;
    this.fileRoot = options.fileRoot ?? dirname(options.db.path);
    this.newId = options.newId ?? (() => uuidv7());
    this.feed = options.feed ?? null;
    this.onReferenceApplied = options.onReferenceApplied ?? null;
    this.replication = options.replication ?? true;
    this.changesPageSize = options.changesPageSize;
  }

  /**
   * One round: send everything that can go now. A failure is recorded with its Turkish reason and returned, never
   * thrown. Pushes are pipelined one deep: while headquarters stores batch N, the client settles batch N-1 and
   * reads and prepares batch N+1 (files uploaded). Only one push is ever in flight, so headquarters sees the
   * batches in outbox order; a kill between sending N and settling N-1 leaves both unsettled, sent again as no-ops.
   */
  async round(): Promise<RoundOutcome> {
    const state = ensureSyncState(this.db, this.newId);
    const tally = { acknowledged: 0, refused: 0 };
    try {
      const hello = helloResponse.safeParse((await hqRequest(this.connection, 'GET', '/v1/hello', null)).body);
      if (!hello.success) throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
      const branchId = hello.data.branchId;
      // A pass walks the queue once, in outbox order; items headquarters answers 428 (file not yet complete) stay
      // queued for the next pass. A pass that settles nothing is no progress.
      for (;;) {
        let next: PreparedBatch | null = await this.nextBatch(0, state.deviceId, tally);
        if (next === null) {
          const minor = Number.parseInt(hello.data.protocol.split('.')[1] ?? '0', 10);
          await this.pullChanges(minor, state.deviceId);
          await this.pullFeed(minor, hello.data.protocol);
          recordSyncSuccess(this.db, { hqUrl: this.connection.baseUrl, branchId });
          return { kind: 'drained', ...tally };
        }
        const before = tally.acknowledged + tally.refused;
        let answered: { readonly batch: PreparedBatch; readonly results: PushResults } | null = null;
        while (next !== null) {
          const batch: PreparedBatch = next;
          const previous = answered;
          // Both finish before the round goes on or ends: a round that ended with a push still in flight could be
          // followed by a new round sending the same batch while headquarters is still storing the first.
          const [pushed, following] = await Promise.allSettled([
            this.push(batch.items),
            (async (): Promise<PreparedBatch | null> => {
              // Let the request reach the socket first: fetch writes it a few promise turns later, and this work is
              // synchronous database work that would otherwise run before the request leaves.
              await yieldToIo();
              if (previous !== null) this.settle(previous.batch, previous.results, branchId, tally);
              return this.nextBatch(batch.lastOutboxId, state.deviceId, tally);
            })(),
          ]);
          if (pushed.status === 'rejected') throw pushed.reason;
          answered = { batch, results: pushed.value };
          if (following.status === 'rejected') {
            this.settle(batch, pushed.value, branchId, tally);
            throw following.reason;
          }
          next = following.value;
        }
        if (answered !== null) this.settle(answered.batch, answered.results, branchId, tally);
        if (tally.acknowledged + tally.refused === before)
          throw new SyncFailureError({ code: 'no-progress', message: SYNC_TEXT.noProgress, transient: true });
      }
    } catch (error) {
      const failure = failureOf(error);
      try {
        recordSyncFailure(this.db, { hqUrl: this.connection.baseUrl, code: failure.code, message: failure.message });
      } catch (recording) {
        // The database busy (another writer holds it): the failure is still returned, only not stored this time.
        if (!isBusyError(recording)) throw recording;
      }
      return { kind: 'failed', ...tally, failure };
    }
  }

  /** After the outbox drains: the changes of the müdürlük's other PCs, when headquarters replicates (docs/sync-protocol.md §14). */
  private async pullChanges(minor: number, deviceId: string): Promise<void> {
    if (this.replication && minor >= REPLICATION_MINOR)
      this.lastReplication = await pullRemoteChanges(
        this.db,
        this.connection,
        deviceId,
        this.changesPageSize,
        minor >= FILE_DOWNLOAD_MINOR ? { root: this.fileRoot, sliceBytes: Math.min(this.chunkBytes, MAX_CHUNK_BYTES) } : null,
      );
  }

  /** After the outbox drains: the signed reference feed, when the client has pinned keys (docs/sync-protocol.md §13). */
  private async pullFeed(minor: number, protocol: string): Promise<void> {
    if (this.feed === null) return;
    if (!(minor >= FEED_MINOR))
      throw new SyncFailureError({ code: 'feed-unsupported', message: FEED_TEXT.notServed(protocol), transient: false });
    this.lastFeed = await pullReferenceFeed(this.db, this.connection, this.feed);
    if (this.lastFeed.applied > 0) this.onReferenceApplied?.(this.lastFeed.applied);
    if (this.lastFeed.kind === 'needs-confirmation')
      throw new SyncFailureError({ code: 'feed-confirmation', message: this.lastFeed.confirmation.message, transient: false });
  }

  /**
   * The next batch after outbox message `afterOutboxId` with at least one item to push (ids assigned first,
   * messages whose file is missing or changed set aside), or `null` when nothing is left.
   */
  private async nextBatch(
    afterOutboxId: number,
    deviceId: string,
    tally: { acknowledged: number; refused: number },
  ): Promise<PreparedBatch | null> {
    let after = afterOutboxId;
    // A round starts by readying what an older version left without an id or stamp, so nothing is read for sending
    // unstamped.
    if (afterOutboxId === 0) this.readyAhead(this.batchSize);
    for (;;) {
      let batch = nextQueuedMessages(this.db, this.batchSize, after);
      if (batch.length < this.batchSize && this.readyAhead(READY_AHEAD_BATCHES * this.batchSize) > 0)
        batch = batch.concat(nextQueuedMessages(this.db, this.batchSize - batch.length, batch.at(-1)?.outboxId ?? after));
      const last = batch.at(-1);
      if (last === undefined) return null;
      after = last.outboxId;
      const { items, blocked } = await this.prepare(batch, deviceId);
      if (blocked.length > 0) {
        blockMessages(this.db, blocked);
        tally.refused += blocked.length;
      }
      if (items.length > 0) return { items, lastOutboxId: after };
    }
  }

  /**
   * Ids and stamps for the next `count` messages that a version before ids were given at write time queued without
   * them (db/replication/ready-outbox.ts; on a current file there are none), committed (one fsync) before any of them
   * is read for sending. Done many batches at a time while headquarters stores the batch before; the round's first
   * call readies one batch, so the first push leaves soon. Returns how many ids were assigned.
   */
  private readyAhead(count: number): number {
    return this.db.sqlite.transaction(() => readyOutboxMessages(this.db, count, this.newId)).immediate();
  }

  /** The batch as protocol items, files uploaded first; messages whose file is missing or changed are set aside. */
  private async prepare(
    batch: readonly QueuedMessage[],
    deviceId: string,
  ): Promise<{ items: PreparedItem[]; blocked: { outboxId: number; reason: string }[] }> {
    const items: PreparedItem[] = [];
    const blocked: { outboxId: number; reason: string }[] = [];
    for (const message of batch) {
      const file = fileOf(message, this.fileRoot);
      if (file !== null) {
        const problem = await localFileProblem(file);
        if (problem !== null) {
          blocked.push({ outboxId: message.outboxId, reason: `${entityLabel(message.entity, message.entityId)}: ${problem}` });
          continue;
        }
        await uploadFile(this.connection, { ...file, label: entityLabel(message.entity, message.entityId) }, this.chunkBytes);
      }
      const item = pushItemOf(message, deviceId, file === null ? null : { sha256: file.sha256, sizeBytes: file.sizeBytes });
      items.push({ outboxId: message.outboxId, item, bytes: pushItemBytes(item, message.envelope) });
    }
    return { items, blocked };
  }

  /** One push request; headquarters' answer per item (not yet recorded). */
  private async push(items: readonly PreparedItem[]): Promise<PushResults> {
    const answer = await hqRequest(this.connection, 'POST', '/v1/push', { jsonBytes: pushBody(items.map((entry) => entry.bytes)) });
    const parsed = pushResponse.safeParse(answer.body);
    if (!parsed.success) throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
    return parsed.data.results;
  }

  /** Record headquarters' answers to a batch in one transaction (db/repositories/sync-queue.ts `settleMessages`). */
  private settle(batch: PreparedBatch, results: PushResults, branchId: string, tally: { acknowledged: number; refused: number }): void {
    const byId = new Map(batch.items.map((entry) => [entry.item.id, entry]));
    const outcomes: MessageOutcome[] = [];
    for (const result of results) {
      const entry = byId.get(result.id);
      if (entry === undefined) continue;
      const label = entityLabel(entry.item.entity, entry.item.entityId);
      switch (result.status) {
        case 200:
        case 201:
          tally.acknowledged += 1;
          outcomes.push({ outboxId: entry.outboxId, state: 'acknowledged' });
          break;
        case 409:
          tally.refused += 1;
          outcomes.push({
            outboxId: entry.outboxId,
            state: 'conflict',
            reason: SYNC_TEXT.conflict(label, result.message),
            currentVersion: result.currentVersion,
          });
          break;
        case 422:
          tally.refused += 1;
          outcomes.push({ outboxId: entry.outboxId, state: 'blocked', reason: SYNC_TEXT.hashMismatch(label), currentVersion: null });
          break;
        case 428:
          break;
      }
    }
    settleMessages(this.db, outcomes, { hqUrl: this.connection.baseUrl, branchId });
  }
}

export type RunOptions = {
  /** Stop when the outbox is drained, or after a failure a person must fix, or after `maxFailures` failures in a row. */
  readonly once: boolean;
  readonly maxFailures?: number;
  readonly backoff?: Backoff;
  /** How long to wait between rounds when there is nothing to send (long-running mode). */
  readonly idleMs?: number;
  readonly signal?: AbortSignal;
  readonly random?: () => number;
  readonly onRound?: (outcome: RoundOutcome, counts: QueueCounts) => void;
  /** How the worker waits between rounds (default: a timer the signal ends early); the app's worker also ends it on "Şimdi eşitle". */
  readonly pause?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
};

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolveSleep) => {
    if (signal?.aborted === true) {
      resolveSleep();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolveSleep();
    }
    signal?.addEventListener('abort', done);
  });
}

/** The worker: rounds with exponential backoff and jitter after failures; returns the queue counts when it stops. */
export async function runSync(client: SyncClient, db: KobiDatabase, options: RunOptions): Promise<QueueCounts> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const maxFailures = options.maxFailures ?? 10;
  const pause = options.pause ?? sleep;
  let failures = 0;
  while (options.signal?.aborted !== true) {
    const outcome = await client.round();
    const counts = queueCounts(db);
    options.onRound?.(outcome, counts);
    if (outcome.kind === 'drained') {
      failures = 0;
      if (options.once) return counts;
      await pause(options.idleMs ?? 30_000, options.signal);
      continue;
    }
    failures = outcome.acknowledged > 0 ? 1 : failures + 1;
    if (options.once && (!outcome.failure.transient || failures >= maxFailures)) return counts;
    await pause(backoffDelayMs(failures, backoff, options.random), options.signal);
  }
  return queueCounts(db);
}
