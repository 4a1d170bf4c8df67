import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { call } from '../../../../api/client';
import { ClockInput } from '../../../../components/ClockInput';
import { RemoteSelect } from '../../../../components/RemoteSelect';
import { searchInstitutions } from '../../../../components/pickers';
import { notifyFailure } from '../../../../hooks/notify';
import { Section } from '../Section';
import { arrivalNow, AttendanceRow } from './AttendanceRow';
import { useDrawnEntries } from './useFoldedSections';

/**
 * From this many participants the list is drawn a few rows per task: a row of an open meeting is
 * a status control, a time field and maybe a stand-in's fields, and 83 of them drawn at once held
 * the window for a long task on a slow PC (the Rembuk Stunting of a kabupaten).
 */
export const DRAW_IN_PARTS_FROM = 40;

/** The attendance list with live counts, and walk-ins added on the spot. */
export function AttendancePanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const { counts, participants, meeting } = workspace;
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [arrival, setArrival] = useState('');
  // A few rows first, then more per task; rows added later (a walk-in) are drawn at once.
  const drawn = useDrawnEntries(participants.length, participants.length >= DRAW_IN_PARTS_FROM);

  async function addWalkIn(): Promise<void> {
    const result = notifyFailure(
      await call('participants.add', {
        meetingId: meeting.id,
        freeName: name,
        freePosition: position,
        institutionId,
        invited: false,
        attendance: 'present',
        arrivalTime: arrival || arrivalNow(meeting),
      }),
    );
    if (result.ok) {
      setName('');
      setPosition('');
      setInstitutionId(null);
      setArrival('');
    }
  }

  return (
    <Section title={t('attendance.title')} testId="attendance">
      <Group gap="xs" mb="sm" data-testid="attendance-counts">
        <Badge size="lg" variant="light" color="teal">
          {t('attendance.people', { present: counts.presentInvitedPeople, invited: counts.invitedPeople })}
        </Badge>
        <Badge size="lg" variant="light" color="blue">
          {t('attendance.institutions', {
            present: counts.presentInvitedInstitutions,
            invited: counts.invitedInstitutions,
          })}
        </Badge>
        {counts.walkIns > 0 ? (
          <Badge size="lg" variant="light" color="grape">
            {t('attendance.walkIns', { count: counts.walkIns })}
          </Badge>
        ) : null}
        {counts.represented > 0 ? (
          <Badge size="lg" variant="light" color="gray">
            {t('attendance.representedCount', { count: counts.represented })}
          </Badge>
        ) : null}
      </Group>
      {participants.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          {t('attendance.empty')}
        </Text>
      ) : (
        <Table className="sirakor-table" aria-label={t('attendance.title')} mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.name')}</Table.Th>
              <Table.Th>{t('attendance.status')}</Table.Th>
              <Table.Th w={110}>{t('attendance.arrival')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.slice(0, drawn).map((p) => (
              <AttendanceRow key={p.id} participant={p} meeting={meeting} locked={locked} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {locked ? null : (
        <Text size="sm" fw={500} mb={4}>
          {t('attendance.walkInTitle')}
        </Text>
      )}
      {locked ? null : (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('attendance.walkInName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={220}
          />
          <TextInput
            label={t('attendance.walkInPosition')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            w={200}
          />
          <RemoteSelect
            label={t('attendance.walkInInstitution')}
            placeholder={t('person.institutionPlaceholder')}
            search={searchInstitutions}
            value={institutionId}
            onChange={setInstitutionId}
            w={240}
          />
          <ClockInput label={t('attendance.arrival')} value={arrival} onChange={setArrival} w={100} />
          <Button leftSection={<IconUserPlus size={16} />} disabled={!name.trim()} onClick={() => void addWalkIn()}>
            {t('attendance.addWalkIn')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
