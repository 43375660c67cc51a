import { createPublicKey, type KeyObject } from 'node:crypto';
import type { KobiDatabase } from '../../db/connection';
import { applyFeedPayload, plannedRemoval, type AppliedKind } from '../../db/repositories/reference-feed-apply';
import {
  advanceFeedState,
  feedItemAwaiting,
  feedItemSeen,
  learnFeedKey,
  listLearnedFeedKeys,
  readFeedState,
  recordFeedItem,
  type FeedItemRecord,
} from '../../db/repositories/reference-feed';
import { RepositoryInputError } from '../../db/repositories/repository-error';
import { findUserByUsername } from '../../db/repositories/users';
import { withWrite, type Actor } from '../../db/write-context';
import { APPLIED_FEED_KINDS, FEED_PAYLOADS, isFeedKind, type FeedPayload } from './feed-kinds';
import { FEED_TEXT } from './feed-messages-tr';
import { DEFAULT_FEED_PAGE, feedResponse, type FeedEntry } from './feed-protocol';
import { feedKeyIdOf, signatureProblem, type PinnedKey } from './feed-signature';
import { hqRequest, SyncFailureError, type HqConnection } from './hq-http';
import { SYNC_TEXT } from './sync-messages-tr';

/**
 * The reference feed client (issue 18 item 1, docs/sync-protocol.md §13):
 * pages through `GET /v1/feed` from the stored position and, item by item,
 * verifies the Ed25519 signature against the pinned keys, refuses replays,
 * and applies each good item in one audited transaction (`withWrite`) that
 * also records it and moves the position. Everything not applied is recorded
 * with its Turkish reason. A signature that does not verify may be damage in
 * transit: the item is asked for again, up to `maxAttempts` times, then
 * skipped and reported. An item that would remove more than `removalShare`
 * of a local table stops the pull until a yönetici confirms that item.
 */
export type FeedPullOptions = {
  readonly pins: readonly PinnedKey[];
  /** The largest share of a table one item may remove without a yönetici (default 0.2). */
  readonly removalShare?: number;
  /** A yönetici's confirmation of one item that removes more than the share. */
  readonly confirm?: { readonly itemId: string; readonly username: string };
  readonly pageSize?: number;
  readonly maxAttempts?: number;
};

export type FeedConfirmationRequest = {
  readonly itemId: string;
  readonly sequence: number;
  readonly kind: string;
  readonly table: string;
  readonly removing: number;
  readonly total: number;
  readonly share: number;
  readonly message: string;
};

export type FeedTally = { applied: number; rejected: number; unsupported: number };

export type FeedPullOutcome =
  | ({ readonly kind: 'done' } & FeedTally)
  | ({ readonly kind: 'needs-confirmation'; readonly confirmation: FeedConfirmationRequest } & FeedTally);

export const DEFAULT_REMOVAL_SHARE = 0.2;

type Step = 'next' | 'refetch' | FeedConfirmationRequest;

function percentText(share: number): string {
  return (share * 100).toLocaleString('tr-TR', { maximumFractionDigits: 1 });
}

/** The yönetici who confirms, as the actor the removal is audited under. */
function confirmingActor(db: KobiDatabase, username: string): Actor {
  const user = findUserByUsername(db, username);
  if (user === undefined)
    throw new SyncFailureError({ code: 'feed-confirmation', message: FEED_TEXT.unknownUser(username), transient: false });
  if (user.role !== 'yonetici' || !user.active)
    throw new SyncFailureError({ code: 'feed-confirmation', message: FEED_TEXT.notYonetici(username), transient: false });
  return { kind: 'user', userId: user.id };
}

export async function pullReferenceFeed(db: KobiDatabase, connection: HqConnection, options: FeedPullOptions): Promise<FeedPullOutcome> {
  const removalShare = options.removalShare ?? DEFAULT_REMOVAL_SHARE;
  const maxAttempts = options.maxAttempts ?? 3;
  const confirmedActor = options.confirm === undefined ? null : confirmingActor(db, options.confirm.username);
  const attempts = new Map<number, number>();
  const tally: FeedTally = { applied: 0, rejected: 0, unsupported: 0 };

  /** Pinned plus learned keys, read again only after a `feed-key` item changed them. */
  let trusted: Map<string, KeyObject> | null = null;
  function trustedKeys(): Map<string, KeyObject> {
    if (trusted === null) {
      trusted = new Map(options.pins.map((pin) => [pin.keyId, pin.publicKey]));
      for (const learned of listLearnedFeedKeys(db)) trusted.set(learned.keyId, createPublicKey(learned.publicKeyPem));
    }
    return trusted;
  }

  /** Record an item that is not applied and, unless it will be asked for again, move past it: one transaction. */
  function report(entry: FeedEntry, status: FeedItemRecord['status'], reason: string, advance: boolean, sequence: number | null): void {
    db.sqlite
      .transaction(() => {
        recordFeedItem(db, {
          itemId: entry.item.id,
          position: entry.position,
          sequence: entry.item.sequence,
          kind: entry.item.kind,
          keyId: entry.item.keyId,
          status,
          reason,
          outcome: null,
          receivedAt: db.now(),
        });
        if (advance) advanceFeedState(db, entry.position, sequence, db.now());
      })
      .immediate();
    if (status === 'unsupported') tally.unsupported += 1;
    else if (status === 'rejected') tally.rejected += 1;
  }

  function applied(entry: FeedEntry, outcome: unknown): void {
    recordFeedItem(db, {
      itemId: entry.item.id,
      position: entry.position,
      sequence: entry.item.sequence,
      kind: entry.item.kind,
      keyId: entry.item.keyId,
      status: 'applied',
      reason: null,
      outcome: JSON.stringify(outcome),
      receivedAt: db.now(),
    });
    advanceFeedState(db, entry.position, entry.item.sequence, db.now());
    tally.applied += 1;
  }

  function handle(entry: FeedEntry, lastSequence: number): Step {
    const { item } = entry;
    const problem = signatureProblem(item, trustedKeys());
    if (problem !== null) {
      const failures = (attempts.get(entry.position) ?? 0) + 1;
      attempts.set(entry.position, failures);
      const retry = failures < maxAttempts;
      report(entry, 'rejected', FEED_TEXT.signature(item.kind, item.sequence, problem, retry), !retry, null);
      return retry ? 'refetch' : 'next';
    }
    if (feedItemSeen(db, item.id) || item.sequence <= lastSequence) {
      report(entry, 'rejected', FEED_TEXT.replayed(item.kind, item.sequence, lastSequence), true, null);
      return 'next';
    }
    if (!isFeedKind(item.kind) || !APPLIED_FEED_KINDS.has(item.kind)) {
      report(entry, 'unsupported', FEED_TEXT.unsupported(item.kind), true, item.sequence);
      return 'next';
    }
    let json: unknown;
    try {
      json = JSON.parse(item.payload);
    } catch {
      json = undefined;
    }
    const payload = FEED_PAYLOADS[item.kind].safeParse(json);
    if (!payload.success) {
      const first = payload.error.issues[0];
      report(
        entry,
        'rejected',
        FEED_TEXT.invalidPayload(item.kind, first === undefined ? '' : `${first.path.join('.')}: ${first.message}`),
        true,
        item.sequence,
      );
      return 'next';
    }
    if (item.kind === 'feed-key') return learnKey(entry, payload.data as FeedPayload<'feed-key'>);
    const kind = item.kind as AppliedKind;
    const confirmed = confirmedActor !== null && options.confirm?.itemId === item.id;
    const plan = plannedRemoval(db, kind, payload.data);
    if (plan !== null && plan.total > 0 && plan.removing / plan.total > removalShare && !confirmed) {
      const share = plan.removing / plan.total;
      const message = FEED_TEXT.needsConfirmation(
        item.kind,
        plan.table,
        plan.removing,
        plan.total,
        percentText(share),
        percentText(removalShare),
      );
      if (!feedItemAwaiting(db, item.id)) report(entry, 'awaiting-confirmation', message, false, null);
      return {
        itemId: item.id,
        sequence: item.sequence,
        kind: item.kind,
        table: plan.table,
        removing: plan.removing,
        total: plan.total,
        share,
        message,
      };
    }
    const actor: Actor = confirmed ? confirmedActor : { kind: 'system', name: 'reference-feed' };
    try {
      withWrite(db, actor, (w) => {
        applied(entry, applyFeedPayload(w, kind, payload.data));
      });
    } catch (error) {
      if (!(error instanceof RepositoryInputError)) throw error;
      report(entry, 'rejected', FEED_TEXT.refused(item.kind, error.message), true, item.sequence);
    }
    return 'next';
  }

  function learnKey(entry: FeedEntry, payload: FeedPayload<'feed-key'>): Step {
    let keyId: string | null = null;
    try {
      const key = createPublicKey(payload.publicKeyPem);
      if (key.asymmetricKeyType === 'ed25519') keyId = feedKeyIdOf(key);
    } catch {
      keyId = null;
    }
    if (keyId !== payload.keyId) {
      report(entry, 'rejected', FEED_TEXT.refused(entry.item.kind, FEED_TEXT.badKey), true, entry.item.sequence);
      return 'next';
    }
    db.sqlite
      .transaction(() => {
        learnFeedKey(
          db,
          { keyId: payload.keyId, publicKeyPem: payload.publicKeyPem, announcedBy: entry.item.keyId, retires: payload.retires },
          db.now(),
        );
        applied(entry, { key: payload.keyId, retires: payload.retires });
      })
      .immediate();
    trusted = null;
    return 'next';
  }

  for (;;) {
    const state = readFeedState(db);
    const answer = await hqRequest(
      connection,
      'GET',
      `/v1/feed?after=${state.position}&limit=${options.pageSize ?? DEFAULT_FEED_PAGE}`,
      null,
    );
    const page = feedResponse.safeParse(answer.body);
    if (!page.success) throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
    const entries = page.data.entries.filter((entry) => entry.position > state.position).sort((a, b) => a.position - b.position);
    if (entries.length === 0) return { kind: 'done', ...tally };
    let lastSequence = state.lastSequence;
    for (const entry of entries) {
      const step = handle(entry, lastSequence);
      if (step === 'refetch') break;
      if (step !== 'next') return { kind: 'needs-confirmation', confirmation: step, ...tally };
      lastSequence = readFeedState(db).lastSequence;
    }
  }
}
