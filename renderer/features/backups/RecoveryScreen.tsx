import { Alert, Badge, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/domain/backups';
import { queryClient } from '../../api/queries';
import { useAppInfo } from '../../stores/settings';
import { BackupsTable } from './BackupsTable';
import { backupWhen } from './format';
import { PickFileButton } from './PickFileButton';
import { RestoreModal } from './RestoreModal';
import { RestoreReportPanel } from './RestoreReportPanel';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { useRestore } from './useRestore';

/**
 * Shown instead of the app when the database failed its check at start: what happened in plain
 * words, the latest good backup in one click, the other backups, and a file from a USB stick.
 * After a restore it shows what came back, then opens the app.
 */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const list = useApiQuery('backups.list', {});
  const restore = useRestore(() => undefined);
  const dataDir = useAppInfo()?.dataDir ?? null;
  const [opening, setOpening] = useState(false);
  const latest = status.latestGoodBackup;

  async function openApp(): Promise<void> {
    setOpening(true);
    // Everything is read again from the restored database, the check at start included.
    await queryClient.invalidateQueries();
    setOpening(false);
  }

  return (
    <Center mih="100%" p="xl" bg="gray.0">
      <Stack gap="lg" w="100%" maw={960} data-testid="recovery-screen">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <IconDatabaseOff size={40} color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
          <Stack gap={6}>
            <Title order={1} fz={24}>
              {t('safety.recovery.title')}
            </Title>
            <Text>{t('safety.recovery.body')}</Text>
            <Text size="sm" c="dimmed">
              {status.reason === 'not-a-database'
                ? t('safety.recovery.reasonNotDatabase')
                : t('safety.recovery.reasonCorrupt')}
            </Text>
          </Stack>
        </Group>

        {restore.report ? (
          <RestoreReportPanel
            report={restore.report}
            dataDir={dataDir}
            action={
              <Button loading={opening} onClick={() => void openApp()}>
                {t('backups.openApp')}
              </Button>
            }
          />
        ) : (
          <>
            {latest ? (
              <Card withBorder shadow="xs" padding="lg">
                <Stack gap="xs">
                  <Group gap="xs">
                    <Text fw={600}>{t('safety.recovery.latestGood', { date: backupWhen(latest) })}</Text>
                    <Badge variant="light">{t(`safety.kind.${latest.kind}`)}</Badge>
                  </Group>
                  {latest.counts ? <Text size="sm">{t('backups.counts', { ...latest.counts })}</Text> : null}
                  <Text size="sm" c="dimmed">
                    {t('safety.recovery.lossWarning')}
                  </Text>
                  <Group mt="xs">
                    <Button
                      size="md"
                      color="orange"
                      leftSection={<IconRestore size={18} />}
                      onClick={() => restore.ask({ backup: latest })}
                    >
                      {t('safety.recovery.restoreLatest')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ) : (
              <Alert color="red" title={t('backups.noGoodBackupTitle')}>
                {t('safety.recovery.noBackup')}
              </Alert>
            )}

            <Card withBorder padding="lg">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={4}>{t('safety.recovery.chooseOther')}</Title>
                  <PickFileButton
                    variant="default"
                    label={t('safety.recovery.chooseFile')}
                    onPick={(file) => restore.ask({ file })}
                  />
                </Group>
                <Text size="sm" c="dimmed">
                  {t('backups.otherHint')}
                </Text>
                <Loaded query={list}>
                  {(backups) => {
                    const others = backups.filter((b) => b.id !== latest?.id);
                    return others.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('backups.noOtherBackups')}
                      </Text>
                    ) : (
                      <BackupsTable backups={others} onRestore={(backup) => restore.ask({ backup })} />
                    );
                  }}
                </Loaded>
              </Stack>
            </Card>
            {dataDir ? (
              <Text size="xs" c="dimmed">
                {t('backups.dataFolder')}: <code>{dataDir}</code>
              </Text>
            ) : null}
          </>
        )}
      </Stack>
      <RestoreModal flow={restore} recovery />
    </Center>
  );
}
