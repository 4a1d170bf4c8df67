import { TextInput, type TextInputProps } from '@mantine/core';
import { parseClock } from '../../shared/format/parse-clock';

/**
 * A time of day typed as text (`09.00`, `9`, `0930`), normalised to `HH:MM` when the field is left
 * and shown the Indonesian way, `09.00`, like every printed time. Unlike the native time input it
 * is always 24-hour, whatever the computer's locale.
 */
export function ClockInput({
  value,
  onChange,
  onCommit,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** Called when the field is left, with the normalised time (or the text as typed if it is not one). */
  onCommit?: (value: string) => void;
}) {
  return (
    <TextInput
      {...props}
      value={value.replace(/^(\d{2}):(\d{2})$/, '$1.$2')}
      inputMode="numeric"
      placeholder={props.placeholder ?? '09.00'}
      maxLength={5}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const typed = event.currentTarget.value;
        const parsed = parseClock(typed);
        if (parsed) onChange(parsed);
        props.onBlur?.(event);
        onCommit?.(parsed ?? typed);
      }}
    />
  );
}
