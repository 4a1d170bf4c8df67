import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { useDemoStatus } from './useDemoStatus';

/** Sample data is always marked as such, with a way to remove exactly it and nothing else. */
export function DemoBanner() {
  const { t } = useTranslation();
  const status = useDemoStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!status?.loaded) return null;

  async function remove(): Promise<void> {
    setBusy(true);
    const result = notifyFailure(await call('demo.remove', {}));
    setBusy(false);
    setConfirming(false);
    if (result.ok) notifySuccess(t('demo.removed'));
  }

  return (
    <>
      <Alert color="grape" variant="light" icon={<IconFlask />} mb="md" data-testid="demo-banner">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">{t('demo.banner')}</Text>
          <Button size="xs" variant="light" color="grape" onClick={() => setConfirming(true)}>
            {t('demo.remove')}
          </Button>
        </Group>
      </Alert>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('demo.remove')}>
        <Text mb="md">{t('demo.removeConfirm')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="grape" loading={busy} onClick={() => void remove()}>
            {t('demo.remove')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
