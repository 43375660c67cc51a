import { z } from 'zod';
import { enterprisePrimDays, isoDate, monthKey } from './common';
import { callCalendar } from './eligibility-input';

export const ikdpProgramId = z.enum(['IKDP-2025', 'IKDP-2026']);
export type IkdpProgramId = z.infer<typeof ikdpProgramId>;

export const ikdpPaymentRequest = z.strictObject({
  submittedOn: isoDate,
  months: z
    .array(monthKey)
    .min(1, { message: 'en az bir ay talep edilmeli' })
    .refine((months) => new Set(months).size === months.length, { message: 'aynı ay birden fazla kez talep edilmiş' }),
  taxLiabilityActive: z.boolean().optional(),
  overdueKosgebDebt: z.boolean().optional(),
});
export type IkdpPaymentRequest = z.infer<typeof ikdpPaymentRequest>;

export const ikdpCaseInput = z.strictObject({
  program: ikdpProgramId,
  approvedOn: isoDate,
  foundedOn: isoDate.nullable().optional(),
  /** The enterprise's monthly SGK prim gün totals. */
  primDays: enterprisePrimDays,
  terminatedOn: isoDate.nullable().optional(),
  calendar: callCalendar.optional(),
  requests: z.array(ikdpPaymentRequest),
});
export type IkdpCaseInput = z.infer<typeof ikdpCaseInput>;
