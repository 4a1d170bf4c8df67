import { Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/id';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { LoadError } from '../components/LoadError';
import { useSettingsQuery } from '../stores/settings';
import { SetupScreen } from '../features/settings/setup/SetupScreen';
import { RecoveryScreen } from '../features/backups/RecoveryScreen';
import { Shell } from './Shell';

/** First run asks for the office; afterwards the navigation shell. */
export function App() {
  const { t } = useTranslation();
  const settings = useSettingsQuery();
  // Whether the database passed its check at start; a host that cannot say lets the app start as usual.
  const status = useApiQuery('app.status', {});

  // A database that failed its check at start: only a restore can help (issue 7).
  if (status.data?.state === 'recovery') return <RecoveryScreen status={status.data} />;
  if (settings.isError && !settings.data && !status.isPending) {
    return (
      <Center h="100%" p="xl">
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      </Center>
    );
  }
  if (!settings.data || status.isPending) {
    return (
      <Center h="100%">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <DatesProvider settings={{ locale: settings.data.language, firstDayOfWeek: 1 }}>
      {settings.data.office ? <Shell office={settings.data.office} /> : <SetupScreen />}
    </DatesProvider>
  );
}
