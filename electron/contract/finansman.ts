import { z } from 'zod';
import { allowedTransition, transitionRecord } from './cases';
import { channel, USER_ROLES } from './result';
import { checkResult, decimalString, isoDate, isoTimestamp, recordId } from './values';
import { stateLabel, WORKFLOW_STATES } from './workflow-catalogue';

/**
 * The 2026 programme's credit line (finansman desteği, issue 19): entering an application with its loan and the
 * bank's payment table, importing the base months' PEK, the case with its evaluation and support schedule, storing
 * an evaluation, and the application's workflow. The line keeps its own table (`finansman_applications`); its
 * workflow is the `finansman_application` kind of the one catalogue (workflow-catalogue.ts, transitions.ts), moved
 * by `finansman:transition` or `workflow:transition` alike.
 */

/** The credit-line application's workflow states: the `finansman_application` kind of the one workflow catalogue. */
export const FINANSMAN_WORKFLOW_STATES = WORKFLOW_STATES.finansman_application;
export type FinansmanWorkflowState = keyof typeof FINANSMAN_WORKFLOW_STATES;

export function finansmanStateLabel(state: string): string {
  return stateLabel('finansman_application', state);
}

/** The calls and sizes as core/inputs/finansman-input.ts has them (the contract imports zod only; the service parses the loan with core's schema). */
export const finansmanCallId = z.enum(['2026-1', '2026-2']);
export const enterpriseSize = z.enum(['KOBI', 'BUYUK']);

const amount = z.string().regex(/^\d{1,11}\.\d{2}$/, 'Tutar iki ondalık basamaklı metin olmalı (ör. 1234.56).');

/** The loan with the bank's payment table; core's own checks (rate, order, limits) run in the service. */
export const finansmanLoanRequest = z.strictObject({
  amountTRY: amount,
  annualRatePercent: z.string().max(12),
  drawnOn: z.array(isoDate).min(1).max(12),
  termMonths: z.number().int().min(1).max(600),
  graceMonths: z.number().int().min(0).max(600),
  installments: z.array(z.strictObject({ dueOn: isoDate, principalTRY: amount, interestTRY: amount })).max(600),
});

const uploadedFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  contentBase64: z
    .string()
    .max(30_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Dosya içeriği base64 olmalı.'),
});

export const finansmanApplicationSummary = z.strictObject({
  id: recordId,
  call: finansmanCallId,
  appliedOn: isoDate.nullable(),
  bankName: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  amountTRY: decimalString.nullable(),
});

/** A value of the call as the user sees it; `value: null` is a gap ("duyurulmadı"). */
export const finansmanParameter = z.strictObject({
  key: z.string(),
  label: z.string(),
  value: z.string().nullable(),
  provisional: z.boolean(),
  article: z.string().nullable(),
  act: z.string().nullable(),
  lastConfirmed: isoDate.nullable(),
});

export const finansmanScheduleRow = z.strictObject({
  number: z.number().int(),
  dueOn: isoDate,
  principalTRY: decimalString,
  interestTRY: decimalString,
  supportTRY: decimalString,
  enterprisePaysTRY: decimalString,
  runningSupportTRY: decimalString,
  formula: z.string(),
});

export const finansmanEvaluationDto = z.strictObject({
  callName: z.string(),
  provisional: z.boolean(),
  asOf: isoDate,
  eligible: z.boolean(),
  checks: z.array(checkResult),
  failed: z.array(z.string()),
  missingData: z.array(z.string()),
  payrollLimitTRY: decimalString.nullable(),
  supportArticle: z.string(),
  schedule: z.strictObject({
    /** `null`: the call announces no support points (a gap; no support is computed). */
    points: z.number().int().nullable(),
    ratePercent: z.string(),
    wholeInterest: z.boolean(),
    rows: z.array(finansmanScheduleRow),
    totalInterestTRY: decimalString,
    totalSupportTRY: decimalString,
    totalEnterprisePaysTRY: decimalString,
  }),
  employment: z.strictObject({ baseExplanation: z.string(), months: z.array(z.string()), gap: z.string() }),
});
export type FinansmanEvaluationDto = z.infer<typeof finansmanEvaluationDto>;

export const finansmanDecisionDto = z.strictObject({
  id: recordId,
  eligible: z.boolean(),
  totalSupportTRY: decimalString,
  rulesVersion: z.string(),
  decidedAt: isoTimestamp,
  decidedBy: z.string(),
  /** The stored evaluation equals what the rules say on the data today. */
  current: z.boolean(),
});

export const finansmanCaseDto = z.strictObject({
  application: z.strictObject({
    id: recordId,
    enterpriseId: recordId,
    enterpriseName: z.string(),
    enterpriseVkn: z.string().nullable(),
    call: finansmanCallId,
    size: enterpriseSize,
    appliedOn: isoDate.nullable(),
    bankName: z.string().nullable(),
    decidedOn: isoDate.nullable(),
    state: z.string(),
    stateLabel: z.string(),
    allowed: z.array(allowedTransition),
  }),
  loan: z
    .strictObject({
      amountTRY: decimalString,
      annualRatePercent: z.string(),
      drawnOn: z.array(isoDate),
      termMonths: z.number().int(),
      graceMonths: z.number().int(),
      installments: z.number().int(),
    })
    .nullable(),
  /** The base months' PEK held for the enterprise (month → TRY). */
  payrollPEK: z.record(z.string(), decimalString),
  /** The rules on the data as held now; `null` with `notEvaluable` when data the rules need is missing. */
  evaluation: finansmanEvaluationDto.nullable(),
  notEvaluable: z.string().nullable(),
  parameters: z.array(finansmanParameter),
  decisions: z.array(finansmanDecisionDto),
  transitions: z.array(transitionRecord),
});
export type FinansmanCaseDto = z.infer<typeof finansmanCaseDto>;

const STAFF = ['sorumlu_personel', 'mudur'] as const;

export const FINANSMAN_CHANNELS = {
  /** A credit-line application with its loan and the bank's payment table (the loan as core/ reads it). */
  'finansman:create': channel({
    request: z.strictObject({
      enterpriseId: recordId,
      call: finansmanCallId,
      size: enterpriseSize,
      appliedOn: isoDate,
      bankName: z.string().trim().min(1).max(120).optional(),
      loan: finansmanLoanRequest,
    }),
    response: z.strictObject({ applicationId: recordId, state: z.string(), stateLabel: z.string() }),
    roles: STAFF,
    writes: true,
  }),
  /** The enterprise's credit-line applications (enterprise view). */
  'finansman:list': channel({
    request: z.strictObject({ enterpriseId: recordId }),
    response: z.strictObject({ applications: z.array(finansmanApplicationSummary) }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** The case: application, loan, the evaluation on today's data with the support schedule, the call's values, decisions, workflow. */
  'finansman:get': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: finansmanCaseDto,
    roles: USER_ROLES,
    writes: false,
  }),
  /** Evaluate through core/ and store the evaluation (with the schedule and the call's values) as the case's decision record. */
  'finansman:evaluate': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({ decision: finansmanDecisionDto, evaluation: finansmanEvaluationDto }),
    roles: STAFF,
    writes: true,
  }),
  /** Move the application along its workflow; illegal `conflict`, wrong role `forbidden`, the preparer approving `four-eyes`. */
  'finansman:transition': channel({
    request: z.strictObject({ applicationId: recordId, to: z.string().max(64), note: z.string().max(2000).optional() }),
    response: z.strictObject({ state: z.string(), stateLabel: z.string() }),
    roles: STAFF,
    writes: true,
  }),
  /** The monthly PEK of the base months from the bank's or the enterprise's CSV/XLSX (as `cli import-pek`). */
  'finansman:import-pek': channel({
    request: uploadedFile.extend({ enterpriseId: recordId }),
    response: z.strictObject({ outcome: z.enum(['imported', 'already-imported']), message: z.string(), months: z.array(z.string()) }),
    roles: STAFF,
    writes: true,
  }),
} as const;
