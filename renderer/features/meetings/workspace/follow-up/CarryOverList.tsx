import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CarryOverItem } from '../../../../../shared/domain/follow-up';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { formatDate } from '../../../../format/dates';
import { ProgressForm } from '../../../commitments/ProgressForm';
import { drillDown } from '../../../home/drill-down';
import { StatusBadges } from '../../../commitments/StatusBadges';
import { useApiQuery } from '../../../../api/queries';
import { QueryStatus } from '../../../../components/LoadError';

function CarryOverRow({
  item,
  workspace,
  locked,
}: {
  item: CarryOverItem;
  workspace: MeetingWorkspace;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  return (
    <Paper withBorder p="xs" data-testid="carry-over-item">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="sm" fw={500}>
            {item.institutionName}
          </Text>
          <Text size="sm">{item.description}</Text>
          <Text size="xs" c="dimmed">
            {[
              item.dueDate ? `${t('commitmentsUi.dueDate')}: ${formatDate(item.dueDate)}` : t('commitmentsUi.noDue'),
              item.meetingTitle,
              item.lastUpdateNote,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {item.updatesInThisMeeting.map((update) => (
            <Text key={update.id} size="xs" c="teal">
              {t('followUp.reported')}:{' '}
              {[update.statusAfter ? t(`commitmentStatus.${update.statusAfter}`) : null, update.note]
                .filter(Boolean)
                .join(' — ')}
            </Text>
          ))}
        </Stack>
        <Stack gap={4} align="flex-end">
          <StatusBadges status={item.status} overdue={item.overdue} />
          {reporting || locked ? null : (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setReporting(true)}
              aria-label={`${t('followUp.report')}: ${item.description}`}
            >
              {t('followUp.report')}
            </Button>
          )}
        </Stack>
      </Group>
      {reporting ? (
        <ProgressForm
          commitmentId={item.id}
          currentStatus={item.status}
          meetingId={workspace.meeting.id}
          defaultDate={workspace.meeting.date}
          origin={item.origin}
          onDone={() => setReporting(false)}
        />
      ) : null}
    </Paper>
  );
}

/** Under the follow-up agenda item: each open commitment of earlier meetings, reported on in place. */
export function CarryOverList({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  // Open commitments of earlier meetings of the same areas, kept current as they are reported on.
  const query = useApiQuery('commitments.carryOver', { meetingId: workspace.meeting.id });
  if (!query.data) return <QueryStatus query={query} loader={null} />;
  const { items, total } = query.data;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('followUp.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="carry-over">
      {items.map((item) => (
        <CarryOverRow key={item.id} item={item} workspace={workspace} locked={locked} />
      ))}
      {total > items.length ? (
        <Alert color="blue" variant="light" data-testid="carry-over-more">
          <Text size="sm">{t('followUp.more', { shown: items.length, total })}</Text>
          <Button
            size="xs"
            variant="light"
            mt="xs"
            onClick={() => {
              const [only] = workspace.meeting.areas;
              drillDown(navigate, {
                statuses: ['not_started', 'in_progress'],
                ...(workspace.meeting.areas.length === 1 && only ? { areaCode: only.code } : {}),
              });
            }}
          >
            {t('followUp.openLedger')}
          </Button>
        </Alert>
      ) : null}
    </Stack>
  );
}
