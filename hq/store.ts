import type { ChangeEntry } from '../electron/sync/changes-protocol';
import type { FeedEntry, FeedItem } from '../electron/sync/feed-protocol';
import type { FileStatus, ItemResult, PushItem } from '../electron/sync/protocol';

/**
 * Headquarters' storage, one interface for both stores (issue 17 item 3):
 * SQLite (hq/sqlite-store.ts, the embedded default) and PostgreSQL
 * (hq/postgres-store.ts, what a headquarters with many müdürlükler runs).
 * Each store creates its own schema at `open`.
 */
export type ChunkOutcome =
  | { readonly kind: 'ok'; readonly status: FileStatus }
  | { readonly kind: 'offset-mismatch'; readonly received: number }
  | { readonly kind: 'size-mismatch'; readonly sizeBytes: number }
  | { readonly kind: 'hash-mismatch' };

export type StoreCounts = {
  readonly documents: number;
  readonly duplicates: number;
  readonly conflicts: number;
  readonly files: number;
  readonly branches: number;
};

/** A slice of a complete stored file, and the whole file's size. */
export type FileSlice = { readonly sizeBytes: number; readonly bytes: Buffer };

export type StoredItem = { readonly id: string; readonly branchId: string; readonly contentSha256: string; readonly serverSeq: number };

export type HqStore = {
  readonly kind: 'sqlite' | 'postgresql';
  registerBranch(branchId: string, name: string, tokenSha256: string, at: string): Promise<void>;
  branchOfToken(tokenSha256: string): Promise<string | null>;
  /** Store a batch in one transaction; one result per item, in order. */
  push(branchId: string, items: readonly PushItem[], at: string): Promise<ItemResult[]>;
  fileStatus(sha256: string): Promise<FileStatus>;
  putChunk(sha256: string, sizeBytes: number, offset: number, bytes: Buffer, at: string): Promise<ChunkOutcome>;
  /**
   * Up to `length` bytes of a complete file from `offset` (docs/sync-protocol.md
   * §14.6), or `null` when the file is not complete or no item of `branchId`
   * names it: another branch's files are never served, nor said to exist.
   */
  fileSlice(branchId: string, sha256: string, offset: number, length: number): Promise<FileSlice | null>;
  counts(): Promise<StoreCounts>;
  /**
   * Append a signed feed item (docs/sync-protocol.md §13) and return its
   * position. The store keeps what it is given: checking the sequence is the
   * publisher's job (hq/feed-publish.ts), and the branch verifies everything.
   */
  appendFeedItem(item: FeedItem, at: string): Promise<number>;
  /** The highest signed sequence published, 0 when the feed is empty. */
  lastFeedSequence(): Promise<number>;
  /** Up to `limit` entries after `position`, in order, and the highest position held. */
  feedAfter(position: number, limit: number): Promise<{ entries: FeedEntry[]; last: number }>;
  /**
   * Replication (docs/sync-protocol.md §14.3): up to `limit` items of
   * `branchId` after `position` not pushed by `excludeDevice`, in storage
   * order, and the highest position of the branch's items (read together).
   */
  changesAfter(branchId: string, position: number, limit: number, excludeDevice: string): Promise<{ entries: ChangeEntry[]; last: number }>;
  /** Every stored item, in arrival order (tests check exactly-once with it). */
  listItems(): Promise<StoredItem[]>;
  close(): Promise<void>;
};
