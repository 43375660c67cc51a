import { committedPersonInput, type CommittedPersonDto, type CommittedPersonInput } from '../../../electron/contract/itkfdp';
import { ITKFDP_STRINGS as S } from './strings';

export type ProtectedCheck = 'none' | 'confirmed' | 'unconfirmed' | 'proven';
export type OtherSupportValues = {
  readonly program: NonNullable<CommittedPersonInput['otherProgrammeSupport']>[number]['program'];
  /** Months as typed, `AA.YYYY`. */
  readonly from: string;
  readonly to: string;
};

/** A committed person as the form holds it (every field a string) and its check by the contract's own zod schema. */
export type PersonFormValues = {
  readonly firstName: string;
  readonly lastName: string;
  readonly tckn: string;
  readonly citizenship: CommittedPersonInput['citizenship'];
  readonly gender: CommittedPersonInput['gender'];
  readonly birthDate: string;
  readonly hiredOn: string;
  readonly employedBefore: 'unknown' | 'yes' | 'no';
  readonly protectedCheck: ProtectedCheck;
  readonly provenFrom: string;
  readonly otherSupport: readonly OtherSupportValues[];
};

export type PersonFormErrors = Partial<Record<Exclude<keyof PersonFormValues, 'otherSupport'>, string>> & {
  /** By row: the message of the row's wrong month. */
  readonly otherSupport?: Readonly<Record<number, { readonly from?: string; readonly to?: string }>>;
};

export const EMPTY_PERSON: PersonFormValues = {
  firstName: '',
  lastName: '',
  tckn: '',
  citizenship: 'TR',
  gender: 'F',
  birthDate: '',
  hiredOn: '',
  employedBefore: 'unknown',
  protectedCheck: 'none',
  provenFrom: '',
  otherSupport: [],
};

const DATE_FIELDS = new Set(['birthDate', 'hiredOn', 'provenFrom']);
const PROTECTED = new Set(['GKAS', 'UKSK']);

/** `2025-03` ↔ `03.2025`: months are typed and shown the Turkish way. */
export function monthTr(key: string): string {
  const [year, month] = key.split('-');
  return `${month ?? ''}.${year ?? ''}`;
}

function monthKey(typed: string): string | null {
  const match = /^(0[1-9]|1[0-2])\.(\d{4})$/.exec(typed.trim());
  return match === null ? null : `${match[2] ?? ''}-${match[1] ?? ''}`;
}

function protectedCheckOf(status: CommittedPersonDto['protectedStatus']): ProtectedCheck {
  if (status === null) return 'none';
  if (status.confirmed) return 'confirmed';
  return status.provenFrom === null ? 'unconfirmed' : 'proven';
}

/** The stored person in the form, for editing. */
export function personValues(person: CommittedPersonDto): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    tckn: person.tckn,
    citizenship: person.citizenship,
    gender: person.gender,
    birthDate: person.birthDate,
    hiredOn: person.hiredOn,
    employedBefore: person.employedMonthBeforeAnnouncement === null ? 'unknown' : person.employedMonthBeforeAnnouncement ? 'yes' : 'no',
    protectedCheck: protectedCheckOf(person.protectedStatus),
    provenFrom: person.protectedStatus?.provenFrom ?? '',
    otherSupport: (person.otherProgrammeSupport ?? []).map((entry) => ({
      program: entry.program,
      from: monthTr(entry.from),
      to: monthTr(entry.to),
    })),
  };
}

function protectedStatus(values: PersonFormValues): CommittedPersonInput['protectedStatus'] {
  if (!PROTECTED.has(values.citizenship)) return null;
  switch (values.protectedCheck) {
    case 'none':
      return null;
    case 'confirmed':
      return { confirmed: true, provenFrom: null };
    case 'unconfirmed':
      return { confirmed: false, provenFrom: null };
    case 'proven':
      return { confirmed: false, provenFrom: values.provenFrom };
  }
}

export function personRequest(values: PersonFormValues): CommittedPersonInput {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    tckn: values.tckn.trim(),
    citizenship: values.citizenship,
    gender: values.gender,
    birthDate: values.birthDate,
    hiredOn: values.hiredOn,
    employedMonthBeforeAnnouncement: values.employedBefore === 'unknown' ? null : values.employedBefore === 'yes',
    protectedStatus: protectedStatus(values),
    otherProgrammeSupport:
      values.otherSupport.length === 0
        ? null
        : values.otherSupport.map((entry) => ({
            program: entry.program,
            from: monthKey(entry.from) ?? entry.from,
            to: monthKey(entry.to) ?? entry.to,
          })),
  };
}

function otherSupportErrors(values: PersonFormValues): PersonFormErrors['otherSupport'] {
  const errors: Record<number, { from?: string; to?: string }> = {};
  values.otherSupport.forEach((entry, index) => {
    const from = monthKey(entry.from);
    const to = monthKey(entry.to);
    const row: { from?: string; to?: string } = {};
    if (from === null) row.from = S.monthInvalid;
    if (to === null) row.to = S.monthInvalid;
    else if (from !== null && from > to) row.to = S.monthOrder;
    if (row.from !== undefined || row.to !== undefined) errors[index] = row;
  });
  return Object.keys(errors).length === 0 ? undefined : errors;
}

/** The person's request, or the Turkish message of each wrong field (the service checks the TCKN's digits and duplicates). */
export function checkPerson(
  values: PersonFormValues,
): { ok: true; request: CommittedPersonInput } | { ok: false; errors: PersonFormErrors } {
  const request = personRequest(values);
  const otherSupport = otherSupportErrors(values);
  const errors: PersonFormErrors = otherSupport === undefined ? {} : { otherSupport };
  const fieldErrors = errors as Partial<Record<string, string>>;
  const parsed = committedPersonInput.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const top = issue.path[0];
      if (top === 'otherProgrammeSupport') continue;
      const field = top === 'protectedStatus' ? 'provenFrom' : top;
      if (typeof field !== 'string' || field in errors) continue;
      fieldErrors[field] = DATE_FIELDS.has(field)
        ? S.dateRequired
        : request[field as keyof CommittedPersonInput] === ''
          ? S.required
          : issue.message;
    }
  }
  if (errors.hiredOn === undefined && errors.birthDate === undefined && request.hiredOn <= request.birthDate) {
    fieldErrors.hiredOn = S.hiredBeforeBirth;
  }
  return Object.keys(errors).length === 0 ? { ok: true, request } : { ok: false, errors };
}
