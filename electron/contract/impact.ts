import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, programId, recordId } from './values';

/**
 * The impact of a rule change (issue 18 item 3): which open cases a new
 * edition, a corrected provisional value or other reference data would
 * decide differently, with the stored decision (before), the new answer
 * (after) and the parameters that changed. Nothing here changes a decision:
 * a person re-evaluates the case (`case:evaluate`) or marks the item as seen.
 */
export const IMPACT_STATUS_LABELS = {
  acik: 'Açık',
  incelendi: 'İncelendi',
  yeniden_degerlendirildi: 'Yeniden değerlendirildi',
  yerine_yenisi_geldi: 'Yerine yenisi geldi',
} as const;

const impactStatus = z.enum(['acik', 'incelendi', 'yeniden_degerlendirildi', 'yerine_yenisi_geldi']);

export const parameterChange = z.strictObject({
  /** `IKDP-2026`, or `null` for a reference table (holidays, rates…). */
  edition: z.string().nullable(),
  key: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});

const decisionSide = z.strictObject({
  approved: z.boolean(),
  /** Decimal string; `null` for an eligibility decision. */
  amount: z.string().nullable(),
  currency: z.enum(['TRY', 'EUR']).nullable(),
  rulesVersion: z.string(),
});

export const impactItem = z.strictObject({
  id: recordId,
  applicationId: recordId,
  program: programId,
  unvan: z.string(),
  subject: z.enum(['eligibility', 'payment']),
  subjectLabel: z.string(),
  paymentRequestId: recordId.nullable(),
  responsibleUserId: recordId.nullable(),
  foundOn: isoDate,
  status: impactStatus,
  statusLabel: z.string(),
  before: decisionSide,
  after: decisionSide,
  /** One Turkish sentence per change, with the numbers. */
  summary: z.array(z.string()),
  parameters: z.array(parameterChange),
  trigger: z.string(),
});
export type ImpactItemDto = z.infer<typeof impactItem>;

export const impactProgress = z.strictObject({
  running: z.boolean(),
  trigger: z.string().nullable(),
  checked: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  startedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

const impactRun = z.strictObject({
  id: recordId,
  trigger: z.string(),
  finishedAt: z.string(),
  casesChecked: z.number().int().nonnegative(),
  casesAffected: z.number().int().nonnegative(),
  parameters: z.array(parameterChange),
});

export const IMPACT_CHANNELS = {
  /** `mine`: the signed-in officer's files; `all`: the müdürlük's. Open items unless `include: 'all'`; newest first. */
  'impact:list': channel({
    request: z.strictObject({
      scope: z.enum(['mine', 'all']),
      include: z.enum(['open', 'all']).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    response: z.strictObject({ progress: impactProgress, lastRun: impactRun.nullable(), items: z.array(impactItem) }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** The item has been seen; the decision stays as stored until someone re-evaluates the case. */
  'impact:acknowledge': channel({
    request: z.strictObject({ id: recordId }),
    response: z.strictObject({ status: impactStatus, statusLabel: z.string() }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  /** Re-check every open case against the reference data now (in the background; `impact:list` shows the progress). */
  'impact:run': channel({
    request: z.strictObject({}),
    response: z.strictObject({ started: z.boolean(), progress: impactProgress }),
    roles: ['mudur', 'yonetici'],
    writes: true,
  }),
} as const;
