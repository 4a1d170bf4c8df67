import { Alert, Anchor, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { KeyProblem } from '../../../shared/domain/office-identity';
import { EXCHANGE_ERRORS } from '../../../shared/exchange/errors';
import { useApiQuery } from '../../api/queries';
import { EXCHANGE_TABS, exchangePath, ROUTES, type ExchangeTab } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { translateMessage } from '../../i18n';
import { HistoryPanel } from './HistoryPanel';
import { ReceivePanel } from './ReceivePanel';
import { SendPanel } from './SendPanel';

/**
 * Pertukaran data (issue 11): Kirim data, Terima data and Riwayat, each with its address (a job's
 * notice opens Riwayat on the report of the import it made). While the office's keys cannot be used
 * (Pengaturan says why), the page says so and offers nothing that would fail.
 */
export default function ExchangePage() {
  const { t } = useTranslation();
  const params = useParams<{ tab?: string; entry?: string }>();
  const [, navigate] = useLocation();
  const tab: ExchangeTab = EXCHANGE_TABS.find((value) => value === params.tab) ?? 'kirim';
  const identity = useApiQuery('exchange.identity', {});
  const keys = identity.data?.keys;
  const problem = keys?.state === 'problem' ? translateMessage({ key: problemKey(keys.reason) }) : null;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={t('exchangeData.title')} />
      <Text size="sm" c="dimmed" maw={760}>
        {t('exchangeData.intro')}
      </Text>
      {problem ? (
        <Alert color="red" data-testid="exchange-unavailable">
          <Stack gap={4}>
            <Text size="sm">{t('exchangeData.unavailable', { reason: problem })}</Text>
            <Anchor component={Link} href={ROUTES.settings} size="sm">
              {t('exchangeData.openSettings')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => value && navigate(exchangePath(value as ExchangeTab), { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="kirim">{t('exchangeData.tabs.send')}</Tabs.Tab>
            <Tabs.Tab value="terima">{t('exchangeData.tabs.receive')}</Tabs.Tab>
            <Tabs.Tab value="riwayat">{t('exchangeData.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="kirim">
            <SendPanel />
          </Tabs.Panel>
          <Tabs.Panel value="terima">
            <ReceivePanel />
          </Tabs.Panel>
          <Tabs.Panel value="riwayat">
            <HistoryPanel openEntryId={tab === 'riwayat' ? (params.entry ?? null) : null} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

/** The message of a key problem; a damaged office id has the identity's own. */
function problemKey(reason: KeyProblem): string {
  return reason === 'OFFICE_ID_INVALID' ? 'error.officeIdentity.unavailable' : EXCHANGE_ERRORS[reason].key;
}
