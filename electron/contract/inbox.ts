import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, programId, recordId } from './values';

export const inboxCursor = z.strictObject({
  nominalDue: isoDate,
  kind: z.enum(['application-review', 'credit-use', 'monitoring-visit', 'clawback-repayment', 'rule-impact', 'sync-conflict']),
  subjectId: recordId,
});

export const inboxTask = z.strictObject({
  kind: z.enum(['application-review', 'credit-use', 'monitoring-visit', 'clawback-repayment', 'rule-impact', 'sync-conflict']),
  kindLabel: z.string(),
  subjectId: recordId,
  applicationId: recordId,
  program: programId,
  enterpriseId: recordId,
  unvan: z.string(),
  responsibleUserId: recordId.nullable(),
  article: z.string().nullable(),
  due: isoDate,
  overdue: z.boolean(),
  /** Standard processing times warn, never block. */
  explanation: z.string(),
  cursor: inboxCursor,
});
export type InboxTaskDto = z.infer<typeof inboxTask>;

export const INBOX_CHANNELS = {
  /** `mine`: the signed-in officer's files; `all`: the whole müdürlük. Earliest due first, 50 a page. */
  'inbox:list': channel({
    request: z.strictObject({
      scope: z.enum(['mine', 'all']),
      after: inboxCursor.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    response: z.strictObject({ tasks: z.array(inboxTask), today: isoDate, next: inboxCursor.nullable() }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
