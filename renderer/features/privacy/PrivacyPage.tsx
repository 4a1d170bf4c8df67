import { Anchor, Card, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PrivacyPerson } from '../../../shared/domain/privacy';
import { useApiQuery } from '../../api/queries';
import { ROUTES } from '../../app/routes';
import { QueryStatus } from '../../components/LoadError';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { Paginator } from '../../components/Paginator';
import { SearchBox } from '../../components/SearchBox';
import { EraseModal } from './EraseModal';
import { PrivacyPeopleTable } from './PrivacyPeopleTable';
import { PrivacySummaryCard } from './PrivacySummaryCard';
type PrivacyScope = 'all' | 'active' | 'deleted';

const SCOPES: readonly PrivacyScope[] = ['all', 'active', 'deleted'];

/**
 * "Data pribadi": what personal data Sirakor holds and why (UU 27/2022), how much of it, and the
 * erasure of one person's personal data while their meeting records stay whole.
 */
export default function PrivacyPage() {
  const { t } = useTranslation();
  const [filters, setFiltersState] = useState({ query: '', scope: 'all' as PrivacyScope, limit: 50, offset: 0 });
  const setFilters = (patch: Partial<typeof filters>) =>
    setFiltersState((current) => ({ ...current, offset: 0, ...patch }));
  // Both read people and meetings: an erase here or an edit in the directory refreshes them.
  const summary = useApiQuery('privacy.summary', {});
  const people = useApiQuery('privacy.people', filters, { keepPrevious: true });
  const page = people.data;
  const [erasing, setErasing] = useState<PrivacyPerson | null>(null);

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} href={ROUTES.settings} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('privacy.back')}
      </Anchor>
      <PageHeader title={t('privacy.title')} />

      <Card withBorder>
        <Group gap="xs" mb="xs" wrap="nowrap">
          <IconShieldLock size={20} />
          <Title order={4}>{t('privacy.aboutTitle')}</Title>
        </Group>
        <List size="sm" spacing={6}>
          <List.Item>{t('privacy.aboutHeld')}</List.Item>
          <List.Item>
            <Text span size="sm" fw={600}>
              {t('privacy.aboutNoNik')}
            </Text>
          </List.Item>
          <List.Item>{t('privacy.aboutProtection')}</List.Item>
          <List.Item>{t('privacy.aboutTyped')}</List.Item>
        </List>
        <Text size="xs" c="dimmed" mt="sm">
          {t('privacy.aboutLaw')}
        </Text>
      </Card>

      {summary.isError ? <QueryStatus query={summary} /> : <PrivacySummaryCard summary={summary.data ?? null} />}

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('privacy.listTitle')}
        </Title>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <SearchBox value={filters.query} onSearch={(query) => setFilters({ query })} />
          <SegmentedControl
            aria-label={t('privacy.scope.label')}
            value={filters.scope}
            onChange={(value) => setFilters({ scope: value as PrivacyScope })}
            data={SCOPES.map((scope) => ({ value: scope, label: t(`privacy.scope.${scope}`) }))}
          />
        </Group>
        <ListState
          query={people}
          total={page?.total}
          filtered={Boolean(filters.query) || filters.scope !== 'all'}
          emptyText={t('privacy.empty')}
          icon={<IconShieldLock size={32} />}
        />
        {page && page.total > 0 ? (
          <>
            <PrivacyPeopleTable people={page.items} onErase={setErasing} />
            <Paginator
              total={page.total}
              limit={filters.limit}
              offset={filters.offset}
              onOffset={(offset) => setFilters({ offset })}
            />
          </>
        ) : null}
      </Card>

      <EraseModal person={erasing} onClose={() => setErasing(null)} />
    </Stack>
  );
}
