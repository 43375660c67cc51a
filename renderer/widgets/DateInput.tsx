import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput as AriaDateInput, DateSegment, FieldError, Label, Text } from 'react-aria-components';

function parsed(value: string): CalendarDate | null {
  try {
    return value === '' ? null : parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A date typed in Turkish order (31.03.2026, from the tr-TR I18nProvider), whatever language the browser's own date
 * widget speaks; the value stays an ISO date ("2026-03-31") as the contract carries it.
 */
export function DateInput({
  label,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso: string) => void;
  readonly description?: string | undefined;
  readonly errorMessage?: string | undefined;
  readonly isRequired?: boolean;
}) {
  const invalid = errorMessage !== undefined && errorMessage !== '';
  return (
    <DateField
      className="field"
      value={parsed(value)}
      onChange={(date) => {
        onChange(date === null ? '' : date.toString());
      }}
      isRequired={isRequired ?? false}
      isInvalid={invalid}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <AriaDateInput className="field-input date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </AriaDateInput>
      {description !== undefined && !invalid ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </DateField>
  );
}
