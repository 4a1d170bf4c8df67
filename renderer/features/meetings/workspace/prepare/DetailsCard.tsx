import { Button, SimpleGrid, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { formatDayDate, formatTimeRange } from '../../../../format/dates';
import { notifySuccess } from '../../../../hooks/notify';
import { MeetingForm } from '../../MeetingForm';
import { Section } from '../Section';
import { GuardedModal } from '../../../../components/FormGuard';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || t('common.none')}</Text>
    </div>
  );
}

export function DetailsCard({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { meeting } = workspace;
  const chair = meeting.chairName ? [meeting.chairName, meeting.chairRole].filter(Boolean).join(' — ') : null;
  return (
    <Section
      title={t('workspace.details')}
      actions={
        // An approved meeting is locked (the banner above says so and how to unlock it).
        <Button
          variant="light"
          leftSection={<IconPencil size={16} />}
          disabled={locked}
          onClick={() => setEditing(true)}
        >
          {t('workspace.editDetails')}
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <Field label={t('meeting.kind')} value={t(`meetingKind.${meeting.kind}`)} />
        <Field label={t('meeting.hostLevel')} value={t(`level.${meeting.hostLevel}`)} />
        <Field label={t('meeting.areas')} value={meeting.areas.map((a) => a.name).join(', ')} />
        <Field label={t('meeting.date')} value={formatDayDate(meeting.date)} />
        <Field
          label={t('meetings.time')}
          value={formatTimeRange(meeting.startTime, meeting.endTime, meeting.timeZone)}
        />
        <Field label={t('meeting.venue')} value={meeting.venue} />
        <Field label={t('meeting.chair')} value={chair} />
        <Field label={t('meeting.minuteTaker')} value={meeting.minuteTakerName} />
        <Field label={t('meeting.invitationNumber')} value={meeting.invitationNumber} />
      </SimpleGrid>
      <GuardedModal opened={editing} onClose={() => setEditing(false)} title={t('meetings.edit')} size="xl">
        {editing ? (
          <MeetingForm
            meeting={meeting}
            defaultAreaCode={null}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              notifySuccess(t('meetings.saved', { title: saved.title }));
            }}
          />
        ) : null}
      </GuardedModal>
    </Section>
  );
}
