import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGION_DATA_SOURCE } from '../../../shared/domain/app';
import { useAppInfo } from '../../stores/settings';

/** Version, where the data lives, and the credit the region list's licence asks for. */
export function AboutCard() {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('settings.about')}
      </Title>
      <Stack gap={4}>
        <Text size="sm">
          {t('app.name')} — {t('app.tagline')}
        </Text>
        {info ? (
          <>
            <Text size="sm">
              {t('settings.version', { version: info.version })} ·{' '}
              {t('settings.schema', { schema: info.schemaVersion })}
            </Text>
            <Text size="sm">
              {t('settings.host')}: {info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostPreview')}
            </Text>
            <Text size="sm">
              {t('settings.dataDir')}: <code>{info.dataDir}</code>
            </Text>
            <Text size="sm">
              {t('settings.databaseFile')}: <code>{info.databaseFile}</code>
            </Text>
            <Text size="sm">{t('settings.regions', { count: info.regionCount })}</Text>
          </>
        ) : null}
        <Text size="sm" c="dimmed" mt="xs">
          {t('settings.regionCredit', {
            decree: REGION_DATA_SOURCE.decree,
            name: REGION_DATA_SOURCE.name,
            licence: REGION_DATA_SOURCE.licence,
            copyright: REGION_DATA_SOURCE.copyright,
          })}{' '}
          <code>{REGION_DATA_SOURCE.url}</code>
        </Text>
      </Stack>
    </Card>
  );
}
