import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { backupWhen } from './format';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/LoadError';

/** On Pengaturan: when the last copy was taken, and the way to the backups screen. */
export function BackupsCard() {
  const { t } = useTranslation();
  const list = useApiQuery('backups.list', {});
  const backups = list.data;
  const latest = backups?.[0] ?? null;
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('safety.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('safety.backups.intro')}
      </Text>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} compact />
      ) : (
        <Text size="sm" mb="sm">
          {latest
            ? t('backups.latest', { date: backupWhen(latest), kind: t(`safety.kind.${latest.kind}`) })
            : backups
              ? t('safety.backups.empty')
              : ''}
        </Text>
      )}
      <Group>
        <Button component={Link} href={ROUTES.backups} variant="light" leftSection={<IconDatabase size={16} />}>
          {t('backups.manage')}
        </Button>
      </Group>
    </Card>
  );
}
