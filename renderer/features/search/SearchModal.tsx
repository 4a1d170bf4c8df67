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
import { SimilarToggle } from './SimilarToggle';
import { openHit } from './open-hit';

const SHOWN = 50;
/** Similar hits listed in the box when "+N serupa" is opened; the results page lists them all. */
const SIMILAR_SHOWN = 10;

/**
 * The groups of what was typed; the previous ones stay shown while the next search runs. The
 * total is asked apart, after the hits: counting walks every match, and the hits matter first.
 */
function useSearch(query: string) {
  const typed = Boolean(query.trim());
  const search = useApiQuery('search.query', { query, limit: SHOWN }, { enabled: typed, keepPrevious: true });
  const groups = typed ? (search.data ?? []) : [];
  const count = useApiQuery('search.count', { query }, { enabled: typed && search.isSuccess });
  // The words the groups shown were found with: while the next words load, the groups are the last ones'.
  const [wordsOfGroups, setWordsOfGroups] = useState('');
  if (search.isSuccess && !search.isPlaceholderData && wordsOfGroups !== query) setWordsOfGroups(query);
  return { search, groups, wordsOfGroups, total: typed ? count.data : undefined, loading: typed && search.isFetching };
}

/**
 * The hits with the same text as a group's best one, asked when "+N serupa" opens (the box only
 * counts them), each opening its own record.
 */
function SimilarMembers({
  query,
  hit,
  onChoose,
  onSeeAll,
}: {
  query: string;
  hit: SearchHit;
  onChoose: (hit: SearchHit) => void;
  onSeeAll: () => void;
}) {
  const { t } = useTranslation();
  const similar = useApiQuery('search.similar', { query, kind: hit.kind, id: hit.id, limit: SIMILAR_SHOWN });
  if (similar.isError) return <QueryStatus query={similar} />;
  if (!similar.data)
    return (
      <Text size="xs" c="dimmed" pl="lg">
        {t('searchFilters.similarLoading')}
      </Text>
    );
  // None: the data changed since the box counted them.
  if (similar.data.total === 0)
    return (
      <Text size="xs" c="dimmed" pl="lg">
        {t('search.noResults')}
      </Text>
    );
  return (
    <>
      <Stack gap={0} pl="lg" role="list" aria-label={t('search.similarTitle')} className="sirakor-search-members">
        {similar.data.hits.map((member) => (
          <HitCard
            key={`${member.kind}:${member.id}`}
            listed
            hit={{ ...member, snippet: '' }}
            onOpen={() => onChoose(member)}
          />
        ))}
      </Stack>
      {similar.data.total > similar.data.hits.length ? (
        <Anchor component="button" type="button" size="xs" pl="lg" onClick={onSeeAll}>
          {t('searchFilters.similarOnPage', { count: similar.data.total })}
        </Anchor>
      ) : null}
    </>
  );
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
  const { search, groups, wordsOfGroups, total, loading } = useSearch(debounced);
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
      {search.isError ? <QueryStatus query={search} /> : null}
      {shownWords && !loading && !search.isError && groups.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('search.noResults')}
        </Text>
      ) : null}
      {/* A list of buttons (a listbox holds options only, and a group has its "+N serupa" control). */}
      <Stack gap={4} mt="xs" aria-label={t('search.results')} role="list">
        {groups.map((group) => (
          <HitCard
            key={`${group.hit.kind}:${group.hit.id}`}
            listed
            hit={group.hit}
            onOpen={() => choose(group.hit)}
            similar={
              group.similarCount > 0 ? (
                <SimilarToggle
                  count={group.similarCount}
                  members={() => (
                    <SimilarMembers
                      // The words the groups were found with, not those being typed since.
                      query={wordsOfGroups}
                      hit={group.hit}
                      onChoose={choose}
                      onSeeAll={() => seeAll(group.hit.kind)}
                    />
                  )}
                />
              ) : null
            }
          />
        ))}
      </Stack>
      {groups.length === SHOWN ? (
        <Anchor component="button" type="button" size="sm" mt="xs" onClick={() => seeAll()}>
          {t('search.seeAll')}
        </Anchor>
      ) : null}
    </Modal>
  );
}
