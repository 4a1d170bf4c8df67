import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepAllOptions, useRemoteOptions, type RemoteOption, type RemoteSearch } from './remote-options';
import { renderRemoteOption } from './RemoteSelect';

export interface RemoteMultiSelectProps extends Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'
> {
  value: string[];
  onChange: (value: string[]) => void;
  search: RemoteSearch;
  /** Loads labels of initial values that no search has returned yet. */
  resolve?: (value: string) => Promise<RemoteOption | null>;
}

/** A multi-select whose options come from the host as the user types (e.g. the areas of a meeting). */
export function RemoteMultiSelect({ value, onChange, search, resolve, ...props }: RemoteMultiSelectProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const { options, loading, known, remember } = useRemoteOptions(search, query, opened);

  useEffect(() => {
    const missing = value.filter((v) => !known.has(v));
    if (missing.length === 0 || !resolve) return;
    let cancelled = false;
    void Promise.all(missing.map(resolve)).then((found) => {
      if (!cancelled) remember(found.filter((option): option is RemoteOption => option !== null));
    });
    return () => {
      cancelled = true;
    };
  }, [value, known, remember, resolve]);

  const data = useMemo(() => {
    const list = [...options];
    for (const selected of value) {
      const option = known.get(selected);
      if (option && !list.some((o) => o.value === selected)) list.push(option);
    }
    return list;
  }, [options, value, known]);

  return (
    <MultiSelect
      {...props}
      searchable
      data={data}
      value={value}
      filter={keepAllOptions}
      searchValue={query}
      onSearchChange={setQuery}
      onDropdownOpen={() => setOpened(true)}
      onChange={(next) => {
        onChange(next);
        setQuery('');
      }}
      nothingFoundMessage={loading ? t('app.loading') : t('common.noMatch')}
      renderOption={renderRemoteOption}
    />
  );
}
