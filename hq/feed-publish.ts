import { v7 as uuidv7 } from 'uuid';
import { FEED_KINDS, FEED_PAYLOADS, isFeedKind } from '../electron/sync/feed-kinds';
import type { FeedItem } from '../electron/sync/feed-protocol';
import { signFeedItem, type FeedSigner } from '../electron/sync/feed-signature';
import type { HqStore } from './store';

export class FeedPublishError extends Error {
  override readonly name = 'FeedPublishError';
}

/**
 * Publish one item on the feed (`hq-publish`): check the payload against its
 * kind's schema, give it the next sequence number, sign it and append it.
 * One publisher at a time per store (the operator's command); the sequence
 * is read and written in two steps, which is enough for that.
 */
export async function publishFeedItem(
  store: HqStore,
  signer: FeedSigner,
  kind: string,
  payload: unknown,
  options: { readonly now?: () => string; readonly newId?: () => string } = {},
): Promise<{ readonly position: number; readonly item: FeedItem }> {
  if (!isFeedKind(kind)) throw new FeedPublishError(`Bilinmeyen yayın türü "${kind}"; geçerli türler: ${FEED_KINDS.join(', ')}.`);
  const checked = FEED_PAYLOADS[kind].safeParse(payload);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new FeedPublishError(
      `${kind} içeriği şemaya uymuyor (${first === undefined ? '' : `${first.path.join('.')}: ${first.message}`}).`,
    );
  }
  const now = options.now ?? (() => new Date().toISOString());
  const sequence = (await store.lastFeedSequence()) + 1;
  const item = signFeedItem(signer, { id: (options.newId ?? uuidv7)(), sequence, kind, issuedAt: now(), payload: checked.data });
  return { position: await store.appendFeedItem(item, now()), item };
}
