import { z } from 'zod';
import { isoDate, moneyString } from '../inputs/common';
import { clawbackInput } from '../inputs/clawback-input';
import { deadlineInput } from '../inputs/deadline-input';
import { eligibilityInput } from '../inputs/eligibility-input';
import { finansmanCaseShape } from '../inputs/finansman-input';
import { identifiersInput } from '../inputs/identifiers-input';
import { ikdpCaseInput } from '../inputs/ikdp-input';
import { checkReplacements, itkfdpCaseShape } from '../inputs/itkfdp-input';

/** spec/scenario-format.md: the scenario kinds, each its rule input plus `id`, `title` and what it `expect`s. */

const header = { id: z.string().min(1, { message: 'boş olamaz' }), title: z.string().optional() };
const codes = z.array(z.string());
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'YYYY-AA-GGTSS:DD bekleniyor' });

export const identifiersScenario = z.strictObject({
  ...header,
  kind: z.literal('identifiers'),
  ...identifiersInput.shape,
  expect: z.strictObject({ valid: z.array(z.boolean()).optional() }),
});

export const eligibilityScenario = z.strictObject({
  ...header,
  kind: z.literal('eligibility'),
  ...eligibilityInput.shape,
  expect: z.strictObject({ eligible: z.boolean().optional(), failed: codes.optional(), missingData: codes.optional() }),
});

export const ikdpScenario = z.strictObject({
  ...header,
  kind: z.literal('ikdp-payments'),
  ...ikdpCaseInput.shape,
  expect: z.strictObject({
    baseAverage: z.number().int().nullable().optional(),
    programEnd: isoDate.nullable().optional(),
    postMonitoringDue: isoDate.nullable().optional(),
    requests: z
      .array(
        z.strictObject({
          approved: z.boolean().optional(),
          failed: codes.optional(),
          missingData: codes.optional(),
          average: z.number().int().nullable().optional(),
          amountTRY: moneyString.optional(),
        }),
      )
      .optional(),
    totalTRY: moneyString.optional(),
  }),
});

export const itkfdpScenario = z
  .strictObject({
    ...header,
    kind: z.literal('itkfdp-periods'),
    ...itkfdpCaseShape,
    expect: z.strictObject({
      supportStart: isoDate.optional(),
      supportEnd: isoDate.optional(),
      minPrimDaysPerPeriod: z.number().int().nullable().optional(),
      periods: z
        .array(
          z.strictObject({
            index: z.number().int(),
            start: isoDate.optional(),
            end: isoDate.optional(),
            approved: z.boolean().optional(),
            failed: codes.optional(),
            missingData: codes.optional(),
            amountEUR: moneyString.optional(),
          }),
        )
        .optional(),
      totalEUR: moneyString.optional(),
      terminatedOn: isoDate.nullable().optional(),
      terminationReason: z
        .enum(['THREE_CONSECUTIVE_FAILURES', 'LIQUIDATION', 'CLOSURE', 'TRANSFER_MERGER_TERMINATED', 'LOAN_RESTRUCTURED'])
        .nullable()
        .optional(),
    }),
  })
  .superRefine(checkReplacements);

export const deadlineScenario = z.strictObject({
  ...header,
  kind: z.literal('deadline'),
  ...deadlineInput.shape,
  expect: z.strictObject({ due: dateTime.optional() }),
});

export const clawbackScenario = z.strictObject({
  ...header,
  kind: z.literal('clawback'),
  ...clawbackInput.shape,
  /** Replaces the built-in legal interest table for this file (the table headquarters would ship). */
  legalInterestRates: z
    .array(
      z.strictObject({ from: isoDate, percent: z.string().regex(/^\d+(\.\d+)?$/, { message: 'geçersiz oran (örn. "24" ya da "38.75")' }) }),
    )
    .min(1)
    .optional(),
  expect: z.strictObject({
    interestApplies: z.boolean().optional(),
    principalTRY: moneyString.optional(),
    days: z.number().int().optional(),
    interestTRY: moneyString.optional(),
    interestEUR: moneyString.optional(),
    totalEUR: moneyString.optional(),
  }),
});

export const finansmanScenario = z.strictObject({
  ...header,
  kind: z.literal('finansman-2026'),
  ...finansmanCaseShape,
  expect: z.strictObject({
    eligible: z.boolean().optional(),
    failed: codes.optional(),
    missingData: codes.optional(),
    payrollLimitTRY: moneyString.nullable().optional(),
    installments: z.array(z.strictObject({ supportTRY: moneyString.optional() })).optional(),
    totalSupportTRY: moneyString.optional(),
  }),
});

export const SCENARIO_SCHEMAS = {
  identifiers: identifiersScenario,
  eligibility: eligibilityScenario,
  'ikdp-payments': ikdpScenario,
  'itkfdp-periods': itkfdpScenario,
  deadline: deadlineScenario,
  clawback: clawbackScenario,
  'finansman-2026': finansmanScenario,
} as const;

export type ScenarioKind = keyof typeof SCENARIO_SCHEMAS;
export type Scenario =
  | z.infer<typeof identifiersScenario>
  | z.infer<typeof eligibilityScenario>
  | z.infer<typeof ikdpScenario>
  | z.infer<typeof itkfdpScenario>
  | z.infer<typeof deadlineScenario>
  | z.infer<typeof clawbackScenario>
  | z.infer<typeof finansmanScenario>;

export function isScenarioKind(kind: string): kind is ScenarioKind {
  return Object.hasOwn(SCENARIO_SCHEMAS, kind);
}
