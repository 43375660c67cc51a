import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { programId, recordId } from './values';

const monthKey = z.string().regex(/^\d{4}-\d{2}$/, 'Ay YYYY-AA biçiminde olmalı.');

/** One month of the chart: the enterprise's prim gün (`null`: no SGK row for the month), compared with the line. */
export const sgkMonth = z.strictObject({
  month: monthKey,
  primDays: z.number().int().nonnegative().nullable(),
  /** `base`: an IKDP base month; `reference`: an ITKFDP-II reference month; `other`: any later month. */
  role: z.enum(['base', 'reference', 'other']),
  /** `null` for the base or reference months themselves, and when there is no value or no line to compare with. */
  belowLine: z.boolean().nullable(),
});

/**
 * The line the months are read against, from core/: the IKDP base average (MADDE 5(1), 9(4)), or the ITKFDP-II
 * period minimum (MADDE 9(5)(c), 14(3)(a)) with its monthly share (the lowest reference month).
 */
export const sgkLine = z.strictObject({
  kind: z.enum(['ikdp-base', 'itkfdp-minimum']),
  label: z.string(),
  /** Prim gün per month; `null` when the rules cannot compute it (the explanation says why). */
  monthly: z.number().int().nonnegative().nullable(),
  /** ITKFDP-II: the minimum of a whole period (monthly × months per period); IKDP: `null`. */
  perPeriod: z.number().int().nonnegative().nullable(),
  monthsPerPeriod: z.number().int().positive().nullable(),
  article: z.string(),
  explanation: z.string(),
});

export const SGK_CHANNELS = {
  /**
   * The monthly prim gün series of an application's enterprise against the programme's line: all provinces for
   * IKDP, the application province for ITKFDP-II (MADDE 9(7)). Months without data inside the range are `null`.
   */
  'sgk:get-series': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({
      program: programId,
      province: z.string().nullable(),
      line: sgkLine,
      months: z.array(sgkMonth),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
