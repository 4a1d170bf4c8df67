import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  agendaCreateInput,
  attendanceInput,
  meetingDuplicateInput,
  meetingUnlockInput,
  minutesUpdateInput,
  participantAddInput,
} from '../../../shared/api/schemas/meeting-workflow';

const ID = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

function refused(schema: z.ZodType, value: unknown): { path: string; message: string }[] | 'accepted' {
  const result = schema.safeParse(value);
  return result.success
    ? 'accepted'
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('participantAddInput', () => {
  it('takes exactly one of a person, a new person or a free name, or an institution alone', () => {
    expect(refused(participantAddInput, { meetingId: ID, personId: OTHER })).toBe('accepted');
    expect(refused(participantAddInput, { meetingId: ID, institutionId: OTHER })).toBe('accepted');
    expect(refused(participantAddInput, { meetingId: ID, freeName: 'Serda Baharuddin', invited: false })).toBe(
      'accepted',
    );
    expect(refused(participantAddInput, { meetingId: ID, newPerson: { name: 'Ahmad Fauzi' } })).toBe('accepted');
    expect(refused(participantAddInput, { meetingId: ID, personId: OTHER, freeName: 'x' })).toEqual([
      { path: 'personId', message: 'validation.oneParticipant' },
    ]);
    expect(refused(participantAddInput, { meetingId: ID })).toEqual([
      { path: 'personId', message: 'validation.participantRequired' },
    ]);
    expect(refused(participantAddInput, { meetingId: ID, freeName: '   ' })).toEqual([
      { path: 'personId', message: 'validation.participantRequired' },
    ]);
  });

  it('defaults to an invited participant; the role is left to the host (the chair is invited as chair)', () => {
    const parsed = participantAddInput.parse({ meetingId: ID, personId: OTHER });
    expect(parsed).toMatchObject({ invited: true, institutionId: null, arrivalTime: null });
    expect(parsed.role).toBeUndefined();
  });
});

describe('attendanceInput', () => {
  it('needs the stand-in for represented', () => {
    expect(refused(attendanceInput, { id: ID, attendance: 'represented' })).toEqual([
      { path: 'standInName', message: 'validation.standInRequired' },
    ]);
    expect(refused(attendanceInput, { id: ID, attendance: 'represented', standInName: 'Nurbaya' })).toBe('accepted');
    expect(refused(attendanceInput, { id: ID, attendance: 'present', arrivalTime: '9.05' })).toEqual([
      { path: 'arrivalTime', message: 'validation.time' },
    ]);
  });
});

describe('minutes and agenda inputs', () => {
  it('keeps a minutes body exactly as typed', () => {
    const body = '  Arahan:\n- satu data 📊\n- tanpa ego sektoral ẵ\n\n';
    expect(minutesUpdateInput.parse({ id: ID, body }).body).toBe(body);
    // Left out is left as it is: no field of an update falls back to a default.
    expect(minutesUpdateInput.parse({ id: ID })).toEqual({ id: ID });
    expect(minutesUpdateInput.parse({ id: ID, speakerText: '  ' })).toEqual({ id: ID, speakerText: null });
  });

  it('bounds durations and positions', () => {
    expect(refused(agendaCreateInput, { meetingId: ID, title: 'Paparan', durationMinutes: -5 })).toEqual([
      { path: 'durationMinutes', message: expect.any(String) },
    ]);
    expect(refused(agendaCreateInput, { meetingId: ID, title: 'Paparan', durationMinutes: 1.5 })).toEqual([
      { path: 'durationMinutes', message: expect.any(String) },
    ]);
    expect(refused(agendaCreateInput, { meetingId: ID, title: 'Paparan', position: -1 })).toEqual([
      { path: 'position', message: expect.any(String) },
    ]);
  });

  it('needs a reason to unlock and defaults a duplicate to a draft', () => {
    expect(refused(meetingUnlockInput, { id: ID, reason: '  ' })).toEqual([
      { path: 'reason', message: 'validation.required' },
    ]);
    expect(meetingDuplicateInput.parse({ id: ID })).toEqual({ id: ID, asTemplate: false, title: null, date: null });
  });
});
