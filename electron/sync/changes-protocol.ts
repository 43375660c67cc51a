import { z } from 'zod';
import { pushItem, uuidV7 } from './protocol';

/**
 * `GET /v1/changes` (docs/sync-protocol.md §14.3, version 1.2): the case
 * changes the other PCs of the caller's müdürlük pushed, in headquarters'
 * storage order. Only zod here.
 */
export const MAX_CHANGES_PAGE = 1000;
export const DEFAULT_CHANGES_PAGE = 500;

export const changesQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_PAGE).default(DEFAULT_CHANGES_PAGE),
  /** The caller's device: its own items are left out. */
  device: uuidV7.optional(),
});
export type ChangesQuery = z.infer<typeof changesQuery>;

export const changeEntry = z.object({ position: z.number().int().positive(), item: pushItem });
export type ChangeEntry = z.infer<typeof changeEntry>;

/** `last`: the highest position of the branch's items HQ holds (the caller's own included), so a page of only own items still moves the cursor. */
export const changesResponse = z.object({ entries: z.array(changeEntry), last: z.number().int().nonnegative() });
export type ChangesResponse = z.infer<typeof changesResponse>;
