import { z } from 'zod';
import { parseNace } from '../lib/nace';
import { isoDate, legalForm, monthKey, moneyString } from './common';

export const programId = z.enum(['IKDP-2025', 'IKDP-2026', 'ITKFDP-II']);
export type ProgramId = z.infer<typeof programId>;

export const naceString = z.string().superRefine((value, context) => {
  const parsed = parseNace(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.issues[0]?.message ?? 'geçersiz NACE kodu' });
});

export const otherProgramCode = z.enum(['ITKDP-II', 'FOSTER-II', 'BMZ-II']);
export const fundingLine = z.enum(['FOSTER-II', 'BMZ-II']);
export type FundingLine = z.infer<typeof fundingLine>;

export const enterpriseProfile = z.strictObject({
  legalForm,
  registered: z.boolean(),
  active: z.boolean(),
  declarationCurrent: z.boolean(),
  /** The main activity code on the edition's sector reference date (IKDP MADDE 7(4)). */
  naceMain: naceString,
  provinces: z.array(z.string().min(1)),
  applicationProvince: z.string().min(1).optional(),
  sanctioned: z.boolean().optional(),
  excludedActivity: z.boolean().optional(),
  envSocialCompliant: z.boolean().optional(),
  otherPrograms: z.array(otherProgramCode).optional(),
});
export type EnterpriseProfile = z.infer<typeof enterpriseProfile>;

export const applicationOutcome = z.enum(['APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED']);

export const applicationHistoryEntry = z.strictObject({ program: programId, outcome: applicationOutcome });
export type ApplicationHistoryEntry = z.infer<typeof applicationHistoryEntry>;

/**
 * A programme calendar (uygulama takvimi). ITKFDP-II calls carry all of it;
 * for İstihdamı Koruma editions it overrides the edition's announced window
 * and deadline (`null`: not announced).
 */
export const callCalendar = z.strictObject({
  announcedOn: isoDate.optional(),
  applicationStart: isoDate.optional(),
  applicationEnd: isoDate.nullable().optional(),
  referenceMonths: z.array(monthKey).min(1, { message: 'en az bir ay olmalı' }).optional(),
  lastRequestOn: isoDate.nullable().optional(),
});
export type CallCalendar = z.infer<typeof callCalendar>;

export const loanTerms = z.strictObject({
  amountTRY: moneyString,
  termMonths: z.number().int({ message: 'tam sayı bekleniyor' }).min(1, { message: 'en az 1 ay olmalı' }),
  fundingLine,
});
export type LoanTerms = z.infer<typeof loanTerms>;

export const eligibilityInput = z.strictObject({
  program: programId,
  /** The application date. */
  asOf: isoDate,
  enterprise: enterpriseProfile,
  history: z.array(applicationHistoryEntry).default([]),
  calendar: callCalendar.optional(),
  loan: loanTerms.optional(),
});
export type EligibilityInput = z.infer<typeof eligibilityInput>;
