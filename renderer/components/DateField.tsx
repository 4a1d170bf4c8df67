import { ActionIcon, CloseButton, Group, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, readDate } from '../../shared/format/parse-date';
import { i18next, translateMessage } from '../i18n';

/**
 * The value of a date field: `YYYY-MM-DD` when the text is a date, the text itself when it is not
 * (so a form never drops or silently replaces what was typed), null when empty.
 */
export type DateFieldValue = string | null;

/** The value of what was typed: the date it names, or the text as typed, or null. */
export function dateValueOf(text: string): DateFieldValue {
  const reading = readDate(text);
  if (reading.ok) return reading.date;
  return text.trim() ? text : null;
}

/** Why a date field's value is not a date (translated), or null when it is one or is empty. */
export function dateFieldProblem(value: DateFieldValue): string | null {
  if (value === null || isIsoDate(value)) return null;
  const reading = readDate(value);
  if (reading.ok) return null;
  const { key, params = {} } = reading.problem;
  // A month past whose end the day lies is named in the user's language.
  const month = key === 'dateInput.pastMonthEnd' ? Number(params.month) : null;
  const named = month
    ? {
        ...params,
        month: dayjs(new Date(2000, month - 1, 1))
          .locale(i18next.language)
          .format('MMMM'),
      }
    : params;
  return translateMessage({ key, params: named });
}

/**
 * A date typed the Indonesian way (`17/10/2025`, `17 Oktober 2025`) or picked from a calendar
 * (click, the calendar button, or Alt+↓). Text that is not a date stays as typed, with the
 * reason under the field once the field is left. Esc closes the calendar only: the dialog the
 * field is in stays open (Mantine's modals skip an Esc whose target says it owns a popup).
 */
export function DateField({
  value,
  onChange,
  valueFormat = 'D MMMM YYYY',
  clearable = false,
  error,
  onBlur,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: DateFieldValue;
  onChange: (value: DateFieldValue) => void;
  /** dayjs format of a date when the field is not being typed in. */
  valueFormat?: string;
  clearable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = (date: string) => dayjs(date).locale(i18n.language).format(valueFormat);
  const shown = (v: DateFieldValue) => (v === null ? '' : isIsoDate(v) ? format(v) : v);
  const [text, setText] = useState(() => shown(value));
  const [opened, setOpened] = useState(false);
  const [left, setLeft] = useState(false);
  // The value this field last reported: only a value from elsewhere (a reset, the calendar) rewrites the text.
  const emitted = useRef<DateFieldValue>(value);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(shown(value));
    // `shown` only depends on the language, which re-renders the field anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function emit(next: DateFieldValue): void {
    emitted.current = next;
    onChange(next);
  }

  function type(next: string): void {
    setText(next);
    setLeft(false);
    emit(dateValueOf(next));
  }

  function pick(date: string | null): void {
    setOpened(false);
    setText(date ? format(date) : '');
    setLeft(false);
    emit(date);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape' && opened) setOpened(false);
    else if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      setOpened(true);
    }
    props.onKeyDown?.(event);
  }

  const problem = left ? dateFieldProblem(value) : null;
  const calendarDate = value && isIsoDate(value) ? value : undefined;
  return (
    // No popup roles on the text box (a textbox may not carry aria-expanded); the calendar only helps typing.
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      trapFocus={false}
      returnFocus={false}
      withRoles={false}
    >
      <Popover.Target>
        <TextInput
          {...props}
          ref={input}
          value={text}
          error={problem ?? error}
          autoComplete="off"
          // Mantine's Modal and Drawer (and FormGuard) leave an Esc alone when its target carries this flag.
          data-mantine-stop-propagation={opened || undefined}
          onChange={(event) => type(event.currentTarget.value)}
          onClick={(event) => {
            setOpened(true);
            props.onClick?.(event);
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // Clicks in the calendar keep the focus here; leaving the field closes it.
            setOpened(false);
            setLeft(true);
            if (value !== null && isIsoDate(value)) setText(format(value));
            onBlur?.(event);
          }}
          rightSectionWidth={clearable && text ? 56 : 32}
          rightSection={
            <Group gap={0} wrap="nowrap">
              {clearable && text ? (
                <CloseButton size="sm" tabIndex={-1} aria-label={t('dateInput.clear')} onClick={() => pick(null)} />
              ) : null}
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                tabIndex={-1}
                aria-label={t('dateInput.openCalendar')}
                onClick={() => setOpened(true)}
              >
                <IconCalendar size={16} />
              </ActionIcon>
            </Group>
          }
        />
      </Popover.Target>
      <Popover.Dropdown onMouseDown={(event) => event.preventDefault()}>
        <DatePicker
          key={calendarDate ?? 'today'}
          defaultDate={calendarDate}
          value={calendarDate ?? null}
          onChange={(date) => pick(date)}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
