import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/backups';
import { call } from '../../api/client';
import { errorText } from './error-text';
import { backupWhen } from './format';

/** Asks before deleting a backup file; the host's refusal is shown in the dialog. */
export function DeleteBackupModal({
  backup,
  onDeleted,
  onClose,
}: {
  backup: BackupInfo | null;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setError(null);
    onClose();
  }

  async function confirm(target: BackupInfo): Promise<void> {
    setBusy(true);
    const result = await call('backups.delete', { id: target.id });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    setError(null);
    onDeleted();
  }

  return (
    <Modal opened={backup !== null} onClose={close} title={t('backups.deleteTitle')}>
      {backup ? (
        <Stack gap="sm">
          <Text size="sm">{t('safety.backups.deleteConfirm', { date: backupWhen(backup) })}</Text>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm(backup)}>
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
