import { z } from 'zod';

/** Shared value schemas: dates as ISO `YYYY-MM-DD`, money as decimal strings, ids as positive integers. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tarih YYYY-AA-GG biçiminde olmalı.');
export const isoTimestamp = z.string();
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'Tutar ondalık metin olmalı (ör. 1234.56).');
export const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const empty = z.strictObject({});
export const programId = z.enum(['IKDP-2025', 'IKDP-2026', 'ITKFDP-II']);
export const checkResult = z.strictObject({
  code: z.string(),
  article: z.string(),
  outcome: z.enum(['pass', 'fail', 'missing-data']),
  explanation: z.string(),
});
export type CheckResultDto = z.infer<typeof checkResult>;
