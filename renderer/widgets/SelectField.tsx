import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';

export type SelectOption<T extends string> = { readonly value: T; readonly label: string };

/** A labelled single choice (react-aria Select: keyboard, type-ahead, screen reader). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  isDisabled,
}: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
  readonly isDisabled?: boolean;
}) {
  return (
    <Select
      className="field select"
      value={value}
      isDisabled={isDisabled ?? false}
      onChange={(key: Key | null) => {
        const found = options.find((option) => option.value === key);
        if (found) onChange(found.value);
      }}
    >
      <Label className="field-label">{label}</Label>
      <Button className="field-input select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options.map((option) => ({ id: option.value, label: option.label }))}>
          {(item) => (
            <ListBoxItem className="listbox-item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
