import { Alert, Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/id';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../i18n';
import { useSettings } from '../stores/settings';
import { SetupScreen } from '../features/setup/SetupScreen';
import { RecoveryScreen } from '../features/backups/RecoveryScreen';
import { useAppStatus } from '../features/backups/status-store';
import { Shell } from './Shell';

/** First run asks for the office; afterwards the navigation shell. */
export function App() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const error = useSettings((s) => s.error);
  const load = useSettings((s) => s.load);
  const status = useAppStatus((s) => s.status);
  const statusChecked = useAppStatus((s) => s.checked);
  const loadStatus = useAppStatus((s) => s.load);

  useEffect(() => {
    void load();
    void loadStatus();
  }, [load, loadStatus]);

  // A database that failed its check at start: only a restore can help (issue 7).
  if (status?.state === 'recovery') return <RecoveryScreen status={status} />;
  if (error && statusChecked) {
    return (
      <Center h="100%" p="xl">
        <Alert color="red" title={t('error.loadFailed')} maw={520}>
          {translateMessage(error)}
        </Alert>
      </Center>
    );
  }
  if (!settings || !statusChecked) {
    return (
      <Center h="100%">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <DatesProvider settings={{ locale: settings.language, firstDayOfWeek: 1 }}>
      {settings.office ? <Shell office={settings.office} /> : <SetupScreen />}
    </DatesProvider>
  );
}
