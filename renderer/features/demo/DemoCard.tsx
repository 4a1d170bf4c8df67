import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { LoadError } from '../../components/LoadError';
import { useDemoStatus } from './status';
import { DemoRemoveModal } from './DemoRemoveModal';

/** Pengaturan › Data contoh: load the sample beside the office's own data at any time, or remove it. */
export function DemoCard() {
  const { t } = useTranslation();
  const query = useDemoStatus();
  const status = query.data;
  const [loading, setLoading] = useState(false);
  const [removing, setRemoving] = useState(false);

  async function load(): Promise<void> {
    setLoading(true);
    const result = notifyFailure(await call('demo.load', {}));
    setLoading(false);
    if (!result.ok) return;
    notifySuccess(t('demo.loaded'));
  }

  return (
    <Card withBorder data-testid="demo-card">
      <Group gap="xs" mb="xs">
        <IconFlask size={20} aria-hidden />
        <Title order={2} fz="h4">
          {t('demo.title')}
        </Title>
      </Group>
      <Text size="sm" mb="sm">
        {t('demo.settingsIntro')}
      </Text>
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} compact /> : null}
      {status?.loaded ? (
        <>
          <Text size="sm" mb="sm" data-testid="demo-summary">
            {t('demo.loadedSummary', status.counts)}
          </Text>
          <Button variant="light" color="grape" onClick={() => setRemoving(true)}>
            {t('demo.remove')}
          </Button>
          <DemoRemoveModal opened={removing} onClose={() => setRemoving(false)} />
        </>
      ) : (
        <Button
          variant="light"
          color="grape"
          leftSection={<IconFlask size={16} />}
          loading={loading}
          disabled={!status}
          onClick={() => void load()}
        >
          {t('demo.load')}
        </Button>
      )}
    </Card>
  );
}
