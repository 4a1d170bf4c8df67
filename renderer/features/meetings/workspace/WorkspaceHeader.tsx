import { Anchor, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconCopy, IconPrinter, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { canChangeStatus } from '../../../../shared/domain/meeting-status';
import { MEETING_STATUSES, type MeetingWorkspace } from '../../../../shared/domain/meetings';
import { formatDayDate, formatTimeRange } from '../../../format/dates';
import { call } from '../../../api/client';
import { meetingPath, ROUTES } from '../../../app/routes';
import { PageTitle } from '../../../components/PageHeader';
import { notifyFailure, notifySuccess } from '../../../hooks/notify';
import { DocumentExportModal } from '../../documents/DocumentExportModal';
import { MeetingMessagesButton } from '../../messages/MeetingMessagesButton';
import { STATUS_COLORS } from '../status-colors';

/** Title, when and where, the status with the moves allowed from it, and copy actions. */
export function WorkspaceHeader({ workspace }: { workspace: MeetingWorkspace }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [exporting, setExporting] = useState(false);
  const { meeting } = workspace;
  // A template is not a meeting that happens: it has no status to move through.
  const moves = meeting.isTemplate ? [] : MEETING_STATUSES.filter((to) => canChangeStatus(meeting.status, to));

  async function setStatus(status: (typeof MEETING_STATUSES)[number]): Promise<void> {
    const result = notifyFailure(await call('meetings.setStatus', { id: meeting.id, status }));
    if (result.ok) notifySuccess(t('workspace.statusChanged', { status: t(`meetingStatus.${status}`) }));
  }

  async function duplicate(asTemplate: boolean): Promise<void> {
    const result = notifyFailure(await call('meetings.duplicate', { id: meeting.id, asTemplate }));
    if (!result.ok) return;
    if (asTemplate) notifySuccess(t('workspace.templateSaved', { title: result.value.title }));
    else {
      notifySuccess(t('workspace.duplicated'));
      navigate(meetingPath(result.value.id));
    }
  }

  return (
    <Stack gap={4}>
      <Anchor component={Link} href={ROUTES.meetings} size="xs" w="fit-content">
        {t('workspace.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Group gap="xs">
            <PageTitle>{meeting.title}</PageTitle>
            <Badge variant="light" color={STATUS_COLORS[meeting.status]} data-testid="meeting-status">
              {meeting.isTemplate ? t('meetings.template') : t(`meetingStatus.${meeting.status}`)}
            </Badge>
          </Group>
          <Text c="dimmed" size="sm">
            {[
              formatDayDate(meeting.date),
              formatTimeRange(meeting.startTime, meeting.endTime, meeting.timeZone),
              meeting.venue,
              meeting.areas.map((a) => a.name).join(', '),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs">
          {/* Another office moves its own meeting along (duplicating it here stays possible). */}
          {(workspace.origin ? [] : moves).map((to) => (
            <Button key={to} variant={to === 'draft' ? 'default' : 'filled'} onClick={() => void setStatus(to)}>
              {t(`workspace.statusTo.${meeting.status}_${to}` as 'workspace.statusTo.draft_scheduled')}
            </Button>
          ))}
          <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => setExporting(true)}>
            {t('documents.open')}
          </Button>
          {meeting.isTemplate ? null : <MeetingMessagesButton meeting={meeting} />}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                {t('workspace.more')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void duplicate(false)}>
                {t('workspace.duplicate')}
              </Menu.Item>
              <Menu.Item leftSection={<IconTemplate size={16} />} onClick={() => void duplicate(true)}>
                {t('workspace.saveTemplate')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <DocumentExportModal meeting={meeting} opened={exporting} onClose={() => setExporting(false)} />
    </Stack>
  );
}
