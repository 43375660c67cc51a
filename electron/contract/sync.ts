import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { empty, isoDate, isoTimestamp, recordId } from './values';

/**
 * Replication between a müdürlük's PCs (issue 18 item 2): what a person must
 * look at, shown on every PC it happened on. `kind`: `field` two PCs changed
 * the same field at once (the later change won; the other value is here and
 * in the audit trail), `transition` a workflow transition was made on
 * another PC from a state this PC had already left, `apply` a change from
 * another PC that could not be applied here. `message` is the Turkish text.
 */
const conflictSide = z.strictObject({
  value: z.string().nullable(),
  shown: z.string(),
  by: z.string().nullable(),
  at: isoTimestamp.nullable(),
  inForce: z.boolean(),
});

export const CONFLICT_ACTION_LABELS = {
  keep: 'Yürürlükteki değer korundu',
  'apply-other': 'Diğer değer uygulandı',
  acknowledge: 'Gözden geçirildi',
  transition: 'Yeni geçiş yapıldı',
} as const;

const conflictAction = z.enum(['keep', 'apply-other', 'acknowledge', 'transition']);

export const conflictResolutionDto = z.strictObject({
  action: conflictAction,
  actionLabel: z.string(),
  value: z.string().nullable(),
  toState: z.string().nullable(),
  toStateLabel: z.string().nullable(),
  note: z.string().nullable(),
  resolvedBy: z.string(),
  resolvedAt: isoTimestamp,
});

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
  /** Whether no resolution names it yet (resolved here or on another PC of the müdürlük, §14.6). */
  open: z.boolean(),
  /** Turkish: the record (`İTKFDP-II başvurusu 4`, `Ödeme talebi 12`…) and the field. */
  recordLabel: z.string(),
  fieldLabel: z.string().nullable(),
  /** The case file the record belongs to (link to the case), when it belongs to one. */
  applicationId: recordId.nullable(),
  unvan: z.string().nullable(),
  /** Both competing changes: the value or state (Turkish), who made it and when (the clock's time). */
  local: conflictSide,
  remote: conflictSide,
  /** Turkish: which one is in force now and why (the later clock). */
  inForce: z.string(),
  /** What the signed-in user may do with it now (none once resolved). */
  actions: z.array(z.enum(['keep', 'apply-other', 'acknowledge', 'transition'])),
  /** For a transition conflict: the record's state now and the transitions the user's role may make from it. */
  currentState: z.string().nullable(),
  currentStateLabel: z.string().nullable(),
  transitions: z.array(z.strictObject({ to: z.string(), label: z.string() })),
  resolution: conflictResolutionDto.nullable(),
});
export type ReplicationConflictDto = z.infer<typeof replicationConflictDto>;

export const SYNC_CHANNELS = {
  'sync:conflicts': channel({
    request: empty,
    response: z.strictObject({
      counts: z.strictObject({ field: z.number().int().min(0), transition: z.number().int().min(0), apply: z.number().int().min(0) }),
      conflicts: z.array(replicationConflictDto),
      summary: z.string(),
      /** How many are not resolved yet (the counts above cover resolved ones too). */
      open: z.number().int().min(0),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
  /**
   * Resolve a conflict (issue 18 item 2): `keep` the value in force or
   * `apply-other` (the losing value written again as a new edit, audited and
   * replicated) for a `field` conflict; `acknowledge` with a note, or a
   * `transition` from the current state through the workflow (roles, guards
   * and four-eyes checked there), for a `transition` conflict; `acknowledge`
   * an `apply` conflict. The resolution replicates and closes the conflict on
   * the müdürlük's other PCs too. Already resolved: `conflict`; a
   * sorumlu personel on another officer's case: `forbidden`.
   */
  'sync:resolve-conflict': channel({
    request: z.discriminatedUnion('action', [
      z.strictObject({ id: recordId, action: z.literal('keep') }),
      z.strictObject({ id: recordId, action: z.literal('apply-other') }),
      z.strictObject({
        id: recordId,
        action: z.literal('acknowledge'),
        note: z.string().trim().min(3, 'Açıklama en az 3 karakter olmalı.').max(2000),
      }),
      z.strictObject({
        id: recordId,
        action: z.literal('transition'),
        to: z.string().max(64),
        note: z.string().max(2000).optional(),
        facts: z
          .strictObject({
            taxLiabilityActive: z.boolean().optional(),
            taxOrSgkDebt: z.boolean().optional(),
            creditUsedOn: isoDate.optional(),
            on: isoDate.optional(),
          })
          .optional(),
      }),
    ]),
    response: z.strictObject({ conflict: replicationConflictDto }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
} as const;
