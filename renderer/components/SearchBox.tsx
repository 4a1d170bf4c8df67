import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The search box above a list: what is typed shows at once, the list is asked after a pause. When
 * the search is set from elsewhere (filters cleared, a search hit opening the list), the box shows it.
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  w = 280,
  delay = 250,
}: {
  value: string;
  onSearch: (query: string) => void;
  placeholder?: string;
  w?: number;
  delay?: number;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  const search = useDebouncedCallback(onSearch, delay);
  if (value !== applied) {
    setApplied(value);
    if (value !== text && value !== text.trim()) setText(value);
  }
  return (
    <TextInput
      aria-label={t('common.search')}
      placeholder={placeholder ?? t('common.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      w={w}
    />
  );
}
