import { Anchor, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit, SearchKind } from '../../../shared/domain/follow-up';
import { searchPath } from '../../app/routes';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { HitCard } from './HitCard';
import { openHit } from './open-hit';

const SHOWN = 50;

/**
 * The groups of what was typed; the previous ones stay shown while the next search runs. The
 * total is asked apart, after the hits: counting walks every match, and the hits matter first.
 */
function useSearch(query: string) {
  const typed = Boolean(query.trim());
  const search = useApiQuery('search.query', { query, limit: SHOWN }, { enabled: typed, keepPrevious: true });
  const groups = typed ? (search.data ?? []) : [];
  const count = useApiQuery('search.count', { query }, { enabled: typed && search.isSuccess });
  return { search, groups, total: typed ? count.data : undefined, loading: typed && search.isFetching };
}

/**
 * One search box over meetings, agenda, minutes, decisions, commitments, people and plan rows
 * (Ctrl+K or /). Reopened, it keeps the last words selected, so typing starts a new search.
 */
export function SearchModal({ opened, onOpen, onClose }: { opened: boolean; onOpen: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const { search, groups, total, loading } = useSearch(debounced);
  useHotkeys([
    ['mod+K', onOpen],
    ['/', onOpen],
  ]);

  function choose(hit: SearchHit): void {
    onClose();
    openHit(hit, navigate);
  }

  function seeAll(kind?: SearchKind): void {
    onClose();
    navigate(searchPath(query, kind));
  }

  const shownWords = debounced.trim();
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
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && groups[0]) choose(groups[0].hit);
        }}
      />
      {shownWords && groups.length > 0 ? (
        <Group justify="space-between" mt="xs" gap="xs" wrap="nowrap">
          <Text size="sm" fw={500} aria-live="polite" className="sirakor-search-total">
            {total === undefined ? '\u00a0' : t('search.total', { count: total })}
          </Text>
          <Anchor component="button" type="button" size="sm" onClick={() => seeAll()}>
            {t('search.seeAll')}
          </Anchor>
        </Group>
      ) : null}
      <Stack gap={4} mt="xs" aria-label={t('search.results')} role="listbox">
        {search.isError ? <QueryStatus query={search} /> : null}
        {shownWords && !loading && !search.isError && groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('search.noResults')}
          </Text>
        ) : null}
        {groups.map(({ hit, similarCount }) => (
          <HitCard
            key={`${hit.kind}:${hit.id}`}
            option
            hit={hit}
            onOpen={() => choose(hit)}
            similar={
              similarCount > 0 ? (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  ml="xs"
                  className="sirakor-search-similar"
                  onClick={() => seeAll(hit.kind)}
                >
                  {t('search.similar', { count: similarCount })}
                </Anchor>
              ) : null
            }
          />
        ))}
        {groups.length === SHOWN ? (
          <Anchor component="button" type="button" size="sm" onClick={() => seeAll()}>
            {t('search.seeAll')}
          </Anchor>
        ) : null}
      </Stack>
    </Modal>
  );
}
