import { Badge, Group, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../shared/domain/follow-up';
import { formatDate } from '../../format/dates';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { openHit } from './open-hit';
import { Snippet } from './Snippet';

/** The hits of what was typed; the previous hits stay shown while the next search runs. */
function useSearch(query: string) {
  const typed = Boolean(query.trim());
  const search = useApiQuery('search.query', { query, limit: 50 }, { enabled: typed, keepPrevious: true });
  return { search, hits: typed ? (search.data ?? []) : [], loading: typed && search.isFetching };
}

/** One search box over meetings, agenda, minutes, decisions, commitments, people and plan rows (Ctrl+K or /). */
export function SearchModal({ opened, onOpen, onClose }: { opened: boolean; onOpen: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const { search, hits, loading } = useSearch(debounced);
  useHotkeys([
    ['mod+K', onOpen],
    ['/', onOpen],
  ]);

  function choose(hit: SearchHit): void {
    onClose();
    openHit(hit, navigate);
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('search.title')} size="xl" yOffset="8vh">
      <TextInput
        data-autofocus
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={loading ? <Loader size="xs" /> : null}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && hits[0]) choose(hits[0]);
        }}
      />
      <Stack gap={4} mt="sm" role="listbox" aria-label={t('search.results')}>
        {search.isError ? <QueryStatus query={search} /> : null}
        {debounced.trim() && !loading && !search.isError && hits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('search.noResults')}
          </Text>
        ) : null}
        {hits.map((hit) => (
          <UnstyledButton
            key={`${hit.kind}:${hit.id}`}
            role="option"
            aria-selected={false}
            onClick={() => choose(hit)}
            p="xs"
            className="sirakor-search-hit"
          >
            <Group gap="xs" wrap="nowrap">
              <Badge size="sm" variant="light" w={110}>
                {t(`search.kinds.${hit.kind}`)}
              </Badge>
              <Text size="sm" fw={500} lineClamp={1}>
                {hit.title}
              </Text>
            </Group>
            <Snippet text={hit.snippet} />
            {hit.planTitle ? (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {hit.planTitle}
              </Text>
            ) : null}
            {hit.meetingTitle && hit.kind !== 'meeting' ? (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {hit.meetingTitle}
                {hit.meetingDate ? ` · ${formatDate(hit.meetingDate)}` : ''}
              </Text>
            ) : null}
          </UnstyledButton>
        ))}
      </Stack>
    </Modal>
  );
}
