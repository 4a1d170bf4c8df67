import { Anchor, Button, Collapse, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { SEARCH_KINDS, type SearchGroup, type SearchKind } from '../../../shared/domain/follow-up';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { Paginator } from '../../components/Paginator';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { HitCard } from './HitCard';
import { openHit } from './open-hit';

const PAGE = 25;
/** Years offered by the filter: the last fifteen, newest first. */
const YEARS = Array.from({ length: 15 }, (_, i) => String(new Date().getFullYear() - i));

function isKind(value: string | undefined): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value ?? '');
}

/** A group: its best hit, and the hits with the same text behind "+N serupa". */
function GroupCard({ group, onOpen }: { group: SearchGroup; onOpen: (hit: SearchGroup['hit']) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const more = group.similarCount - group.similar.length;
  return (
    <HitCard
      hit={group.hit}
      onOpen={() => onOpen(group.hit)}
      similar={
        group.similarCount > 0 ? (
          <>
            <Anchor
              component="button"
              type="button"
              size="xs"
              ml="xs"
              aria-expanded={open}
              className="sirakor-search-similar"
              onClick={() => setOpen((o) => !o)}
            >
              {t('search.similar', { count: group.similarCount })}
            </Anchor>
            <Collapse expanded={open}>
              <Stack gap={0} pl="lg" aria-label={t('search.similarTitle')} className="sirakor-search-members">
                {group.similar.map((hit) => (
                  <HitCard key={`${hit.kind}:${hit.id}`} hit={{ ...hit, snippet: '' }} onOpen={() => onOpen(hit)} />
                ))}
                {more > 0 ? (
                  <Text size="xs" c="dimmed" pl="xs">
                    {t('search.similarMore', { count: more })}
                  </Text>
                ) : null}
              </Stack>
            </Collapse>
          </>
        ) : null
      }
    />
  );
}

/** Every result of a search, filtered by kind, year and area, a page of groups at a time. */
export default function SearchResultsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const params = useParams<{ query?: string; kind?: string }>();
  const [words, setWords] = useState(() => decodeURIComponent(params.query ?? ''));
  const [debounced] = useDebouncedValue(words, 300);
  const [kind, setKind] = useState<SearchKind | undefined>(isKind(params.kind) ? params.kind : undefined);
  const [year, setYear] = useState<number | undefined>();
  const [areaCode, setAreaCode] = useState<string | undefined>();
  const [offset, setOffset] = useState(0);
  const query = debounced.trim();
  const search = useApiQuery(
    'search.page',
    {
      query,
      limit: PAGE,
      offset,
      ...(kind ? { kind } : {}),
      ...(year ? { year } : {}),
      ...(areaCode ? { areaCode } : {}),
    },
    { enabled: Boolean(query), keepPrevious: true },
  );
  const page = query ? search.data : undefined;
  const filtered = Boolean(kind || year || areaCode);
  // Any change of words or filters starts again from the first page.
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  return (
    <Stack gap="sm">
      <Title order={2}>{t('search.pageTitle')}</Title>
      <Group gap="xs" align="flex-end">
        <TextInput
          aria-label={t('search.pageQuery')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={query && search.isFetching ? <Loader size="xs" /> : null}
          value={words}
          onChange={(event) => refilter(setWords)(event.currentTarget.value)}
          style={{ flex: '1 1 260px' }}
        />
        <Select
          aria-label={t('search.filterKind')}
          placeholder={t('search.filterKind')}
          clearable
          data={SEARCH_KINDS.map((value) => ({ value, label: t(`search.kinds.${value}`) }))}
          value={kind ?? null}
          onChange={(value) => refilter(setKind)(isKind(value ?? undefined) ? (value as SearchKind) : undefined)}
          w={160}
        />
        <Select
          aria-label={t('search.filterYear')}
          placeholder={t('search.filterYear')}
          clearable
          data={YEARS}
          value={year ? String(year) : null}
          onChange={(value) => refilter(setYear)(value ? Number(value) : undefined)}
          w={110}
        />
        <RemoteSelect
          aria-label={t('search.filterArea')}
          placeholder={t('search.filterArea')}
          search={searchAnyArea}
          resolve={resolveArea}
          value={areaCode ?? null}
          onChange={(code) => refilter(setAreaCode)(code ?? undefined)}
          w={200}
        />
        {filtered ? (
          <Button
            variant="subtle"
            size="sm"
            onClick={() => {
              setKind(undefined);
              setYear(undefined);
              setAreaCode(undefined);
              setOffset(0);
            }}
          >
            {t('search.clearFilters')}
          </Button>
        ) : null}
      </Group>
      {!query ? (
        <Text size="sm" c="dimmed">
          {t('search.typeToSearch')}
        </Text>
      ) : null}
      {search.isError ? <QueryStatus query={search} /> : null}
      {page ? (
        <Text size="sm" fw={500} aria-live="polite" className="sirakor-search-summary">
          {page.total === 0
            ? filtered
              ? t('search.noneFiltered')
              : t('search.noResults')
            : t('search.pageSummary', { total: page.total, groups: page.groupTotal })}
        </Text>
      ) : query && !search.isError ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : null}
      <Stack gap={4} aria-label={t('search.results')} className="sirakor-search-page">
        {page?.groups.map((group) => (
          <GroupCard key={`${group.hit.kind}:${group.hit.id}`} group={group} onOpen={(hit) => openHit(hit, navigate)} />
        ))}
      </Stack>
      {page ? <Paginator total={page.groupTotal} limit={PAGE} offset={offset} onOffset={setOffset} /> : null}
    </Stack>
  );
}
