import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { decimalString, isoDate, isoTimestamp, recordId } from './values';

/**
 * ITKFDP-II case-file parts the rules read besides the workflow: the committed
 * personnel (with replacements, MADDE 14(5), 14(6)) and the loan with its use
 * (MADDE 8(1), 12(2)) and instalments (MADDE 14(1)(a): instalment k covers period k).
 */

const tckn = z.string().regex(/^[1-9]\d{10}$/, 'T.C. kimlik numarası 11 haneli olmalı ve 0 ile başlamamalı.');
const personName = z.string().trim().min(1, 'Boş bırakılamaz.').max(80, 'En fazla 80 karakter.');
export const CITIZENSHIPS = ['TR', 'GKAS', 'UKSK', 'OTHER'] as const;
export const FUNDING_LINES = ['FOSTER-II', 'BMZ-II'] as const;

export const OTHER_PROGRAMMES = ['ITKFDP-I', 'FRIT-II-ITKDP'] as const;
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Ayı AA.YYYY olarak girin.');

/**
 * MADDE 14(22), 14(23): the GKAS/UKSK status check of the person's first paid period; `confirmed: false` when it did
 * not confirm the declared status, `provenFrom` the day documents prove it from (`null`: no proof).
 */
export const protectedStatusValue = z.strictObject({ confirmed: z.boolean(), provenFrom: isoDate.nullable() });

/** MADDE 9(12): another employment-commitment programme committing the same person, with its support period (months). */
export const otherProgrammeSupportValue = z.strictObject({ program: z.enum(OTHER_PROGRAMMES), from: monthKey, to: monthKey });

/** What is entered for a committed person (new or a replacement). */
export const committedPersonInput = z.strictObject({
  tckn,
  firstName: personName,
  lastName: personName,
  citizenship: z.enum(CITIZENSHIPS),
  gender: z.enum(['F', 'M']),
  birthDate: isoDate,
  hiredOn: isoDate,
  /** Worked in the enterprise in the month before the call's announcement (new-hire test after 17/12/2025); absent: not known. */
  employedMonthBeforeAnnouncement: z.boolean().nullable().optional(),
  /** The status check (GKAS/UKSK only); `null`: none recorded, the declared status stands; absent on update: unchanged. */
  protectedStatus: protectedStatusValue.nullable().optional(),
  /** Other programmes' support periods (MADDE 9(12)); `null`: none declared; absent on update: unchanged. */
  otherProgrammeSupport: z.array(otherProgrammeSupportValue).max(4).nullable().optional(),
});
export type CommittedPersonInput = z.infer<typeof committedPersonInput>;

export const committedPersonDto = z.strictObject({
  id: recordId,
  /** The person's name in the rules' explanations (P1, P2…). */
  personKey: z.string(),
  tckn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  citizenship: z.enum(CITIZENSHIPS),
  gender: z.enum(['F', 'M']),
  birthDate: isoDate,
  hiredOn: isoDate,
  leftOn: isoDate.nullable(),
  employedMonthBeforeAnnouncement: z.boolean().nullable(),
  protectedStatus: protectedStatusValue.nullable(),
  otherProgrammeSupport: z.array(otherProgrammeSupportValue).nullable(),
  replacesId: recordId.nullable(),
  /** Id of the person declared in this one's place, if any. */
  replacedById: recordId.nullable(),
  createdAt: isoTimestamp,
});
export type CommittedPersonDto = z.infer<typeof committedPersonDto>;

const personnelAnswer = z.strictObject({
  people: z.array(committedPersonDto),
  /** The list may be edited (the application is not decided yet). */
  canEdit: z.boolean(),
  /** Leavers and replacements may be recorded (the application runs). */
  canReplace: z.boolean(),
  /** The status check and other programmes' support may be recorded (the application runs; the identity stays as approved). */
  canRecordChecks: z.boolean(),
});

export const loanTermsInput = z.strictObject({
  applicationId: recordId,
  bankName: z.string().trim().min(2, 'Banka adını yazın.').max(120, 'En fazla 120 karakter.'),
  amountTRY: decimalString,
  termMonths: z.number().int('Vade tam ay olmalı.').min(1, 'Vade en az 1 ay.').max(120, 'Vade en fazla 120 ay.'),
  fundingLine: z.enum(FUNDING_LINES),
});

export const installmentDto = z.strictObject({
  number: z.number().int(),
  dueOn: isoDate.nullable(),
  paid: z.boolean(),
  paidOn: isoDate.nullable(),
});

export const loanAnswer = z.strictObject({
  loan: z
    .strictObject({
      id: recordId,
      bankName: z.string().nullable(),
      amountTRY: decimalString.nullable(),
      termMonths: z.number().int().nullable(),
      fundingLine: z.enum(FUNDING_LINES).nullable(),
      creditUsedOn: isoDate.nullable(),
    })
    .nullable(),
  installments: z.array(installmentDto),
  /** MADDE 12(2): active credit use within 30 days of approval, from core's time-limit engine (a warning, never a block). */
  creditUse: z
    .strictObject({
      approvedOn: isoDate,
      due: isoDate,
      article: z.string(),
      /** `in-time` / `late` once used; `open` / `overdue` while waiting (against today). */
      status: z.enum(['in-time', 'late', 'undecided', 'open', 'overdue']),
      explanation: z.string(),
    })
    .nullable(),
  /** MADDE 7(2): the support period, once the credit is used. */
  support: z.strictObject({ start: isoDate, end: isoDate }).nullable(),
  canEditTerms: z.boolean(),
  canEditInstallments: z.boolean(),
});
export type LoanAnswer = z.infer<typeof loanAnswer>;

const WRITERS = ['sorumlu_personel'] as const;

export const ITKFDP_CHANNELS = {
  /** The committed personnel of an ITKFDP-II application, replacements linked both ways. */
  'personnel:list': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: personnelAnswer,
    roles: USER_ROLES,
    writes: false,
  }),
  /** Adds a committed person while the application is in control (banka onaylı, kontrolde, düzeltmede). */
  'personnel:add': channel({
    request: z.strictObject({ applicationId: recordId, person: committedPersonInput }),
    response: z.strictObject({ person: committedPersonDto }),
    roles: WRITERS,
    writes: true,
  }),
  /**
   * Corrects a committed person while the application is in control; while it runs (also after approval) only the
   * status check (MADDE 14(22), 14(23)) and other programmes' support (MADDE 9(12)) change, the rest as stored.
   */
  'personnel:update': channel({
    request: z.strictObject({ applicationId: recordId, personId: recordId, person: committedPersonInput }),
    response: z.strictObject({ person: committedPersonDto }),
    roles: WRITERS,
    writes: true,
  }),
  /** Removes a committed person entered by mistake, while the application is in control. */
  'personnel:remove': channel({
    request: z.strictObject({ applicationId: recordId, personId: recordId }),
    response: z.strictObject({ removed: recordId }),
    roles: WRITERS,
    writes: true,
  }),
  /**
   * A committed person left (last working day `leftOn`) and the enterprise declared `replacement` in their place
   * (MADDE 14(5), 14(6)); allowed while the application runs, also after approval.
   */
  'personnel:replace': channel({
    request: z.strictObject({ applicationId: recordId, personId: recordId, leftOn: isoDate, replacement: committedPersonInput }),
    response: z.strictObject({ left: committedPersonDto, replacement: committedPersonDto }),
    roles: WRITERS,
    writes: true,
  }),
  /** The loan, its instalments, the credit-use deadline (MADDE 12(2)) and the support period. */
  'loan:get': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: loanAnswer,
    roles: USER_ROLES,
    writes: false,
  }),
  /** The loan's terms as the bank approved them (MADDE 8(1)); only before the application is decided. */
  'loan:save': channel({
    request: loanTermsInput,
    response: loanAnswer,
    roles: WRITERS,
    writes: true,
  }),
  /** An instalment paid or not (instalment k covers payment period k); only after the credit is used. */
  'loan:put-installment': channel({
    request: z.strictObject({
      applicationId: recordId,
      number: z.number().int().min(1, 'Taksit numarası 1 ile 6 arasında.').max(6, 'Taksit numarası 1 ile 6 arasında.'),
      dueOn: isoDate.nullable().optional(),
      paid: z.boolean(),
      paidOn: isoDate.nullable().optional(),
    }),
    response: loanAnswer,
    roles: WRITERS,
    writes: true,
  }),
} as const;
