import { Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import {
  DASHBOARD_PERIOD_KINDS,
  periodsInYear,
  type DashboardPeriod,
  type DashboardPeriodKind,
} from '../../../shared/domain/dashboard-period';
import { SEARCH_KINDS, type SearchGroup, type SearchKind } from '../../../shared/domain/follow-up';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { Paginator } from '../../components/Paginator';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { HitCard } from './HitCard';
import { SimilarToggle } from './SimilarToggle';
import { openHit } from './open-hit';

const PAGE = 25;
/** Years offered by the filter: the last fifteen, newest first. */
const YEARS = Array.from({ length: 15 }, (_, i) => String(new Date().getFullYear() - i));

function isKind(value: string | undefined): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value ?? '');
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** The parts of a year the period filter offers: the whole year, its semesters, its quarters. */
const PERIOD_PARTS = DASHBOARD_PERIOD_KINDS.flatMap((kind) =>
  Array.from({ length: periodsInYear(kind) }, (_, i) => `${kind}-${i + 1}`),
);

/** `semester-2` of 2020 → the second semester of 2020. */
function periodOf(year: number, part: string): DashboardPeriod {
  const [kind, index] = part.split('-');
  return { kind: kind as DashboardPeriodKind, year, index: Number(index) };
}

/** The similar hits of a group, opened under its best hit. */
export function SimilarHits({
  hits,
  more,
  onOpen,
}: {
  hits: SearchGroup['similar'];
  /** How many more there are than shown. */
  more: number;
  onOpen: (hit: SearchGroup['hit']) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} pl="lg" aria-label={t('search.similarTitle')} className="sirakor-search-members">
      {hits.map((hit) => (
        <HitCard key={`${hit.kind}:${hit.id}`} hit={{ ...hit, snippet: '' }} onOpen={() => onOpen(hit)} />
      ))}
      {more > 0 ? (
        <Text size="xs" c="dimmed" pl="xs">
          {t('search.similarMore', { count: more })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A group: its best hit, and the hits with the same text behind "+N serupa". */
function GroupCard({ group, onOpen }: { group: SearchGroup; onOpen: (hit: SearchGroup['hit']) => void }) {
  const more = group.similarCount - group.similar.length;
  return (
    <HitCard
      hit={group.hit}
      onOpen={() => onOpen(group.hit)}
      similar={
        group.similarCount > 0 ? (
          <SimilarToggle
            count={group.similarCount}
            members={() => <SimilarHits hits={group.similar} more={more} onOpen={onOpen} />}
          />
        ) : null
      }
    />
  );
}

/** Every result of a search, filtered by kind, period, area and office, a page of groups at a time. */
export default function SearchResultsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const params = useParams<{ query?: string; kind?: string }>();
  const [words, setWords] = useState(() => decodeURIComponent(params.query ?? ''));
  const [kind, setKind] = useState<SearchKind | undefined>(isKind(params.kind) ? params.kind : undefined);
  const [offset, setOffset] = useState(0);
  const [debounced] = useDebouncedValue(words, 300);
  const [year, setYear] = useState<number | undefined>();
  const [part, setPart] = useState('year-1');
  const [areaCode, setAreaCode] = useState<string | undefined>();
  const [officeId, setOfficeId] = useState<string | undefined>();
  // Another search asked from the box while this page is open starts again: its words and kind, no filter.
  const [route, setRoute] = useState({ query: params.query, kind: params.kind });
  if (route.query !== params.query || route.kind !== params.kind) {
    setRoute({ query: params.query, kind: params.kind });
    setWords(decodeURIComponent(params.query ?? ''));
    setKind(isKind(params.kind) ? params.kind : undefined);
    setYear(undefined);
    setPart('year-1');
    setAreaCode(undefined);
    setOfficeId(undefined);
    setOffset(0);
  }
  // Offered only when the database holds records of more than one office (the host says none else).
  const offices = useApiQuery('search.offices', {}).data ?? [];
  const query = debounced.trim();
  const search = useApiQuery(
    'search.page',
    {
      query,
      limit: PAGE,
      offset,
      ...(kind ? { kind } : {}),
      ...(year ? { period: periodOf(year, part) } : {}),
      ...(areaCode ? { areaCode } : {}),
      ...(officeId ? { officeId } : {}),
    },
    { enabled: Boolean(query), keepPrevious: true },
  );
  const page = query ? search.data : undefined;
  const filtered = Boolean(kind || year || areaCode || officeId);
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
        {year ? (
          <Select
            aria-label={t('searchFilters.part')}
            data={PERIOD_PARTS.map((value) => {
              const [kind, index] = value.split('-');
              return {
                value,
                label: t(`dashboard.periodPart.${kind as DashboardPeriodKind}`, { part: ROMAN[Number(index) - 1] }),
              };
            })}
            value={part}
            allowDeselect={false}
            onChange={(value) => value && refilter(setPart)(value)}
            w={130}
          />
        ) : null}
        <RemoteSelect
          aria-label={t('search.filterArea')}
          placeholder={t('search.filterArea')}
          search={searchAnyArea}
          resolve={resolveArea}
          value={areaCode ?? null}
          onChange={(code) => refilter(setAreaCode)(code ?? undefined)}
          w={200}
        />
        {offices.length > 1 ? (
          <Select
            aria-label={t('searchFilters.office')}
            placeholder={t('searchFilters.office')}
            clearable
            data={offices.map((office) => ({ value: office.id, label: office.name }))}
            value={officeId ?? null}
            onChange={(value) => refilter(setOfficeId)(value ?? undefined)}
            w={200}
          />
        ) : null}
        {filtered ? (
          <Button
            variant="subtle"
            size="sm"
            onClick={() => {
              setKind(undefined);
              setYear(undefined);
              setPart('year-1');
              setAreaCode(undefined);
              setOfficeId(undefined);
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
