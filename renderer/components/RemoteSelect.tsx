import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepAllOptions, useRemoteOptions, type RemoteOption, type RemoteSearch } from './remote-options';
import { SampleMark, SampleWarning } from './sample';

export interface RemoteSelectProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'
> {
  value: string | null;
  onChange: (value: string | null, option: RemoteOption | null) => void;
  search: RemoteSearch;
  /** Loads the label of an initial value that no search has returned yet. */
  resolve?: (value: string) => Promise<RemoteOption | null>;
  /**
   * The label of `value` when the caller already has it (a name read with the record): shown
   * without asking the host, so a list of many selects makes no request per row.
   */
  selectedLabel?: string | null;
  /**
   * Offers to create what was typed when no option has exactly that name: the last option reads
   * `createLabel(query)` and choosing it calls `onCreate(query)` instead of `onChange`.
   */
  create?: { label: (query: string) => string; onCreate: (query: string) => void };
}

const CREATE = '\u0000create';

export function renderRemoteOption({ option }: { option: { value: string; label: string; description?: string } }) {
  return (
    <Stack gap={0}>
      <Text size="sm">
        {option.label}
        <SampleMark id={option.value} />
      </Text>
      {option.description ? (
        <Text size="xs" c="dimmed">
          {option.description}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A searchable select whose options come from the host as the user types. */
export function RemoteSelect({ value, onChange, search, resolve, selectedLabel, create, ...props }: RemoteSelectProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const { options, loading, known, remember } = useRemoteOptions(search, query, opened);

  const given = value && selectedLabel ? selectedLabel : null;
  useEffect(() => {
    if (!value || known.has(value) || given || !resolve) return;
    let cancelled = false;
    void resolve(value).then((option) => {
      if (option && !cancelled) remember([option]);
    });
    return () => {
      cancelled = true;
    };
  }, [value, known, remember, resolve, given]);

  const data = useMemo(() => {
    const list = [...options];
    const selected = value ? (known.get(value) ?? (given ? { value, label: given } : undefined)) : undefined;
    if (selected && !list.some((o) => o.value === selected.value)) list.unshift(selected);
    const typed = query.trim();
    const exact = list.some((o) => o.label.toLocaleLowerCase() === typed.toLocaleLowerCase());
    // Offered once the search for what was typed has answered, below its results: a quick Enter
    // picks an existing entry rather than starting a new one.
    if (create && typed && !loading && !exact && typed !== selected?.label) {
      list.push({ value: CREATE, label: create.label(typed) });
    }
    return list;
  }, [options, value, known, given, create, query, loading]);

  return (
    <Select
      {...props}
      searchable
      clearable={props.clearable ?? !props.required}
      // Choosing the selected option again must not empty a required field.
      allowDeselect={props.allowDeselect ?? !props.required}
      data={data}
      value={value}
      filter={keepAllOptions}
      onSearchChange={setQuery}
      onDropdownOpen={() => setOpened(true)}
      onChange={(next) => {
        if (next === CREATE) create?.onCreate(query.trim());
        else
          onChange(next, next ? (known.get(next) ?? (next === value && given ? { value, label: given } : null)) : null);
      }}
      nothingFoundMessage={loading ? t('app.loading') : t('common.noMatch')}
      renderOption={renderRemoteOption}
      inputContainer={(input) => (
        <>
          {input}
          <SampleWarning id={value} name={value ? (known.get(value)?.label ?? given ?? undefined) : undefined} />
        </>
      )}
    />
  );
}
