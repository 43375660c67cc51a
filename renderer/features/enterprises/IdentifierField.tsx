import { TextInput } from '../../widgets/TextInput';
import { useIdentifierCheck, type IdentifierType } from './use-identifier-check';
import { WIZARD_STRINGS as S } from './wizard-strings';

/** A field whose value the service checks while it is typed: the rules' message below it, green or red. */
export function IdentifierField({
  type,
  label,
  hint,
  value,
  onChange,
  formError,
  inputMode,
  isRequired,
}: {
  readonly type: IdentifierType;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly formError?: string | undefined;
  readonly inputMode?: 'numeric' | 'text';
  readonly isRequired?: boolean;
}) {
  const check = useIdentifierCheck(type, value);
  const error = formError ?? (check.state === 'invalid' ? check.message : undefined);
  const description = check.state === 'valid' ? `✓ ${check.message}` : check.state === 'checking' ? S.checking : hint;
  return (
    <div className={`identifier-field identifier-${check.state}`}>
      <TextInput
        label={label}
        value={value}
        onChange={onChange}
        description={description}
        errorMessage={error}
        isRequired={isRequired ?? false}
        {...(inputMode === undefined ? {} : { inputMode })}
      />
    </div>
  );
}
