import { Group, Paper, Text, Textarea } from '@mantine/core';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { call } from '../../../../api/client';
import { ClockInput } from '../../../../components/ClockInput';
import { notifyFailure } from '../../../../hooks/notify';
import { useAutosavedText } from '../../../../hooks/useAutosavedText';
import { handleSectionJump } from './minutes-keys';

/** The conclusion (kesimpulan) and the time the chair closed the meeting. */
// Memoised: opening agenda items above must not resize its text boxes again (each forces a layout).
export const SummaryPanel = memo(function SummaryPanel({
  workspace,
  locked,
}: {
  workspace: MeetingWorkspace;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const { meeting } = workspace;
  const [closing, setClosing] = useState(meeting.closingTime ?? '');
  const savedClosing = useRef(meeting.closingTime ?? '');
  const summary = useAutosavedText(`summary.${meeting.id}`, meeting.summary ?? '', async (text) => {
    const result = await call('meetings.updateSummary', { id: meeting.id, summary: text });
    return notifyFailure(result).ok;
  });

  async function saveClosing(time: string): Promise<void> {
    // Compared with what this field saved last: the workspace may not have reloaded since.
    if (time === savedClosing.current) return;
    const result = notifyFailure(await call('meetings.updateSummary', { id: meeting.id, closingTime: time || null }));
    if (result.ok) savedClosing.current = time;
  }

  return (
    <Paper withBorder p="sm" data-minutes-section role="group" aria-label={t('summaryUi.title')}>
      <Text fw={600} size="sm" mb="xs">
        {t('summaryUi.title')}
      </Text>
      <Textarea
        label={t('summaryUi.summary')}
        autosize
        minRows={2}
        readOnly={locked}
        value={summary.text}
        onChange={(event) => summary.change(event.currentTarget.value)}
        onBlur={() => void summary.flush()}
        onKeyDown={handleSectionJump}
      />
      <Group mt="sm" align="flex-end">
        <ClockInput
          label={t('summaryUi.closingTime')}
          disabled={locked}
          value={closing}
          onChange={setClosing}
          onCommit={(time) => void saveClosing(time)}
          w={160}
        />
        <Text size="xs" c="dimmed" pb={8}>
          {meeting.timeZone}
        </Text>
      </Group>
    </Paper>
  );
});
