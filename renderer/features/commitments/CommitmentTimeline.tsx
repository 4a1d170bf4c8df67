import { Anchor, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDetail, EvidenceFile, ProgressUpdate } from '../../../shared/domain/follow-up';
import type { HistoryItem } from '../../../shared/domain/history';
import { translateMessage } from '../../i18n';
import { formatDate } from '../../format/dates';
import { call } from '../../api/client';
import { historyMessage } from '../../format/history-message';
import { formatLocalTimestamp } from '../../format/local-time';
import { notifyFailure } from '../../hooks/notify';
import { saveDownload } from './files';

type Entry = { at: string; update: ProgressUpdate } | { at: string; history: HistoryItem };

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function EvidenceLink({ file }: { file: EvidenceFile }) {
  async function download(): Promise<void> {
    const result = notifyFailure(await call('evidence.download', { id: file.id }));
    if (result.ok) saveDownload(result.value);
  }
  return (
    <Anchor component="button" type="button" size="xs" onClick={() => void download()}>
      <Group gap={4} wrap="nowrap">
        <IconFileDownload size={14} />
        {file.originalName} ({formatSize(file.sizeBytes)})
      </Group>
    </Anchor>
  );
}

function UpdateItem({ update }: { update: ProgressUpdate }) {
  const { t } = useTranslation();
  const reporter = update.reportedByName ?? update.reportedByText;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {[
          update.statusAfter ? t(`commitmentStatus.${update.statusAfter}`) : null,
          update.percent !== null ? `${update.percent}%` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {update.note ? <Text size="sm">{update.note}</Text> : null}
      <Text size="xs" c="dimmed">
        {[
          reporter ? t('progress.by', { name: reporter }) : null,
          update.reportedByInstitutionName
            ? t('progress.viaForm', { institution: update.reportedByInstitutionName })
            : null,
          update.meetingTitle ? t('progress.inMeeting', { title: update.meetingTitle }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {update.evidence.map((file) => (
        <EvidenceLink key={file.id} file={file} />
      ))}
    </Stack>
  );
}

/** Progress reports and every recorded change, newest first. */
export function CommitmentTimeline({ detail }: { detail: CommitmentDetail }) {
  const { t } = useTranslation();
  const entries: Entry[] = [
    ...detail.updates.map((update) => ({ at: update.createdAt, update })),
    ...detail.history.map((history) => ({ at: history.at, history })),
    // In the order things were recorded, newest first; a report shows the date it is about.
  ].sort((a, b) => (a.at < b.at ? 1 : -1));
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="commitment-timeline">
      {entries.map((entry) =>
        'update' in entry ? (
          <Timeline.Item
            key={`u-${entry.update.id}`}
            title={t('progress.updateOn', { date: formatDate(entry.update.reportedOn) })}
          >
            <UpdateItem update={entry.update} />
          </Timeline.Item>
        ) : (
          <Timeline.Item key={`h-${entry.history.id}`} title={translateMessage(historyMessage(entry.history))}>
            <Text size="xs" c="dimmed">
              {formatLocalTimestamp(entry.history.at)}
            </Text>
          </Timeline.Item>
        ),
      )}
    </Timeline>
  );
}
