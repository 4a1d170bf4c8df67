import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconShieldQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PackageInspection } from '../../../shared/domain/exchange';
import { KodeDigits } from '../../components/KodeDigits';

/**
 * The first package of an office, or one with new keys: its kode verifikasi in the same large
 * digit groups as Pengaturan → Identitas kantor shows on the sender's screen, to compare by phone.
 */
export function TrustStep({
  inspection,
  onTrust,
  onDecline,
}: {
  inspection: PackageInspection;
  onTrust: () => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const { sender } = inspection;
  const changed = inspection.status === 'key-changed';
  return (
    <Alert
      color={changed ? 'red' : 'yellow'}
      icon={<IconShieldQuestion size={20} />}
      title={changed ? t('exchangeData.receive.keyChangedTitle') : t('exchangeData.receive.trustTitle')}
      data-testid="exchange-trust"
    >
      <Stack gap="sm">
        <Text size="sm">
          {changed
            ? t('exchangeData.receive.keyChangedText', {
                office: sender.name,
                previousKode: inspection.previousKode ?? '',
              })
            : t('exchangeData.receive.trustText', { office: sender.name })}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('exchangeData.receive.kodeLabel')}
          </Text>
          <KodeDigits kode={sender.kode} label={sender.kode} testId="exchange-sender-kode" />
        </Stack>
        <Group>
          <Button onClick={onTrust} data-testid="exchange-trust-accept">
            {t('exchangeData.receive.trust')}
          </Button>
          <Button variant="default" onClick={onDecline}>
            {t('exchangeData.receive.decline')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
