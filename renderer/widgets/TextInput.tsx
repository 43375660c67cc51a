import { lazy, Suspense, type Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

// Date fields carry react-aria's calendar machinery: loaded with the first screen that has one, not with the login.
const DateInput = lazy(() => import('./DateInput').then((module) => ({ default: module.DateInput })));

export type TextInputProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly name?: string;
  readonly type?: 'text' | 'password' | 'search' | 'date';
  readonly description?: string;
  readonly errorMessage?: string | undefined;
  readonly isRequired?: boolean;
  readonly autoFocus?: boolean;
  readonly autoComplete?: string;
  readonly inputMode?: 'numeric' | 'text';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly className?: string;
};

/** A labelled text field; its error (from the form's zod schema or the service) is announced with it. */
export function TextInput(props: TextInputProps) {
  if (props.type === 'date') {
    return (
      <Suspense fallback={<span className="field-label">{props.label}</span>}>
        <DateInput
          label={props.label}
          value={props.value}
          onChange={props.onChange}
          description={props.description}
          errorMessage={props.errorMessage}
          isRequired={props.isRequired ?? false}
        />
      </Suspense>
    );
  }
  const invalid = props.errorMessage !== undefined && props.errorMessage !== '';
  return (
    <TextField
      className={`field${props.className === undefined ? '' : ` ${props.className}`}`}
      value={props.value}
      onChange={props.onChange}
      {...(props.onBlur ? { onBlur: props.onBlur } : {})}
      {...(props.name !== undefined ? { name: props.name } : {})}
      type={props.type ?? 'text'}
      isInvalid={invalid}
      isRequired={props.isRequired ?? false}
      autoFocus={props.autoFocus ?? false}
      {...(props.autoComplete !== undefined ? { autoComplete: props.autoComplete } : {})}
      {...(props.inputMode !== undefined ? { inputMode: props.inputMode } : {})}
      {...(props.maxLength !== undefined ? { maxLength: props.maxLength } : {})}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <Input
        className="field-input"
        ref={props.inputRef}
        {...(props.placeholder !== undefined ? { placeholder: props.placeholder } : {})}
      />
      {props.description !== undefined && !invalid ? (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field-error">{props.errorMessage}</FieldError>
    </TextField>
  );
}
