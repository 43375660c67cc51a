import { z } from 'zod';
import { channel } from './result';
import { empty, isoDate, isoTimestamp, programId, recordId } from './values';

/** One record waiting for a müdür's decision, with who prepared it (four-eyes shown, not only enforced). */
export const approvalItem = z.strictObject({
  kind: z.enum(['ikdp-application', 'itkfdp-application', 'payment-form']),
  kindLabel: z.string(),
  /** What `workflow:transition` is called with. */
  workflowKind: z.enum(['ikdp_application', 'itkfdp_application', 'payment_request']),
  recordId,
  state: z.string(),
  stateLabel: z.string(),
  applicationId: recordId,
  program: programId,
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
  /** The records waiting for a müdür (IKDP `mudur_onayinda`, ITKFDP-II `kontrolde` with an evaluation, eligibility forms), longest waiting first. */
  'inbox:approvals': channel({
    request: empty,
    response: z.strictObject({ items: z.array(approvalItem), today: isoDate, more: z.boolean() }),
    roles: ['mudur'],
    writes: false,
  }),
} as const;
