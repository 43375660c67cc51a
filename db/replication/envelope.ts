import { z } from 'zod';

/**
 * The replication envelope of a push item (docs/sync-protocol.md §14.2,
 * version 1.2): what another PC of the same müdürlük needs to apply the
 * change to its own copy of the row. Row ids are per device, so the envelope
 * names rows by their origin (the device that created the row and its id
 * there) and users by user name. Only zod here: the server stores it as it
 * comes and hands it back.
 */
export const HLC_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{8}-[0-9a-f-]{36}$/;

/** A row of the müdürlük: the device that created it and its id there. */
export const rowOrigin = z.object({ deviceId: z.string().min(1).max(64), entityId: z.string().regex(/^[0-9]{1,18}$/) });
export type RowOrigin = z.infer<typeof rowOrigin>;

/** A user, by the user name every PC of the müdürlük knows them by. */
export const userRef = z.object({ username: z.string().min(1).max(100), fullName: z.string().max(200), role: z.string().max(40) });
export type UserRef = z.infer<typeof userRef>;

const storedValue = z.union([z.string(), z.number(), z.null()]);

export const replicaEnvelope = z.object({
  /** Hybrid logical clock of the change (db/replication/hlc.ts). */
  hlc: z.string().regex(HLC_TEXT),
  /** The row the change is about. */
  origin: rowOrigin,
  /** Reference columns of the payload (foreign keys, workflow `record_id`), each as the row or the user it names. */
  refs: z.record(z.string(), z.union([rowOrigin, userRef])),
  /** Columns the change set (all of them for an insert; none for a delete). */
  changed: z.array(z.string()),
  /** The values those columns had before the change on its device (what a concurrent change is detected by). */
  prev: z.record(z.string(), storedValue),
  /** Who made it: `user:<user name>` or `system:<name>`. */
  actor: z.string().min(1).max(200),
});
export type ReplicaEnvelope = z.infer<typeof replicaEnvelope>;
