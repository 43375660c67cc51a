import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import type { PersonFormErrors, PersonFormValues } from './person-form';
import { RecordedChecksFields } from './RecordedChecksFields';
import { ITKFDP_STRINGS as S } from './strings';

/** The fields of a committed person, shared by the add form, the edit dialog and the replacement dialog. */
export function PersonFields({
  values,
  errors,
  onChange,
}: {
  readonly values: PersonFormValues;
  readonly errors: PersonFormErrors;
  readonly onChange: (values: PersonFormValues) => void;
}) {
  const set =
    <K extends keyof PersonFormValues>(field: K) =>
    (value: PersonFormValues[K]) => {
      onChange({ ...values, [field]: value });
    };
  return (
    <div className="form-grid">
      <TextInput
        label={S.fields.firstName}
        value={values.firstName}
        onChange={set('firstName')}
        errorMessage={errors.firstName}
        isRequired
      />
      <TextInput label={S.fields.lastName} value={values.lastName} onChange={set('lastName')} errorMessage={errors.lastName} isRequired />
      <TextInput
        label={S.fields.tckn}
        value={values.tckn}
        onChange={set('tckn')}
        errorMessage={errors.tckn}
        inputMode="numeric"
        maxLength={11}
        isRequired
      />
      <SelectField
        label={S.fields.citizenship}
        value={values.citizenship}
        onChange={set('citizenship')}
        options={(['TR', 'GKAS', 'UKSK', 'OTHER'] as const).map((value) => ({ value, label: S.citizenships[value] }))}
      />
      <SelectField
        label={S.fields.gender}
        value={values.gender}
        onChange={set('gender')}
        options={(['F', 'M'] as const).map((value) => ({ value, label: S.genders[value] }))}
      />
      <TextInput
        label={S.fields.birthDate}
        type="date"
        value={values.birthDate}
        onChange={set('birthDate')}
        errorMessage={errors.birthDate}
        isRequired
      />
      <TextInput
        label={S.fields.hiredOn}
        type="date"
        value={values.hiredOn}
        onChange={set('hiredOn')}
        errorMessage={errors.hiredOn}
        isRequired
      />
      <SelectField
        label={S.fields.employedBefore}
        value={values.employedBefore}
        onChange={set('employedBefore')}
        options={(['unknown', 'yes', 'no'] as const).map((value) => ({ value, label: S.employedBefore[value] }))}
      />
      <div className="span-2">
        <RecordedChecksFields values={values} errors={errors} onChange={onChange} />
      </div>
    </div>
  );
}
