import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { TextInput, type TextInputProps } from './TextInput';

type FormFieldProps<T extends FieldValues> = Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'errorMessage' | 'name'> & {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  /** An error from outside the form's schema (a live check by the service). */
  readonly extraError?: string | undefined;
};

/** A text field bound to react-hook-form; its error comes from the contract's zod schema. */
export function FormField<T extends FieldValues>({ control, name, extraError, ...rest }: FormFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...rest}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          errorMessage={fieldState.error?.message ?? extraError}
        />
      )}
    />
  );
}
