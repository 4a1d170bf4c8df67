import type { InputOf } from '../../../shared/api/contract';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Call } from './seed-rakor';

export const MISSING_ID = '01900000-0000-7000-8000-000000000000';

/** A small Rakor of Kecamatan Kelara; tests change what they need. */
export const KELARA_MEETING = {
  title: 'Rakor TPPS Kecamatan Kelara',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  areaCodes: ['73.04.05'],
  date: '2025-11-14',
  startTime: '09:00',
  endTime: '12:00',
} as const satisfies InputOf<'meetings.create'>;

export function newMeeting(call: Call, input: Partial<InputOf<'meetings.create'>> = {}): Promise<Meeting> {
  return call('meetings.create', { ...KELARA_MEETING, areaCodes: [...KELARA_MEETING.areaCodes], ...input });
}

/** What `meetings.update` takes to save a meeting as it is (tests override what they change). */
export function updateOf(meeting: Meeting): InputOf<'meetings.update'> {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    hostLevel: meeting.hostLevel,
    areaCodes: meeting.areas.map((area) => area.code),
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    timeZone: meeting.timeZone,
    venue: meeting.venue,
    chairPersonId: meeting.chairPersonId,
    chairRole: meeting.chairRole,
    minuteTakerPersonId: meeting.minuteTakerPersonId,
    invitationNumber: meeting.invitationNumber,
  };
}

/** Walks a draft along the status machine to `held`, or approves it. */
export async function bringTo(call: Call, id: string, status: 'scheduled' | 'held' | 'approved'): Promise<Meeting> {
  let meeting = await call('meetings.setStatus', { id, status: 'scheduled' });
  if (status === 'scheduled') return meeting;
  meeting = await call('meetings.setStatus', { id, status: 'held' });
  if (status === 'held') return meeting;
  return call('meetings.approve', { id });
}
