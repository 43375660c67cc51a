import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { enterprise } from './enterprises';
import { checkResult, decimalString, isoDate, isoTimestamp, programId, recordId } from './values';
import { WORKFLOW_KINDS } from './workflow-catalogue';

export const workflowKind = z.enum(
  WORKFLOW_KINDS as ['ikdp_application', 'itkfdp_application', 'payment_request', 'monitoring_visit', 'finansman_application'],
);

export const allowedTransition = z.strictObject({
  to: z.string(),
  label: z.string(),
  roles: z.array(z.string()),
  needs: z.array(z.string()),
});

export const transitionRecord = z.strictObject({
  from: z.string(),
  to: z.string(),
  toLabel: z.string(),
  userId: recordId,
  userName: z.string(),
  at: isoTimestamp,
  note: z.string().nullable(),
  facts: z.record(z.string(), z.unknown()).nullable(),
});

export const evaluationDto = z.strictObject({
  id: recordId,
  eligible: z.boolean(),
  checks: z.array(checkResult),
  rulesVersion: z.string(),
  preparedBy: z.string(),
  createdAt: isoTimestamp,
});

export const paymentRequestDto = z.strictObject({
  id: recordId,
  submittedOn: isoDate,
  months: z.array(z.string()).nullable(),
  periods: z.array(z.number()).nullable(),
  state: z.string(),
  stateLabel: z.string(),
  decided: z.boolean(),
  approved: z.boolean().nullable(),
  amount: decimalString.nullable(),
  currency: z.enum(['TRY', 'EUR']).nullable(),
  checks: z.array(checkResult),
  allowed: z.array(allowedTransition),
});

export const visitDto = z.strictObject({
  id: recordId,
  kind: z.enum(['ON_SITE', 'POST_PROGRAMME']),
  dueOn: isoDate.nullable(),
  visitedOn: isoDate.nullable(),
  outcome: z.enum(['COMPLIANT', 'NON_COMPLIANT', 'NOT_FOUND']).nullable(),
  /** Who the visit is assigned to (`null`: nobody yet; the monitors' shared list shows it). */
  visitorUserId: recordId.nullable(),
  visitorName: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  hasReport: z.boolean(),
  allowed: z.array(allowedTransition),
});

export const caseDto = z.strictObject({
  application: z.strictObject({
    id: recordId,
    program: programId,
    workflow: workflowKind,
    state: z.string(),
    stateLabel: z.string(),
    appliedOn: isoDate.nullable(),
    approvedOn: isoDate.nullable(),
    applicationProvince: z.string().nullable(),
    responsibleUserId: recordId.nullable(),
    responsibleUserName: z.string().nullable(),
    terminatedOn: isoDate.nullable(),
    allowed: z.array(allowedTransition),
  }),
  enterprise,
  transitions: z.array(transitionRecord),
  evaluations: z.array(evaluationDto),
  paymentRequests: z.array(paymentRequestDto),
  visits: z.array(visitDto),
});
export type CaseDto = z.infer<typeof caseDto>;

export const CASE_CHANNELS = {
  /** A case file: the application, its enterprise, workflow, evaluations, payment requests and visits. */
  'case:get': channel({ request: z.strictObject({ applicationId: recordId }), response: caseDto, roles: USER_ROLES, writes: false }),
  /** Who changed what and when (geçmiş), from the audit log. */
  'case:history': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({
      entries: z.array(
        z.strictObject({
          at: isoTimestamp,
          who: z.string(),
          what: z.string(),
          table: z.string(),
          rowId: z.string(),
          changes: z.array(z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        }),
      ),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
  'application:create': channel({
    request: z.strictObject({
      enterpriseId: recordId,
      program: programId,
      appliedOn: isoDate,
      applicationProvince: z.string().trim().min(1).max(40),
      callCalendarId: recordId.optional(),
      responsibleUserId: recordId.optional(),
    }),
    response: z.strictObject({ applicationId: recordId, state: z.string() }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  /**
   * Move a record along its workflow. Illegal moves are `conflict`, wrong role
   * `forbidden`, the preparer approving `four-eyes`. `facts` carries what the
   * step records (e.g. `{ taxOrSgkDebt: false, taxLiabilityActive: true }`).
   */
  'workflow:transition': channel({
    request: z.strictObject({
      kind: workflowKind,
      recordId,
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
    response: z.strictObject({ state: z.string(), stateLabel: z.string() }),
    roles: ['sorumlu_personel', 'mudur', 'izleyici'],
    writes: true,
  }),
  /** Evaluate eligibility through core/ and store it; `changes` lists the checks whose outcome differs from the last one. */
  'case:evaluate': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({
      evaluation: evaluationDto,
      changes: z.array(z.strictObject({ code: z.string(), article: z.string(), before: z.string().nullable(), after: z.string() })),
    }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
} as const;
