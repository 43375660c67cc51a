import { committedPersonInput, type CommittedPersonInput } from '../../../electron/contract/itkfdp';
import { ITKFDP_STRINGS as S } from './strings';

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
};

export type PersonFormErrors = Partial<Record<keyof PersonFormValues, string>>;

export const EMPTY_PERSON: PersonFormValues = {
  firstName: '',
  lastName: '',
  tckn: '',
  citizenship: 'TR',
  gender: 'F',
  birthDate: '',
  hiredOn: '',
  employedBefore: 'unknown',
};

const DATE_FIELDS = new Set(['birthDate', 'hiredOn']);

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
  };
}

/** The person's request, or the Turkish message of each wrong field (the service checks the TCKN's digits and duplicates). */
export function checkPerson(
  values: PersonFormValues,
): { ok: true; request: CommittedPersonInput } | { ok: false; errors: PersonFormErrors } {
  const request = personRequest(values);
  const parsed = committedPersonInput.safeParse(request);
  const errors: PersonFormErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || field in errors) continue;
      const key = field as keyof PersonFormValues;
      errors[key] = DATE_FIELDS.has(field)
        ? S.dateRequired
        : request[field as keyof CommittedPersonInput] === ''
          ? S.required
          : issue.message;
    }
  }
  if (errors.hiredOn === undefined && errors.birthDate === undefined && request.hiredOn <= request.birthDate) {
    errors.hiredOn = S.hiredBeforeBirth;
  }
  return Object.keys(errors).length === 0 ? { ok: true, request } : { ok: false, errors };
}
