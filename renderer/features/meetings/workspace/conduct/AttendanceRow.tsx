import { Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockIn } from '../../../../../shared/domain/clock';
import type { Meeting } from '../../../../../shared/domain/meetings';
import { localDateIn } from '../../../../../shared/domain/overdue';
import {
  ATTENDANCE,
  participantName,
  type Attendance,
  type Participant,
} from '../../../../../shared/domain/participants';
import { formatClockId } from '../../../../../shared/format/dates';
import { call } from '../../../../api/client';
import { ClockInput } from '../../../../components/ClockInput';
import { notifyFailure, notifySuccess } from '../../../../hooks/notify';
import { participantDetail } from '../prepare/InviteesPanel';

const STATUS_COLORS: Record<Attendance, string> = {
  unknown: 'gray',
  present: 'teal',
  excused: 'yellow',
  absent: 'red',
  represented: 'blue',
};

/** The time now where the meeting is held, when it is held today: who is marked present arrived about now. */
export function arrivalNow(meeting: Pick<Meeting, 'date' | 'timeZone'>): string | null {
  const now = new Date();
  return localDateIn(meeting.timeZone, now) === meeting.date ? clockIn(meeting.timeZone, now) : null;
}

/** An approved meeting's attendance, as text that reads as well as the rest of the page. */
function LockedStatus({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const standIn = [participant.standInName, participant.standInPosition].filter(Boolean).join(', ');
  return (
    <Stack gap={2}>
      <Badge
        // A coloured dot and text in the page's own colour: a light badge's coloured text is too pale.
        variant="dot"
        size="lg"
        color={STATUS_COLORS[participant.attendance]}
        data-testid="attendance-status"
      >
        {t(`attendanceStatus.${participant.attendance}`)}
      </Badge>
      {participant.attendance === 'represented' && standIn ? <Text size="sm">{standIn}</Text> : null}
    </Stack>
  );
}

type RowProps = {
  participant: Participant;
  meeting: Pick<Meeting, 'date' | 'timeZone'>;
  locked: boolean;
};

/** Whether two versions of a participant read the same (every field a plain value). */
function sameParticipant(a: Participant, b: Participant): boolean {
  const keys = Object.keys(a) as (keyof Participant)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * One line of the attendance list. Memoised on what it shows: each save reloads the workspace,
 * and drawing the 83 rows of a large meeting again after every keystroke-save held the window
 * for most of a second.
 */
export const AttendanceRow = memo(
  AttendanceRowFields,
  (before: RowProps, after: RowProps) =>
    before.locked === after.locked &&
    before.meeting.date === after.meeting.date &&
    before.meeting.timeZone === after.meeting.timeZone &&
    sameParticipant(before.participant, after.participant),
);

/**
 * One line of the attendance list: status, the stand-in when represented, arrival time. The row
 * keeps what is being typed across the workspace reloads each save causes: the status shown is
 * the one chosen here until the host reports another, so fields do not vanish mid-entry.
 */
function AttendanceRowFields({ participant, meeting, locked }: RowProps) {
  const { t } = useTranslation();
  const [standInName, setStandInName] = useState(participant.standInName ?? '');
  const [standInPosition, setStandInPosition] = useState(participant.standInPosition ?? '');
  const [arrival, setArrival] = useState(participant.arrivalTime ?? '');
  const [status, setStatus] = useState<Attendance>(participant.attendance);
  const [hostStatus, setHostStatus] = useState<Attendance>(participant.attendance);
  if (participant.attendance !== hostStatus) {
    setHostStatus(participant.attendance);
    setStatus(participant.attendance);
  }
  const name = participantName(participant);

  async function save(patch: { attendance?: Attendance; arrivalTime?: string }): Promise<void> {
    const attendance = patch.attendance ?? status;
    setStatus(attendance);
    // A stand-in is required before "represented" can be saved: keep the choice local until then.
    if (attendance === 'represented' && !standInName.trim()) return;
    let arrivalTime = patch.arrivalTime ?? arrival;
    // The host clears the arrival time of someone excused or absent; the field follows.
    if (attendance === 'absent' || attendance === 'excused') arrivalTime = '';
    else if (patch.attendance && attendance !== 'unknown' && !arrivalTime) arrivalTime = arrivalNow(meeting) ?? '';
    setArrival(arrivalTime);
    const result = notifyFailure(
      await call('participants.setAttendance', {
        id: participant.id,
        attendance,
        standInName,
        standInPosition,
        arrivalTime: arrivalTime || null,
      }),
    );
    if (!result.ok) setStatus(participant.attendance);
  }

  const noArrival = status === 'absent' || status === 'excused';

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
        {locked ? (
          <LockedStatus participant={participant} />
        ) : (
          <Stack gap={6}>
            <SegmentedControl
              size="xs"
              aria-label={`${t('attendance.status')} ${name}`}
              value={status}
              onChange={(value) => void save({ attendance: value as Attendance })}
              data={ATTENDANCE.map((value) => ({ value, label: t(`attendanceStatus.${value}`) }))}
            />
            {status === 'represented' ? (
              <Group gap="xs" grow>
                <TextInput
                  size="xs"
                  label={t('attendance.standInName')}
                  required
                  value={standInName}
                  onChange={(event) => setStandInName(event.currentTarget.value)}
                  onBlur={() => void save({ attendance: 'represented' })}
                />
                <TextInput
                  size="xs"
                  label={t('attendance.standInPosition')}
                  value={standInPosition}
                  onChange={(event) => setStandInPosition(event.currentTarget.value)}
                  onBlur={() => void save({ attendance: 'represented' })}
                />
              </Group>
            ) : null}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {locked ? (
          <Text size="sm">{participant.arrivalTime ? formatClockId(participant.arrivalTime) : ''}</Text>
        ) : (
          <ClockInput
            size="xs"
            aria-label={`${t('attendance.arrival')} ${name}`}
            disabled={noArrival}
            // An empty field that cannot be typed in shows no example time, which would read as a value.
            {...(noArrival ? { placeholder: '' } : {})}
            value={arrival}
            onChange={setArrival}
            onCommit={(time) => void save({ arrivalTime: time })}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
