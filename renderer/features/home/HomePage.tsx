import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { directoryPath, ROUTES } from '../../app/routes';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../stores/settings';
import { SemesterReportButton } from '../commitments/SemesterReport';
import { apiQuery, queryClient } from '../../api/queries';
import { Dashboard, dashboardInput } from './Dashboard';
import { storedPeriod } from './period-choice';
import { storedScope } from './scope-choice';
import { prefetchCounts, useCounts } from './useCounts';

function CountCard({
  label,
  value,
  href,
  testId,
}: {
  label: string;
  value: number | undefined;
  href: string;
  testId: string;
}) {
  return (
    <Card withBorder component={Link} href={href} padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value === undefined ? '…' : value.toLocaleString('id-ID')}
      </Text>
    </Card>
  );
}

function NextSteps() {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('home.nextSteps')}
      </Text>
      <List spacing="xs" mb="md">
        <List.Item>{t('home.stepDirectory')}</List.Item>
        <List.Item>{t('home.stepMeeting')}</List.Item>
      </List>
      <Group>
        <Button component={Link} href={directoryPath()} variant="light">
          {t('home.openDirectory')}
        </Button>
        <Button component={Link} href={ROUTES.meetings} variant="light">
          {t('home.openMeetings')}
        </Button>
      </Group>
    </Card>
  );
}

/**
 * Called as soon as this module is loaded when the app starts on Beranda: the counts and the
 * dashboard (of the period chosen before) are read at once, not the dashboard after the counts.
 */
export function prefetch(): void {
  prefetchCounts();
  void queryClient.prefetchQuery(apiQuery('dashboard.summary', dashboardInput(storedPeriod(), storedScope())));
}

/** Beranda: the chair's dashboard once commitments exist; until then, what to do first. */
export default function HomePage() {
  const { t } = useTranslation();
  const office = useSettings()?.office;
  const { counts, error, retry } = useCounts();
  return (
    <Stack gap="sm" maw={1400}>
      <PageHeader
        title={t('home.greeting', { office: office?.officeName ?? '' })}
        actions={counts && counts.commitments > 0 ? <SemesterReportButton /> : null}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <CountCard testId="count-meetings" label={t('home.meetings')} value={counts?.meetings} href={ROUTES.meetings} />
        <CountCard
          testId="count-institutions"
          label={t('home.institutions')}
          value={counts?.institutions}
          href={directoryPath()}
        />
        <CountCard
          testId="count-people"
          label={t('home.people')}
          value={counts?.people}
          href={directoryPath('orang')}
        />
      </SimpleGrid>
      {error ? <LoadError error={error} onRetry={retry} /> : null}
      {counts && counts.commitments > 0 ? <Dashboard /> : null}
      {counts && counts.commitments === 0 ? (
        <Alert variant="light" icon={<IconInfoCircle />}>
          {t('home.dashboardPending')}
        </Alert>
      ) : null}
      {counts && counts.meetings === 0 ? <NextSteps /> : null}
    </Stack>
  );
}
