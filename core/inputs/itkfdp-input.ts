import { z } from 'zod';
import { enterprisePrimDays, isoDate, monthKey, personMonthlyDays } from './common';

export const PERIOD_COUNT = 6;

export const itkfdpCalendar = z.strictObject({
  announcedOn: isoDate,
  applicationStart: isoDate,
  applicationEnd: isoDate,
  referenceMonths: z.array(monthKey).min(1, { message: 'en az bir ay olmalı' }),
  lastRequestOn: isoDate,
});
export type ItkfdpCalendar = z.infer<typeof itkfdpCalendar>;

export const citizenship = z.enum(['TR', 'GKAS', 'UKSK', 'OTHER']);
export type Citizenship = z.infer<typeof citizenship>;

/**
 * MADDE 9(12): the support period of another employment-commitment programme under which the same person is
 * committed: İstihdam Taahhütlü KOBİ Finansman Destek Programı (I) or FRIT II-İstihdam Taahhütlü KOBİ Destek Programı.
 */
export const otherProgrammeSupport = z
  .strictObject({ program: z.enum(['ITKFDP-I', 'FRIT-II-ITKDP']), from: monthKey, to: monthKey })
  .refine((entry) => entry.from <= entry.to, { message: 'destek süresinin başı sonundan sonra olamaz', path: ['to'] });
export type OtherProgrammeSupport = z.infer<typeof otherProgrammeSupport>;

export const committedPerson = z.strictObject({
  id: z.string().min(1),
  citizenship,
  gender: z.enum(['F', 'M']),
  birthDate: isoDate,
  hiredOn: isoDate,
  /** Worked in the enterprise in the month before the call's announcement (new-hire test after 17/12/2025). */
  employedMonthBeforeAnnouncement: z.boolean().optional(),
  /** Prim gün in the application province, per month. */
  primDays: personMonthlyDays.default({}),
  /** Reported sick, maternity, paternity and bereavement leave days, per month (MADDE 14(7)). */
  leaveDays: personMonthlyDays.optional(),
  /** Last working day. */
  leftOn: isoDate.nullable().optional(),
  /** Id of the committed person whose place this person takes (MADDE 14(5)). */
  replaces: z.string().min(1).nullable().optional(),
  /**
   * MADDE 14(22), 14(23): the status check of the person's first paid period did not confirm the declared GKAS/UKSK
   * status (`confirmed: false`), and documents prove it from `provenFrom` (`null`: no proof). Absent: confirmed.
   */
  protectedStatus: z.strictObject({ confirmed: z.boolean(), provenFrom: isoDate.nullable().optional() }).optional(),
  /** Other employment-commitment programmes committing the same person, with their support periods (MADDE 9(12)). */
  otherProgrammeSupport: z.array(otherProgrammeSupport).optional(),
});
export type CommittedPerson = z.infer<typeof committedPerson>;

const periodIndex = z
  .number()
  .int({ message: 'tam sayı bekleniyor' })
  .min(1, { message: 'dönem 1 ile 6 arasında olmalı' })
  .max(PERIOD_COUNT, { message: 'dönem 1 ile 6 arasında olmalı' });

export const itkfdpPaymentRequest = z.strictObject({
  periods: z
    .array(periodIndex)
    .min(1, { message: 'en az bir dönem talep edilmeli' })
    .refine((periods) => new Set(periods).size === periods.length, { message: 'aynı dönem birden fazla kez talep edilmiş' }),
  submittedOn: isoDate,
  overdueTaxOrSgkDebt: z.boolean().optional(),
  commitmentDeclared: z.boolean().optional(),
  excuseAccepted: z.boolean().optional(),
  /**
   * MADDE 14(11)(a): the tax liability (vergi mükellefiyeti) still runs on the day the payment eligibility form goes
   * to the müdür. Absent means `true`, as in files written before the check existed (spec/scenario-format.md).
   */
  taxLiabilityActive: z.boolean().optional(),
});
export type ItkfdpPaymentRequest = z.infer<typeof itkfdpPaymentRequest>;

export const terminationEventType = z.enum(['LIQUIDATION', 'CLOSURE', 'TRANSFER_MERGER_TERMINATED', 'LOAN_RESTRUCTURED']);
export type TerminationEventType = z.infer<typeof terminationEventType>;

export const terminationEvent = z.strictObject({ type: terminationEventType, on: isoDate });
export type TerminationEvent = z.infer<typeof terminationEvent>;

export const itkfdpCaseShape = {
  program: z.literal('ITKFDP-II'),
  calendar: itkfdpCalendar,
  /** Aktif kredi kullanım tarihi (MADDE 12(1)(d)). */
  creditUsedOn: isoDate,
  /** Numbers of the loan instalments paid; instalment k covers payment period k. */
  installmentsPaid: z.array(z.number().int().min(1)).optional(),
  /** Enterprise monthly prim gün in the application province (MADDE 9(7)), reference months included. */
  primDays: enterprisePrimDays,
  personnel: z.array(committedPerson),
  requests: z.array(itkfdpPaymentRequest),
  events: z.array(terminationEvent).default([]),
};

/** Person ids are unique; a replacement names an existing committed person, at most one per person, without cycles. */
export function checkReplacements(input: { readonly personnel: readonly CommittedPerson[] }, context: z.RefinementCtx): void {
  const byId = new Map<string, CommittedPerson>();
  input.personnel.forEach((person, index) => {
    if (byId.has(person.id))
      context.addIssue({ code: 'custom', path: ['personnel', index, 'id'], message: `"${person.id}" kimliği tekrar ediyor` });
    byId.set(person.id, person);
  });
  const replaced = new Set<string>();
  input.personnel.forEach((person, index) => {
    if (person.replaces == null) return;
    const path = ['personnel', index, 'replaces'];
    if (!byId.has(person.replaces) || person.replaces === person.id) {
      context.addIssue({ code: 'custom', path, message: `"${person.replaces}" kimlikli taahhüt personeli yok` });
      return;
    }
    if (replaced.has(person.replaces)) {
      context.addIssue({ code: 'custom', path, message: `"${person.replaces}" için birden fazla yerine personel beyan edilmiş` });
    }
    replaced.add(person.replaces);
    let current: CommittedPerson | undefined = person;
    for (let steps = 0; current?.replaces != null && steps <= input.personnel.length; steps += 1) {
      current = byId.get(current.replaces);
      if (current === person) {
        context.addIssue({ code: 'custom', path, message: 'yerine personel zinciri kendine dönüyor' });
        return;
      }
    }
  });
}

export const itkfdpCaseInput = z.strictObject(itkfdpCaseShape).superRefine(checkReplacements);
export type ItkfdpCaseInput = z.infer<typeof itkfdpCaseInput>;
