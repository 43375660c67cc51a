import { z } from 'zod';
import { isoDate, moneyString } from './common';

export const exchangeRate = z
  .string()
  .regex(/^\d+(\.\d{1,6})?$/, { message: 'geçersiz kur (örn. "39.1234")' })
  .refine((value) => Number(value) > 0, { message: 'kur sıfırdan büyük olmalı' });

export const clawbackInput = z.strictObject({
  amountEUR: moneyString,
  /** The date the support was paid to the enterprise. */
  paidOn: isoDate,
  /** The date the clawback letter was served (tebliğ). */
  notifiedOn: isoDate,
  repaidOn: isoDate,
  /** TCMB EUR buying rates (döviz alış) by date. */
  rates: z.record(isoDate, exchangeRate),
});
export type ClawbackInput = z.infer<typeof clawbackInput>;
