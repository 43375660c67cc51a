import { CheckboxButton, CheckboxField } from 'react-aria-components';

/** A labelled checkbox (react-aria: the whole label is the target, keyboard Space toggles it). */
export function CheckboxInput({
  label,
  isSelected,
  onChange,
}: {
  readonly label: string;
  readonly isSelected: boolean;
  readonly onChange: (selected: boolean) => void;
}) {
  return (
    <CheckboxField isSelected={isSelected} onChange={onChange}>
      <CheckboxButton className="checkbox">
        <span className="checkbox-box" aria-hidden="true" />
        {label}
      </CheckboxButton>
    </CheckboxField>
  );
}
