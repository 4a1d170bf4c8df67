import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/backups';
import { backupWhen } from './format';

/** After "Cadangkan sekarang": the copy is made; offer to save it to a USB stick or another disk. */
export function BackupCreatedModal({
  backup,
  saving,
  onSave,
  onClose,
}: {
  backup: BackupInfo | null;
  saving: boolean;
  onSave: (backup: BackupInfo) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={backup !== null} onClose={onClose} title={t('backups.createdTitle')}>
      {backup ? (
        <Stack gap="sm">
          <Text size="sm">{t('safety.backups.created', { date: backupWhen(backup) })}</Text>
          <Text size="sm">{t('safety.backups.saveCopyHint')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('backups.later')}
            </Button>
            <Button leftSection={<IconDownload size={16} />} loading={saving} onClick={() => onSave(backup)}>
              {t('safety.backups.saveCopy')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
