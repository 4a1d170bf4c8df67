import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { backupWhen, formatBytes } from './format';

const KIND_COLORS: Record<BackupKind, string> = {
  auto: 'gray',
  quit: 'gray',
  manual: 'indigo',
  'pre-migration': 'grape',
  'pre-restore': 'orange',
};

const NO_ELLIPSIS = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export interface BackupActions {
  onRestore(backup: BackupInfo): void;
  /** Saving a copy and deleting are not offered in recovery (the host refuses them there). */
  onDownload?(backup: BackupInfo): void;
  onDelete?(backup: BackupInfo): void;
  downloadingId?: string | null;
}

function Contents({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation();
  if (!backup.counts)
    return (
      <Text size="sm" c="red">
        {t('backups.countsUnknown')}
      </Text>
    );
  return <Text size="sm">{t('backups.counts', { ...backup.counts })}</Text>;
}

/** The backups, newest first: when, what kind, how large, what is in them, and what can be done. */
export function BackupsTable({
  backups,
  onRestore,
  onDownload,
  onDelete,
  downloadingId,
}: BackupActions & {
  backups: BackupInfo[];
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={t('safety.backups.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('safety.column.date')}</Table.Th>
            <Table.Th>{t('safety.column.kind')}</Table.Th>
            <Table.Th ta="right">{t('safety.column.size')}</Table.Th>
            <Table.Th>{t('safety.column.records')}</Table.Th>
            <Table.Th ta="right">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const when = backupWhen(backup);
            return (
              <Table.Tr key={backup.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {when}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {backup.fileName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* A badge's label is cut with an ellipsis by default; a kind must be read whole. */}
                  <Badge variant="light" color={KIND_COLORS[backup.kind]} styles={NO_ELLIPSIS}>
                    {t(`safety.kind.${backup.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(backup.sizeBytes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Contents backup={backup} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      aria-label={t('backups.restoreOf', { date: when })}
                      onClick={() => onRestore(backup)}
                    >
                      {t('safety.backups.restore')}
                    </Button>
                    {onDownload ? (
                      <Tooltip label={t('safety.backups.saveCopy')}>
                        <ActionIcon
                          variant="default"
                          size="md"
                          aria-label={t('backups.saveCopyOf', { date: when })}
                          loading={downloadingId === backup.id}
                          disabled={Boolean(downloadingId) && downloadingId !== backup.id}
                          onClick={() => onDownload(backup)}
                        >
                          <IconDownload size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                    {onDelete ? (
                      <Tooltip label={t('safety.backups.delete')}>
                        <ActionIcon
                          variant="default"
                          color="red"
                          size="md"
                          aria-label={t('backups.deleteOf', { date: when })}
                          onClick={() => onDelete(backup)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
