import { Anchor, Card, Group, List, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconArrowLeft, IconSearch, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PrivacyPerson } from '../../../shared/domain/privacy';
import { ROUTES } from '../../app/routes';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { Paginator } from '../../components/Paginator';
import { EraseModal } from './EraseModal';
import { PrivacyPeopleTable } from './PrivacyPeopleTable';
import { PrivacySummaryCard } from './PrivacySummaryCard';
import { usePrivacy, type PrivacyScope } from './usePrivacy';

const SCOPES: readonly PrivacyScope[] = ['all', 'active', 'deleted'];

/**
 * "Data pribadi": what personal data Sirakor holds and why (UU 27/2022), how much of it, and the
 * erasure of one person's personal data while their meeting records stay whole.
 */
export default function PrivacyPage() {
  const { t } = useTranslation();
  const { summary, page, error, loading, filters, setFilters } = usePrivacy();
  const [search, setSearch] = useState(filters.query);
  const [erasing, setErasing] = useState<PrivacyPerson | null>(null);
  const applySearch = useDebouncedCallback((query: string) => setFilters({ query }), 250);

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

      <PrivacySummaryCard summary={summary} />

      <Card withBorder>
        <Title order={4} mb="sm">
          {t('privacy.listTitle')}
        </Title>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('common.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={280}
          />
          <SegmentedControl
            aria-label={t('privacy.scope.label')}
            value={filters.scope}
            onChange={(value) => setFilters({ scope: value as PrivacyScope })}
            data={SCOPES.map((scope) => ({ value: scope, label: t(`privacy.scope.${scope}`) }))}
          />
        </Group>
        <ListState
          loading={loading}
          error={error}
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
