import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { empty, isoTimestamp } from './values';

/**
 * Replication between a müdürlük's PCs (issue 18 item 2): what a person must
 * look at, shown on every PC it happened on. `kind`: `field` two PCs changed
 * the same field at once (the later change won; the other value is here and
 * in the audit trail), `transition` a workflow transition was made on
 * another PC from a state this PC had already left, `apply` a change from
 * another PC that could not be applied here. `message` is the Turkish text.
 */
export const replicationConflictDto = z.strictObject({
  id: z.number().int().positive(),
  kind: z.enum(['field', 'transition', 'apply']),
  entity: z.string(),
  localRowId: z.number().int().nullable(),
  remoteUser: z.string().nullable(),
  column: z.string().nullable(),
  localValue: z.string().nullable(),
  remoteValue: z.string().nullable(),
  winner: z.enum(['local', 'remote']).nullable(),
  message: z.string(),
  detectedAt: isoTimestamp,
});

export const SYNC_CHANNELS = {
  'sync:conflicts': channel({
    request: empty,
    response: z.strictObject({
      counts: z.strictObject({ field: z.number().int().min(0), transition: z.number().int().min(0), apply: z.number().int().min(0) }),
      conflicts: z.array(replicationConflictDto),
      summary: z.string(),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
