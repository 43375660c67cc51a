import { z } from 'zod';
import { enterprisePrimDays, isoDate, legalForm, monthKey, moneyString } from './common';
import { naceString } from './eligibility-input';

/**
 * The input of the 2026 programme's credit line (spec/scenario-format.md, kind `finansman-2026`): the application,
 * the enterprise, its history in either line of the 2026 programme, the monthly PEK of the call's base months and the
 * loan with the bank's payment table.
 */

export const finansmanCallId = z.enum(['2026-1', '2026-2']);
export type FinansmanCallId = z.infer<typeof finansmanCallId>;

export const enterpriseSize = z.enum(['KOBI', 'BUYUK']);
export type EnterpriseSize = z.infer<typeof enterpriseSize>;

export const finansmanEnterprise = z.strictObject({
  legalForm,
  registered: z.boolean(),
  active: z.boolean(),
  declarationCurrent: z.boolean(),
  size: enterpriseSize,
  /** The main activity code on the call's sector reference date (31/12/2025). */
  naceMain: naceString,
});
export type FinansmanEnterprise = z.infer<typeof finansmanEnterprise>;

export const programme2026Line = z.enum(['IKDP-2026', 'FINANSMAN-2026']);
export const programme2026Outcome = z.enum(['APPROVED', 'PENDING', 'REJECTED', 'CANCELLED']);

export const programme2026HistoryEntry = z.strictObject({
  program: programme2026Line,
  call: finansmanCallId.optional(),
  outcome: programme2026Outcome,
});
export type Programme2026HistoryEntry = z.infer<typeof programme2026HistoryEntry>;

const RATE = /^\d{1,3}(?:\.\d{1,6})?$/;
const NON_ZERO_DIGIT = /[1-9]/;

/** A positive decimal such as `33`, `37.5` or `41.37` (percent a year); one message for each kind of mistake. */
export const ratePercent = z.string().superRefine((value, context) => {
  if (!RATE.test(value)) {
    context.addIssue({ code: 'custom', message: 'geçersiz oran (yüzde olarak ondalık sayı bekleniyor, örn. "33" veya "37.5")' });
  } else if (!NON_ZERO_DIGIT.test(value)) {
    context.addIssue({ code: 'custom', message: 'oran sıfırdan büyük olmalı' });
  }
});

/**
 * The rules keep these amounts in whole kuruş (core/programmes/finansman-2026/kurus.ts); with at most 11 digits of
 * lira and `MAX_INSTALLMENTS` rows, no sum reaches 2^53 kuruş, where integers stop being exact.
 */
export const MAX_AMOUNT_DIGITS = 11;
export const MAX_INSTALLMENTS = 600;

/** Loan amounts, PEK, principals and interest: never negative, under 100 milyar TL. */
const amount = moneyString
  .refine((value) => !value.startsWith('-'), { message: 'negatif olamaz' })
  .refine((value) => value.length - 3 <= MAX_AMOUNT_DIGITS, { message: 'en fazla 99.999.999.999,99 olabilir' });

export const bankInstallment = z.strictObject({ dueOn: isoDate, principalTRY: amount, interestTRY: amount });
export type BankInstallment = z.infer<typeof bankInstallment>;

export const finansmanLoan = z.strictObject({
  amountTRY: amount,
  annualRatePercent: ratePercent,
  drawnOn: z.array(isoDate).min(1, { message: 'en az bir kullandırım tarihi olmalı' }),
  termMonths: z.number().int({ message: 'tam sayı bekleniyor' }).min(1, { message: 'en az 1 ay olmalı' }),
  graceMonths: z.number().int({ message: 'tam sayı bekleniyor' }).min(0, { message: 'negatif olamaz' }),
  /** The bank's payment table, in due-date order. */
  installments: z.array(bankInstallment).max(MAX_INSTALLMENTS, { message: `en fazla ${MAX_INSTALLMENTS} taksit olabilir` }),
});
export type FinansmanLoan = z.infer<typeof finansmanLoan>;

export const finansmanCaseShape = {
  call: finansmanCallId,
  /** The application date. */
  asOf: isoDate,
  enterprise: finansmanEnterprise,
  /** The enterprise's applications to either line of the 2026 programme (not the one decided here). */
  history: z.array(programme2026HistoryEntry).default([]),
  /** Monthly prim esas kazanç of the call's base months, all workplaces summed. */
  payrollPEK: z.record(monthKey, amount),
  /** The enterprise's monthly prim gün totals, for the employment status shown for information (optional). */
  primDays: enterprisePrimDays.optional(),
  loan: finansmanLoan,
};

export const finansmanCaseInput = z.strictObject(finansmanCaseShape);
export type FinansmanCaseInput = z.infer<typeof finansmanCaseInput>;
