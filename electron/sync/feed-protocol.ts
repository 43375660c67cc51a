import { z } from 'zod';
import { uuidV7 } from './protocol';

/**
 * The signed reference feed (docs/sync-protocol.md §13, issue 18 item 1): the
 * zod schemas of `GET /v1/feed` and of a feed item, shared by the branch's
 * client and the reference server. Only zod here.
 */

/** Most entries in one feed page, and the client's default page. */
export const MAX_FEED_PAGE = 1000;
export const DEFAULT_FEED_PAGE = 500;

/** A key id: the first 16 hex digits of the SHA-256 of the public key's SPKI DER. */
export const feedKeyId = z.string().regex(/^[0-9a-f]{16}$/, '16 küçük onaltılık hane olmalı');

/**
 * One item as headquarters signed it. `payload` is canonical JSON text (keys
 * sorted, no whitespace); `signature` is base64 Ed25519 over
 * `signedFeedText(item)` (electron/sync/feed-signature.ts), `null` for an
 * unsigned item (which every client rejects). `kind` is any well-formed name,
 * so a kind this client does not know still parses and is reported.
 */
export const feedItem = z.object({
  id: uuidV7,
  sequence: z.number().int().positive(),
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/),
  issuedAt: z.iso.datetime(),
  keyId: feedKeyId,
  payload: z.string().max(4 * 1024 * 1024),
  signature: z.string().nullable(),
});
export type FeedItem = z.infer<typeof feedItem>;

/** An item with headquarters' storage position (the cursor; not signed). */
export const feedEntry = z.object({ position: z.number().int().positive(), item: feedItem });
export type FeedEntry = z.infer<typeof feedEntry>;

/** `GET /v1/feed?after=P&limit=N`: the entries after position P, in order; `last` is the highest position HQ holds. */
export const feedQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_FEED_PAGE).default(DEFAULT_FEED_PAGE),
});
export const feedResponse = z.object({ entries: z.array(feedEntry), last: z.number().int().nonnegative() });
export type FeedResponse = z.infer<typeof feedResponse>;
