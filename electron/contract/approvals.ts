import { z } from 'zod';
import { finansmanCallId } from './finansman';
import { channel } from './result';
import { empty, isoDate, isoTimestamp, programId, recordId } from './values';

/** One record waiting for a müdür's decision, with who prepared it (four-eyes shown, not only enforced). */
export const approvalItem = z.strictObject({
  kind: z.enum(['ikdp-application', 'itkfdp-application', 'payment-form', 'finansman-application']),
  kindLabel: z.string(),
  /** What `workflow:transition` is called with. */
  workflowKind: z.enum(['ikdp_application', 'itkfdp_application', 'payment_request', 'finansman_application']),
  recordId,
  state: z.string(),
  stateLabel: z.string(),
  /** The programme file (`case:get`); for the credit line its own application (`finansman:get`, the same as `recordId`). */
  applicationId: recordId,
  /** A programme, or `FINANSMAN-2026` for the 2026 credit line (finansman desteği). */
  program: z.enum([...programId.options, 'FINANSMAN-2026']),
  /** The credit line's call (`2026-1`, `2026-2`); present on credit-line items only. */
  call: finansmanCallId.optional(),
  enterpriseId: recordId,
  unvan: z.string(),
  waitingSince: isoTimestamp.nullable(),
  /** Who prepared it (the evaluation, or the eligibility form) and who sent it for approval, by full name. */
  preparedBy: z.string().nullable(),
  sentBy: z.string().nullable(),
  /** Whether the signed-in müdür may decide it; if not, why (four-eyes), in Turkish. */
  approvable: z.boolean(),
  notApprovableReason: z.string().nullable(),
  /** The latest evaluation's outcome (applications): a file judged not eligible can only be rejected. */
  evaluationEligible: z.boolean().nullable(),
  /** The standard processing time as a due date (a warning, never a block); `null` where the rules set none. */
  due: isoDate.nullable(),
  overdue: z.boolean(),
  article: z.string().nullable(),
  explanation: z.string(),
});
export type ApprovalItemDto = z.infer<typeof approvalItem>;

export const APPROVAL_CHANNELS = {
  /** The records waiting for a müdür (IKDP `mudur_onayinda`, ITKFDP-II `kontrolde` with an evaluation, eligibility forms, credit-line `mudur_onayinda`), longest waiting first. */
  'inbox:approvals': channel({
    request: empty,
    response: z.strictObject({ items: z.array(approvalItem), today: isoDate, more: z.boolean() }),
    roles: ['mudur'],
    writes: false,
  }),
} as const;
