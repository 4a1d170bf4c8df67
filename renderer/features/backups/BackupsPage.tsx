import { Anchor, Button, Card, Progress, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BackupInfo } from '../../../shared/domain/backups';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { notifyFailure } from '../../hooks/notify';
import { useAppInfo } from '../../stores/settings';
import { ROUTES } from '../../app/routes';
import { BackupCreatedModal } from './BackupCreatedModal';
import { BackupsTable } from './BackupsTable';
import { DeleteBackupModal } from './DeleteBackupModal';
import { PickFileButton } from './PickFileButton';
import { RestoreModal } from './RestoreModal';
import { RestoreReportPanel } from './RestoreReportPanel';
import { useDownload } from './useDownload';
import { isCancelled, runJob } from '../jobs/run-job';
import { useRestore } from './useRestore';

/**
 * Pengaturan → Cadangan data: the copies in the data folder, a copy now (then saved to a USB stick),
 * and restores from a listed copy or a picked file. A restore announces every entity as changed,
 * so the other screens reload on their own.
 */
export default function BackupsPage() {
  const { t } = useTranslation();
  // Creating, deleting and restoring announce `backups` as changed: the list reads itself again.
  const list = useApiQuery('backups.list', {});
  const download = useDownload();
  const dataDir = useAppInfo()?.dataDir ?? null;
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<BackupInfo | null>(null);
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);
  const restore = useRestore(() => undefined, { asJob: true });

  async function create(): Promise<void> {
    setCreating(true);
    // A job: copied with progress and Batal in the notices, which stay if the user leaves this page.
    const ended = await runJob({ kind: 'backup', input: {} });
    setCreating(false);
    if (!ended.ok) {
      if (!isCancelled(ended)) notifyFailure(ended);
      return;
    }
    const result = ended.value.result;
    const list = notifyFailure(await call('backups.list', {}));
    const backup = list.ok && result?.kind === 'backup' ? list.value.find((each) => each.id === result.backupId) : null;
    if (backup) setCreated(backup);
  }

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} href={ROUTES.settings} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('backups.back')}
      </Anchor>
      <PageHeader
        title={t('safety.backups.title')}
        actions={
          <>
            <PickFileButton variant="default" onPick={(file) => restore.ask({ file })} />
            <Button leftSection={<IconDatabaseExport size={16} />} loading={creating} onClick={() => void create()}>
              {t('safety.backups.backupNow')}
            </Button>
          </>
        }
      />
      {restore.report ? (
        <RestoreReportPanel
          report={restore.report}
          dataDir={dataDir}
          action={
            <Button variant="default" size="xs" onClick={restore.dismissReport}>
              {t('common.close')}
            </Button>
          }
        />
      ) : null}
      <Stack gap={4}>
        <Text size="sm">{t('safety.backups.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('safety.backups.retention')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('safety.backups.notIncluded')}
        </Text>
        {dataDir ? (
          <Text size="sm" c="dimmed">
            {t('safety.backups.folder')}: <code>{`${dataDir}${dataDir.includes('\\') ? '\\' : '/'}backups`}</code>
          </Text>
        ) : null}
      </Stack>
      {download.downloadingId ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {download.percent === null ? t('backups.copying') : t('backups.downloading', { percent: download.percent })}
          </Text>
          <Progress
            value={download.percent ?? 100}
            animated={download.percent === null}
            striped={download.percent === null}
            aria-label={t('backups.progress')}
          />
        </Stack>
      ) : null}
      <Card withBorder p={list.data ? 0 : 'md'}>
        <Loaded query={list}>
          {(backups) =>
            backups.length === 0 ? (
              <Text m="md" c="dimmed">
                {t('safety.backups.empty')}
              </Text>
            ) : (
              <BackupsTable
                backups={backups}
                onRestore={(backup) => restore.ask({ backup })}
                onDownload={(backup) => void download.save(backup)}
                onDelete={setDeleting}
                downloadingId={download.downloadingId}
              />
            )
          }
        </Loaded>
      </Card>
      <BackupCreatedModal
        backup={created}
        saving={download.downloadingId !== null}
        onSave={(backup) => void download.save(backup).then((saved) => saved && setCreated(null))}
        onClose={() => setCreated(null)}
      />
      <DeleteBackupModal backup={deleting} onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
      <RestoreModal flow={restore} recovery={false} />
    </Stack>
  );
}
