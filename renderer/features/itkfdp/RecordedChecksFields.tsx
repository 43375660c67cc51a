import { useId } from 'react';
import { Button } from '../../widgets/Button';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import type { OtherSupportValues, PersonFormErrors, PersonFormValues, ProtectedCheck } from './person-form';
import { ITKFDP_STRINGS as S } from './strings';

const PROTECTED_CHECKS: readonly ProtectedCheck[] = ['none', 'confirmed', 'unconfirmed', 'proven'];
const PROGRAMMES: readonly OtherSupportValues['program'][] = ['ITKFDP-I', 'FRIT-II-ITKDP'];

/**
 * What is recorded about a committed person after the list is approved too: the GKAS/UKSK status check of the first
 * paid period and its proof (MADDE 14(22), 14(23)), and other employment-commitment programmes' support (MADDE 9(12)).
 */
export function RecordedChecksFields({
  values,
  errors,
  onChange,
}: {
  readonly values: PersonFormValues;
  readonly errors: PersonFormErrors;
  readonly onChange: (values: PersonFormValues) => void;
}) {
  const titleId = useId();
  const protectedDeclared = values.citizenship === 'GKAS' || values.citizenship === 'UKSK';
  const setRow = (index: number, row: OtherSupportValues) => {
    onChange({ ...values, otherSupport: values.otherSupport.map((old, at) => (at === index ? row : old)) });
  };
  return (
    <div className="stack" role="group" aria-labelledby={titleId}>
      <h4 id={titleId}>{S.checksTitle}</h4>
      {protectedDeclared ? (
        <div className="form-grid">
          <SelectField
            label={S.protectedCheck}
            value={values.protectedCheck}
            onChange={(protectedCheck) => {
              onChange({ ...values, protectedCheck });
            }}
            options={PROTECTED_CHECKS.map((value) => ({ value, label: S.protectedChecks[value] }))}
          />
          {values.protectedCheck === 'proven' ? (
            <TextInput
              label={S.provenFrom}
              type="date"
              value={values.provenFrom}
              onChange={(provenFrom) => {
                onChange({ ...values, provenFrom });
              }}
              errorMessage={errors.provenFrom}
              isRequired
            />
          ) : null}
        </div>
      ) : (
        <p className="muted">{S.protectedOnlyGkasUksk}</p>
      )}
      <p className="field-label">{S.otherSupportTitle}</p>
      {values.otherSupport.length === 0 ? <p className="muted">{S.otherSupportEmpty}</p> : null}
      {values.otherSupport.map((row, index) => (
        // The rows have no identity of their own: a row is its place in the list.
        <div className="form-grid" key={index}>
          <SelectField
            label={S.otherProgramme}
            value={row.program}
            onChange={(program) => {
              setRow(index, { ...row, program });
            }}
            options={PROGRAMMES.map((value) => ({ value, label: S.otherProgrammes[value] }))}
          />
          <TextInput
            label={S.supportFrom}
            value={row.from}
            placeholder="03.2025"
            inputMode="numeric"
            maxLength={7}
            onChange={(from) => {
              setRow(index, { ...row, from });
            }}
            errorMessage={errors.otherSupport?.[index]?.from}
            isRequired
          />
          <TextInput
            label={S.supportTo}
            value={row.to}
            placeholder="02.2027"
            inputMode="numeric"
            maxLength={7}
            onChange={(to) => {
              setRow(index, { ...row, to });
            }}
            errorMessage={errors.otherSupport?.[index]?.to}
            isRequired
          />
          <div className="span-2 button-row">
            <Button
              variant="quiet"
              onPress={() => {
                onChange({ ...values, otherSupport: values.otherSupport.filter((_row, at) => at !== index) });
              }}
            >
              {S.removeOtherSupport(index + 1)}
            </Button>
          </div>
        </div>
      ))}
      {values.otherSupport.length >= 4 ? null : (
        <div className="button-row">
          <Button
            onPress={() => {
              onChange({ ...values, otherSupport: [...values.otherSupport, { program: 'ITKFDP-I', from: '', to: '' }] });
            }}
          >
            {S.addOtherSupport}
          </Button>
        </div>
      )}
    </div>
  );
}
