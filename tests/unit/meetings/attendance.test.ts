import { describe, expect, it } from 'vitest';
import type { Sector } from '../../../shared/domain/directory';
import {
  countAttendance,
  isPresent,
  participantName,
  roleInMeeting,
  type Attendance,
  type Participant,
} from '../../../shared/domain/participants';

let next = 0;
function participant(fields: Partial<Participant> & { sector?: Sector }): Participant {
  const { sector, ...rest } = fields;
  return {
    id: `p-${next++}`,
    meetingId: 'm',
    personId: null,
    personName: null,
    personPosition: null,
    institutionId: null,
    institutionName: null,
    institutionSector: sector ?? null,
    freeName: null,
    freePosition: null,
    role: 'participant',
    invited: true,
    attendance: 'unknown',
    standInName: null,
    standInPosition: null,
    arrivalTime: null,
    position: 0,
    updatedAt: '',
    ...rest,
  };
}

const EMPTY = {
  invitedPeople: 0,
  invitedInstitutions: 0,
  presentPeople: 0,
  presentInstitutions: 0,
  presentInvitedPeople: 0,
  presentInvitedInstitutions: 0,
  walkIns: 0,
  excused: 0,
  absent: 0,
  represented: 0,
  unknown: 0,
  invitedBySector: {},
};

describe('countAttendance', () => {
  it('counts nothing for nobody', () => {
    expect(countAttendance([])).toEqual(EMPTY);
  });

  it('counts invited vs present people and institutions', () => {
    const counts = countAttendance([
      participant({ personId: 'a', institutionId: 'dinkes', sector: 'kesehatan', attendance: 'present' }),
      participant({ personId: 'b', institutionId: 'dinkes', sector: 'kesehatan', attendance: 'absent' }),
      participant({ personId: 'c', institutionId: 'bappeda', sector: 'perencanaan', attendance: 'excused' }),
      participant({ personId: 'd', attendance: 'unknown' }),
    ]);
    expect(counts).toEqual({
      ...EMPTY,
      invitedPeople: 4,
      invitedInstitutions: 2,
      presentPeople: 1,
      presentInstitutions: 1,
      presentInvitedPeople: 1,
      presentInvitedInstitutions: 1,
      excused: 1,
      absent: 1,
      unknown: 1,
      invitedBySector: { kesehatan: 2, perencanaan: 1, lainnya: 1 },
    });
  });

  it('counts someone represented by a stand-in as present, for the person and the institution', () => {
    const counts = countAttendance([
      participant({ personId: 'kapus', institutionId: 'pkm', sector: 'kesehatan', attendance: 'represented' }),
    ]);
    expect(counts).toMatchObject({ presentPeople: 1, presentInstitutions: 1, represented: 1 });
    expect(isPresent('represented')).toBe(true);
  });

  it('counts an institution invited as a whole as one institution and, once present, one person', () => {
    const invited = participant({ institutionId: 'koramil', sector: 'tni_polri' });
    expect(countAttendance([invited])).toMatchObject({
      invitedPeople: 1,
      invitedInstitutions: 1,
      presentPeople: 0,
      presentInstitutions: 0,
      invitedBySector: { tni_polri: 1 },
    });
    expect(countAttendance([{ ...invited, attendance: 'present' }])).toMatchObject({
      presentPeople: 1,
      presentInstitutions: 1,
    });
  });

  it('counts walk-ins as present but not as invited', () => {
    const counts = countAttendance([
      participant({ freeName: 'Serda Baharuddin', invited: false, attendance: 'present', institutionId: 'koramil' }),
      participant({ personId: 'x', invited: false, attendance: 'present', sector: 'pkk', institutionId: 'pkk' }),
    ]);
    expect(counts).toEqual({
      ...EMPTY,
      presentPeople: 2,
      presentInstitutions: 2,
      walkIns: 2,
    });
  });

  it('compares present invitees with the invited, so one excused invitee and one walk-in never read as all present', () => {
    const counts = countAttendance([
      participant({ personId: 'a', institutionId: 'pkk', attendance: 'present' }),
      participant({ personId: 'b', institutionId: 'pkm', attendance: 'excused' }),
      participant({ freeName: 'Serda Baharuddin', invited: false, attendance: 'present', institutionId: 'koramil' }),
    ]);
    expect(counts).toMatchObject({
      invitedPeople: 2,
      presentInvitedPeople: 1,
      presentPeople: 2,
      invitedInstitutions: 2,
      presentInvitedInstitutions: 1,
      presentInstitutions: 2,
      walkIns: 1,
    });
  });

  it('groups invitees by the sector of their institution, without one as lainnya', () => {
    const sectors: (Sector | undefined)[] = ['kesehatan', 'kesehatan', 'pkk', 'pemerintahan', undefined, 'lainnya'];
    const counts = countAttendance(sectors.map((sector) => participant(sector ? { sector } : {})));
    expect(counts.invitedBySector).toEqual({ kesehatan: 2, pkk: 1, pemerintahan: 1, lainnya: 2 });
  });

  it('counts each attendance value once', () => {
    const values: Attendance[] = ['unknown', 'present', 'excused', 'absent', 'represented'];
    const counts = countAttendance(values.map((attendance) => participant({ attendance })));
    expect(counts).toMatchObject({ unknown: 1, excused: 1, absent: 1, represented: 1, presentPeople: 2 });
  });
});

describe('participantName', () => {
  it('prefers the person, then the free name, then the institution', () => {
    expect(participantName({ personName: 'St. Meriam', freeName: null, institutionName: 'DPPKB' })).toBe('St. Meriam');
    expect(participantName({ personName: null, freeName: 'Serda Baharuddin', institutionName: 'Koramil' })).toBe(
      'Serda Baharuddin',
    );
    expect(participantName({ personName: null, freeName: null, institutionName: 'Koramil Kelara' })).toBe(
      'Koramil Kelara',
    );
  });
});

describe('the role a person is invited with', () => {
  const meeting = { chairPersonId: 'chair', minuteTakerPersonId: 'notulis' };
  const agenda = [
    { presenterPersonId: 'camat', kind: 'opening' },
    { presenterPersonId: 'pemateri', kind: 'presentation' },
    { presenterPersonId: 'wabup', kind: 'directives' },
    { presenterPersonId: null, kind: 'discussion' },
  ] as const;
  it('follows the meeting: its chair, presenters and minute-taker; everyone else participates', () => {
    expect(roleInMeeting('chair', meeting, agenda)).toBe('chair');
    expect(roleInMeeting('pemateri', meeting, agenda)).toBe('presenter');
    expect(roleInMeeting('wabup', meeting, agenda)).toBe('presenter');
    // Who opens the meeting hosts it: a participant unless chosen otherwise.
    expect(roleInMeeting('camat', meeting, agenda)).toBe('participant');
    expect(roleInMeeting('notulis', meeting, agenda)).toBe('minute_taker');
    expect(roleInMeeting('tamu', meeting, agenda)).toBe('participant');
    expect(roleInMeeting(null, meeting, agenda)).toBe('participant');
  });
});
