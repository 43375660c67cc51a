import { z } from 'zod';
import { channel } from './result';
import { checkResult, decimalString, isoDate, recordId } from './values';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Ay YYYY-AA biçiminde olmalı.');

/** A payment request as entered: IKDP months or ITKFDP-II periods, with the facts the request states. */
export const paymentRequestInput = z.strictObject({
  applicationId: recordId,
  submittedOn: isoDate,
  months: z.array(monthKey).min(1).max(24).optional(),
  periods: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
  taxLiabilityActive: z.boolean().optional(),
  overdueKosgebDebt: z.boolean().optional(),
  overdueTaxOrSgkDebt: z.boolean().optional(),
  commitmentDeclared: z.boolean().optional(),
  excuseAccepted: z.boolean().optional(),
});

export const paymentDecisionPart = z.strictObject({
  label: z.string(),
  approved: z.boolean(),
  amount: decimalString,
  checks: z.array(checkResult),
  amountLines: z.array(z.strictObject({ label: z.string(), amount: decimalString, currency: z.enum(['TRY', 'EUR']), formula: z.string() })),
});

export const paymentDecision = z.strictObject({
  approved: z.boolean(),
  amount: decimalString,
  currency: z.enum(['TRY', 'EUR']),
  rulesVersion: z.string(),
  editionName: z.string(),
  parts: z.array(paymentDecisionPart),
  notes: z.array(z.string()),
});

export const PAYMENT_CHANNELS = {
  'payment:create': channel({
    request: paymentRequestInput,
    response: z.strictObject({ paymentRequestId: recordId, state: z.string() }),
    roles: ['sorumlu_personel'],
    writes: true,
  }),
  /** Live preview: what the rules would decide for this request now, without saving anything. */
  'payment:preview': channel({
    request: paymentRequestInput,
    response: z.strictObject({ decision: paymentDecision }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: false,
  }),
  /** Decide every undecided request of the application through core/ and store the decisions (checks, articles, rule version). */
  'payment:evaluate': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({
      decided: z.array(
        z.strictObject({ paymentRequestId: recordId, approved: z.boolean(), amount: decimalString, currency: z.enum(['TRY', 'EUR']) }),
      ),
    }),
    roles: ['sorumlu_personel'],
    writes: true,
  }),
  'payment:get-decision': channel({
    request: z.strictObject({ paymentRequestId: recordId }),
    response: z.strictObject({ decision: paymentDecision.nullable() }),
    roles: ['sorumlu_personel', 'mudur', 'izleyici', 'yonetici'],
    writes: false,
  }),
} as const;
