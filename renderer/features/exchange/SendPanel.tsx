import { Alert, Button, Checkbox, Group, Progress, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconLock, IconLockOpen, IconPackageExport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRecipient, KnownOffice } from '../../../shared/domain/exchange';
import { progressShare, type JobProgress } from '../../../shared/domain/jobs';
import type { FileDownload } from '../../../shared/domain/files';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { formatLocalTimestamp } from '../../format/local-time';
import { notifyFailure } from '../../hooks/notify';
import { formatBytes } from '../backups/format';
import { saveDownload } from '../commitments/files';
import { isCancelled, jobFile, runJob } from '../jobs/run-job';
import { useStillShown } from '../jobs/use-still-shown';
import { call } from '../../api/client';
import { countsText, formatCount } from './counts';

const ANY = 'any';

/**
 * Kirim data: the recipient (a trusted office, or any office with the warning that the package is
 * not encrypted), since the last package or everything, contacts and files on request with their
 * size, and what the package will carry before it is made. The package is made by a job (progress,
 * Batal) and saved like any file a job writes.
 */
export function SendPanel() {
  const offices = useApiQuery('exchange.offices', {});
  return <Loaded query={offices}>{(list) => <SendForm offices={list.filter((office) => office.canReceive)} />}</Loaded>;
}

function SendForm({ offices }: { offices: KnownOffice[] }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string>(offices[0]?.id ?? ANY);
  const [everything, setEverything] = useState(false);
  const [includeContacts, setIncludeContacts] = useState(false);
  const [includeFiles, setIncludeFiles] = useState(false);
  const folder = useApiQuery('exchange.folder', {});
  const folderPath = folder.data?.available ? folder.data.path : null;
  const [toFolder, setToFolder] = useState(true);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [made, setMade] = useState<FileDownload | null>(null);
  const abort = useRef<AbortController | null>(null);
  const stillShown = useStillShown();
  const recipient: ExportRecipient = target === ANY ? { kind: 'any' } : { kind: 'office', officeId: target };
  const input = { recipient, everything, includeContacts, includeFiles };
  const summary = useApiQuery('exchange.exportSummary', input, { keepPrevious: true });
  const chosen = offices.find((office) => office.id === target) ?? null;

  async function create(): Promise<void> {
    abort.current = new AbortController();
    setMade(null);
    setProgress({ done: 0, total: null });
    const ended = await runJob(
      { kind: 'exchangeExport', input: { ...input, toFolder: folderPath !== null && toFolder } },
      { signal: abort.current.signal, onProgress: setProgress },
    );
    // The user went elsewhere: the job's notice offers the package (Simpan berkas).
    if (!stillShown.current) return;
    const result = ended.ok ? await jobFile(ended.value.id) : ended;
    // This page shows the package and saves it: the corner notice would only repeat it.
    if (ended.ok) void call('jobs.dismiss', { id: ended.value.id });
    setProgress(null);
    abort.current = null;
    if (!result.ok) {
      if (!isCancelled(result)) notifyFailure(result);
      return;
    }
    setMade(result.value);
    saveDownload(result.value);
  }

  const share = progress ? progressShare(progress) : null;
  return (
    <Stack gap="md" maw={760}>
      <Select
        label={t('exchangeData.send.recipient')}
        data={[
          ...offices.map((office) => ({
            value: office.id,
            label: office.areaName ? `${office.name} (${office.areaName})` : office.name,
          })),
          { value: ANY, label: t('exchangeData.send.anyOffice') },
        ]}
        value={target}
        onChange={(value) => value && setTarget(value)}
        allowDeselect={false}
        data-testid="exchange-recipient"
      />
      {offices.length === 0 ? <Text size="sm">{t('exchangeData.send.noOffices')}</Text> : null}
      {chosen ? (
        <Alert color="teal" icon={<IconLock size={18} />} data-testid="exchange-encrypted">
          {t('exchangeData.send.encrypted', { office: chosen.name })}
        </Alert>
      ) : (
        <Alert color="orange" icon={<IconLockOpen size={18} />} data-testid="exchange-unencrypted">
          {t('exchangeData.send.unencrypted')}
        </Alert>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('exchangeData.send.scope')}
        </Text>
        <SegmentedControl
          value={everything ? 'everything' : 'since'}
          onChange={(value) => setEverything(value === 'everything')}
          data={[
            { value: 'since', label: t('exchangeData.send.sinceLast') },
            { value: 'everything', label: t('exchangeData.send.everything') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {summary.data ? (
          <Text size="xs" c="dimmed">
            {summary.data.lastSentAt
              ? t('exchangeData.send.lastSent', { at: formatLocalTimestamp(summary.data.lastSentAt) })
              : t('exchangeData.send.neverSent')}
          </Text>
        ) : null}
      </Stack>
      <Checkbox
        checked={includeContacts}
        onChange={(event) => setIncludeContacts(event.currentTarget.checked)}
        label={t('exchangeData.send.includeContacts')}
        description={t('exchangeData.send.includeContactsHint')}
      />
      <Checkbox
        checked={includeFiles}
        onChange={(event) => setIncludeFiles(event.currentTarget.checked)}
        label={
          summary.data && summary.data.files > 0
            ? t('exchangeData.send.includeFiles', {
                size: formatBytes(summary.data.fileBytes),
                count: summary.data.files,
              })
            : t('exchangeData.send.includeFilesNone')
        }
        data-testid="exchange-include-files"
      />
      {folderPath ? (
        <Checkbox
          checked={toFolder}
          onChange={(event) => setToFolder(event.currentTarget.checked)}
          label={t('exchangeData.folder.toFolder', { path: folderPath })}
        />
      ) : null}
      <Loaded query={summary}>
        {(data) => (
          <Stack gap={4} data-testid="exchange-summary">
            <Text size="sm" fw={500}>
              {t('exchangeData.send.summaryTitle')}
            </Text>
            {data.records === 0 ? (
              <Text size="sm">{data.lastSentAt ? t('exchangeData.send.empty') : t('exchangeData.send.introduce')}</Text>
            ) : (
              <>
                <Text size="sm">
                  {t('exchangeData.send.summaryRecords', { count: data.records, total: formatCount(data.records) })}:{' '}
                  {countsText(data.counts)}
                </Text>
                {data.firstAt && data.lastAt ? (
                  <Text size="xs" c="dimmed">
                    {t('exchangeData.send.summaryRange', {
                      from: formatLocalTimestamp(data.firstAt),
                      to: formatLocalTimestamp(data.lastAt),
                    })}
                  </Text>
                ) : null}
              </>
            )}
          </Stack>
        )}
      </Loaded>
      {progress ? (
        <Stack gap={4}>
          <Progress
            value={share === null ? 100 : share * 100}
            animated={share === null}
            striped={share === null}
            aria-label={t('exchangeData.send.creating')}
          />
          <Group justify="space-between">
            <Text size="sm">{t('exchangeData.send.creating')}</Text>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => abort.current?.abort()}>
              {t('exchangeData.send.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button
            leftSection={<IconPackageExport size={18} />}
            onClick={() => void create()}
            // Nothing new for a recipient that has had a package: nothing to send. A first package, even an
            // empty one, introduces this office (its keys and kode) to the other.
            disabled={!summary.data || (summary.data.records === 0 && !everything && summary.data.lastSentAt !== null)}
          >
            {t('exchangeData.send.create')}
          </Button>
        </Group>
      )}
      {made ? (
        <Alert color="green" data-testid="exchange-made">
          <Stack gap="xs">
            <Text size="sm">{t('exchangeData.send.saved', { file: made.fileName })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => saveDownload(made)}
            >
              {t('exchangeData.send.saveAgain')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
