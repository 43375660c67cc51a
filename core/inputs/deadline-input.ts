import { z } from 'zod';
import { isoDate } from './common';

export const deadlineInput = z.strictObject({
  start: isoDate,
  amount: z.number().int({ message: 'tam sayı bekleniyor' }).min(0, { message: 'negatif olamaz' }),
  unit: z.enum(['day', 'month', 'year']),
  channel: z.enum(['electronic', 'physical']),
});
export type DeadlineInput = z.infer<typeof deadlineInput>;
