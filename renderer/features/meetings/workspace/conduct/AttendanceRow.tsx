import { Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE,
  participantName,
  type Attendance,
  type Participant,
} from '../../../../../shared/domain/participants';
import { call } from '../../../../api/client';
import { ClockInput } from '../../../../components/ClockInput';
import { notifyFailure, notifySuccess } from '../../../../hooks/notify';
import { participantDetail } from '../prepare/InviteesPanel';

/** One line of the attendance list: status, the stand-in when represented, arrival time. */
export function AttendanceRow({ participant, locked }: { participant: Participant; locked: boolean }) {
  const { t } = useTranslation();
  const [standInName, setStandInName] = useState(participant.standInName ?? '');
  const [standInPosition, setStandInPosition] = useState(participant.standInPosition ?? '');
  const [arrival, setArrival] = useState(participant.arrivalTime ?? '');
  const [pendingRepresented, setPendingRepresented] = useState(false);
  const name = participantName(participant);

  async function save(patch: { attendance?: Attendance; arrivalTime?: string }): Promise<void> {
    const attendance = patch.attendance ?? participant.attendance;
    // A stand-in is required before "represented" can be saved: keep the choice local until then.
    if (attendance === 'represented' && !standInName.trim()) {
      setPendingRepresented(true);
      return;
    }
    setPendingRepresented(false);
    // The host clears the arrival time of someone excused or absent; the field follows.
    if (attendance === 'absent' || attendance === 'excused') setArrival('');
    notifyFailure(
      await call('participants.setAttendance', {
        id: participant.id,
        attendance,
        standInName,
        standInPosition,
        arrivalTime: (patch.arrivalTime ?? arrival) || null,
      }),
    );
  }

  const shown: Attendance = pendingRepresented ? 'represented' : participant.attendance;
  const noArrival = shown === 'absent' || shown === 'excused';

  async function toDirectory(): Promise<void> {
    const result = notifyFailure(
      await call('participants.toDirectory', { id: participant.id, institutionId: participant.institutionId }),
    );
    if (result.ok) notifySuccess(t('attendance.savedToDirectory', { name }));
  }

  return (
    <Table.Tr data-testid="attendance-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {[participantDetail(participant), participant.invited ? null : t('attendance.walkIn')]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {!locked && participant.freeName && !participant.personId ? (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconAddressBook size={14} />}
            onClick={() => void toDirectory()}
          >
            {t('attendance.toDirectory')}
          </Button>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <SegmentedControl
            size="xs"
            aria-label={`${t('attendance.status')} ${name}`}
            disabled={locked}
            value={shown}
            onChange={(value) => void save({ attendance: value as Attendance })}
            data={ATTENDANCE.map((value) => ({ value, label: t(`attendanceStatus.${value}`) }))}
          />
          {shown === 'represented' ? (
            <Group gap="xs" grow>
              <TextInput
                size="xs"
                label={t('attendance.standInName')}
                required
                disabled={locked}
                value={standInName}
                onChange={(event) => setStandInName(event.currentTarget.value)}
                onBlur={() => void save({ attendance: 'represented' })}
              />
              <TextInput
                size="xs"
                label={t('attendance.standInPosition')}
                disabled={locked}
                value={standInPosition}
                onChange={(event) => setStandInPosition(event.currentTarget.value)}
                onBlur={() => void save({ attendance: 'represented' })}
              />
            </Group>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ClockInput
          size="xs"
          aria-label={`${t('attendance.arrival')} ${name}`}
          disabled={locked || noArrival}
          // An empty field that cannot be typed in shows no example time, which would read as a value.
          {...(locked || noArrival ? { placeholder: '' } : {})}
          value={arrival}
          onChange={setArrival}
          onCommit={(time) => void save({ arrivalTime: time })}
        />
      </Table.Td>
    </Table.Tr>
  );
}
