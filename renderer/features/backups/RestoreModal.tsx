import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { backupWhen } from './format';
import type { RestoreFlow } from './useRestore';

/**
 * Asks before a restore and says what happens to the current data: copied aside as a
 * "before restore" backup, or, when it is damaged (recovery), moved aside in the data folder.
 */
export function RestoreModal({ flow, recovery }: { flow: RestoreFlow; recovery: boolean }) {
  const { t } = useTranslation();
  const source = flow.source;
  const body = !source
    ? ''
    : 'backup' in source
      ? t(recovery ? 'backups.recoveryReplace' : 'safety.restore.confirmBody', { date: backupWhen(source.backup) })
      : t(recovery ? 'backups.recoveryReplaceFile' : 'safety.restore.confirmUploadBody', { name: source.file.name });
  return (
    <Modal
      opened={source !== null}
      onClose={flow.cancel}
      title={t('safety.restore.confirmTitle')}
      closeOnClickOutside={!flow.busy}
      closeOnEscape={!flow.busy}
      withCloseButton={!flow.busy}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{body}</Text>
        {recovery ? <Text size="sm">{t('backups.recoveryAside')}</Text> : null}
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} p="xs">
          {t('safety.recovery.lossWarning')}
        </Alert>
        {flow.busy ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {flow.uploadPercent !== null
                ? t('backups.uploading', { percent: flow.uploadPercent })
                : t('safety.restore.working')}
            </Text>
            <Progress
              value={flow.uploadPercent ?? 100}
              animated={flow.uploadPercent === null}
              aria-label={t('backups.progress')}
            />
          </Stack>
        ) : null}
        {flow.error ? (
          <Alert color="red" role="alert">
            {flow.error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={flow.cancel} disabled={flow.busy}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={flow.busy} onClick={() => void flow.run()}>
            {t('safety.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
