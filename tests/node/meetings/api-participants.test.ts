import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution, Person } from '../../../shared/domain/directory';
import { MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let puskesmas: Institution;
let pkk: Institution;
let koramil: Institution;
let kapus: Person;
let ketuaPkk: Person;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  puskesmas = await call('institutions.create', {
    name: 'UPT Puskesmas Kelara',
    sector: 'kesehatan',
    level: 'kecamatan',
  });
  pkk = await call('institutions.create', { name: 'TP PKK Kelurahan Tolo', sector: 'pkk', level: 'desa' });
  koramil = await call('institutions.create', { name: 'Koramil Kelara', sector: 'tni_polri', level: 'kecamatan' });
  kapus = await call('people.create', {
    name: 'dr. Andi Makkasau, M.Kes.',
    position: 'Kepala Puskesmas',
    institutionId: puskesmas.id,
  });
  ketuaPkk = await call('people.create', { name: 'Hasnawati', position: 'Ketua TP PKK', institutionId: pkk.id });
});
afterAll(() => core.close());

function fieldError(code: string, path: string, key: string) {
  return { code, message: { key: 'error.validation' }, details: [{ path, key }] };
}

function historyOfPerson(id: string) {
  return core.store.db.prepare("SELECT action, changes FROM history WHERE entity = 'person' AND entity_id = ?").all(id);
}

describe('participants.add', () => {
  it('invites the chair, a presenter and the minute-taker in those roles unless a role is given', async () => {
    const meeting = await newMeeting(call, { chairPersonId: kapus.id });
    const presenter = await call('people.create', { name: 'Sitti Aminah', position: 'Bidan koordinator' });
    await call('agenda.create', {
      meetingId: meeting.id,
      kind: 'presentation',
      title: 'Paparan gizi',
      presenterPersonId: presenter.id,
    });
    const roleOf = async (personId: string, role?: 'guest') =>
      (await call('participants.add', { meetingId: meeting.id, personId, ...(role ? { role } : {}) })).role;
    expect(await roleOf(kapus.id)).toBe('chair');
    expect(await roleOf(presenter.id)).toBe('presenter');
    expect(await roleOf(ketuaPkk.id)).toBe('participant');
    const guest = await call('people.create', { name: 'Tamu Kehormatan' });
    expect(await roleOf(guest.id, 'guest')).toBe('guest');
  });

  it('adds a person from the directory with a snapshot of their institution', async () => {
    const meeting = await newMeeting(call);
    const moving = await call('people.create', { name: 'Bidan Nur', position: 'Bidan', institutionId: puskesmas.id });
    const added = await call('participants.add', { meetingId: meeting.id, personId: moving.id, role: 'presenter' });
    expect(added).toEqual({
      id: expect.any(String),
      meetingId: meeting.id,
      personId: moving.id,
      personName: 'Bidan Nur',
      personPosition: 'Bidan',
      institutionId: puskesmas.id,
      institutionName: 'UPT Puskesmas Kelara',
      institutionShortName: null,
      institutionSector: 'kesehatan',
      freeName: null,
      freePosition: null,
      role: 'presenter',
      invited: true,
      attendance: 'unknown',
      standInName: null,
      standInPosition: null,
      arrivalTime: null,
      position: 0,
      updatedAt: expect.any(String),
    });
    await call('people.update', { id: moving.id, name: 'Bidan Nur', institutionId: pkk.id });
    const [participant] = (await call('meetings.workspace', { id: meeting.id })).participants;
    expect(participant).toMatchObject({ institutionId: puskesmas.id, institutionName: 'UPT Puskesmas Kelara' });
  });

  it('adds an institution as a whole, and a person under an institution given explicitly', async () => {
    const meeting = await newMeeting(call);
    const whole = await call('participants.add', { meetingId: meeting.id, institutionId: koramil.id, role: 'guest' });
    expect(whole).toMatchObject({ personId: null, freeName: null, institutionName: 'Koramil Kelara', position: 0 });
    const noInstitution = await call('people.create', { name: 'Tokoh Masyarakat' });
    const explicit = await call('participants.add', {
      meetingId: meeting.id,
      personId: noInstitution.id,
      institutionId: pkk.id,
    });
    expect(explicit).toMatchObject({ institutionId: pkk.id, institutionSector: 'pkk', position: 1 });
  });

  it('adds a person typed in on the spot to the directory, with history, in the same call', async () => {
    const meeting = await newMeeting(call);
    const added = await call('participants.add', {
      meetingId: meeting.id,
      newPerson: { name: 'Ahmad Fauzi, S.IP.', position: 'Kasi Pemerintahan', phone: '0812-3456-7890' },
      institutionId: puskesmas.id,
      role: 'minute_taker',
    });
    expect(added).toMatchObject({
      personName: 'Ahmad Fauzi, S.IP.',
      personPosition: 'Kasi Pemerintahan',
      institutionId: puskesmas.id,
      role: 'minute_taker',
    });
    const person = await call('people.get', { id: added.personId as string });
    expect(person).toMatchObject({ name: 'Ahmad Fauzi, S.IP.', institutionId: puskesmas.id, phone: '0812-3456-7890' });
    expect(historyOfPerson(person.id)).toEqual([
      { action: 'create', changes: JSON.stringify({ fields: ['name', 'position', 'institutionId', 'phone'] }) },
    ]);
  });

  it('creates nothing when the new person is refused', async () => {
    const meeting = await newMeeting(call);
    await call('people.create', { name: 'Pemilik NIP', nip: '196512311998031066' });
    const before = (await call('people.list', { limit: 500 })).total;
    expect(
      errorOf(
        await core.dispatch('participants.add', {
          meetingId: meeting.id,
          newPerson: { name: 'Orang Baru', nip: '19651231 199803 1 066' },
        }),
      ),
    ).toEqual(fieldError('CONFLICT', 'newPerson.nip', 'validation.nipTaken'));
    expect(
      errorOf(
        await core.dispatch('participants.add', {
          meetingId: meeting.id,
          newPerson: { name: 'Orang Baru', institutionId: MISSING_ID },
        }),
      ),
    ).toEqual(fieldError('VALIDATION', 'newPerson.institutionId', 'validation.institutionUnknown'));
    expect((await call('people.list', { limit: 500 })).total).toBe(before);
    expect((await call('meetings.workspace', { id: meeting.id })).participants).toEqual([]);
  });

  it('adds a walk-in as present with the arrival time', async () => {
    const meeting = await newMeeting(call);
    const walkIn = await call('participants.add', {
      meetingId: meeting.id,
      freeName: 'Serda Baharuddin',
      freePosition: 'Babinsa Kelurahan Tolo',
      institutionId: koramil.id,
      invited: false,
      arrivalTime: '09:20',
    });
    expect(walkIn).toMatchObject({
      personId: null,
      freeName: 'Serda Baharuddin',
      freePosition: 'Babinsa Kelurahan Tolo',
      institutionName: 'Koramil Kelara',
      invited: false,
      attendance: 'present',
      arrivalTime: '09:20',
    });
    const invitedFree = await call('participants.add', { meetingId: meeting.id, freeName: 'Perwakilan BPD' });
    expect(invitedFree).toMatchObject({ invited: true, attendance: 'unknown', arrivalTime: null });
    const notYet = await call('participants.add', {
      meetingId: meeting.id,
      personId: kapus.id,
      invited: false,
      attendance: 'unknown',
      arrivalTime: '09:30',
    });
    expect(notYet).toMatchObject({ invited: false, attendance: 'unknown', arrivalTime: '09:30' });
    const excused = await call('participants.add', {
      meetingId: meeting.id,
      personId: ketuaPkk.id,
      attendance: 'excused',
      arrivalTime: '09:30',
    });
    expect(excused).toMatchObject({ attendance: 'excused', arrivalTime: null });
  });

  it('refuses the same person or the same whole institution twice in a meeting', async () => {
    const meeting = await newMeeting(call);
    const first = await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    expect(errorOf(await core.dispatch('participants.add', { meetingId: meeting.id, personId: kapus.id }))).toEqual(
      fieldError('CONFLICT', 'personId', 'validation.alreadyInvited'),
    );
    expect(
      errorOf(await core.dispatch('participants.add', { meetingId: meeting.id, personId: kapus.id, invited: false })),
    ).toEqual(fieldError('CONFLICT', 'personId', 'validation.alreadyInvited'));

    await call('participants.add', { meetingId: meeting.id, institutionId: puskesmas.id });
    expect(
      errorOf(await core.dispatch('participants.add', { meetingId: meeting.id, institutionId: puskesmas.id })),
    ).toEqual(fieldError('CONFLICT', 'institutionId', 'validation.alreadyInvited'));
    // A walk-in of the same institution is someone else.
    await call('participants.add', { meetingId: meeting.id, institutionId: puskesmas.id, freeName: 'Staf Puskesmas' });

    // Allowed again once removed, and in another meeting.
    await call('participants.remove', { id: first.id });
    await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    const other = await newMeeting(call);
    await call('participants.add', { meetingId: other.id, personId: kapus.id });
    await call('participants.add', { meetingId: other.id, institutionId: puskesmas.id });
  });

  it('refuses people and institutions that are not in the directory', async () => {
    const meeting = await newMeeting(call);
    expect(errorOf(await core.dispatch('participants.add', { meetingId: meeting.id, personId: MISSING_ID }))).toEqual(
      fieldError('VALIDATION', 'personId', 'validation.personUnknown'),
    );
    expect(
      errorOf(await core.dispatch('participants.add', { meetingId: meeting.id, institutionId: MISSING_ID })),
    ).toEqual(fieldError('VALIDATION', 'institutionId', 'validation.institutionUnknown'));
    expect(errorOf(await core.dispatch('participants.add', { meetingId: MISSING_ID, personId: kapus.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
  });
});

describe('participants.update, setAttendance, remove', () => {
  it('changes the role; several chairs are allowed', async () => {
    const meeting = await newMeeting(call);
    const a = await call('participants.add', { meetingId: meeting.id, personId: kapus.id, role: 'chair' });
    const b = await call('participants.add', { meetingId: meeting.id, personId: ketuaPkk.id });
    expect(await call('participants.update', { id: b.id, role: 'chair' })).toMatchObject({ id: b.id, role: 'chair' });
    expect(await call('participants.update', { id: a.id, role: 'minute_taker' })).toMatchObject({
      role: 'minute_taker',
    });
  });

  it('keeps the stand-in only when represented, and no arrival time for someone absent or excused', async () => {
    const meeting = await newMeeting(call);
    const p = await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    expect(
      await call('participants.setAttendance', {
        id: p.id,
        attendance: 'represented',
        standInName: 'Nurbaya, S.Tr.Keb.',
        standInPosition: 'Bidan Koordinator',
        arrivalTime: '09:02',
      }),
    ).toMatchObject({
      attendance: 'represented',
      standInName: 'Nurbaya, S.Tr.Keb.',
      standInPosition: 'Bidan Koordinator',
      arrivalTime: '09:02',
    });
    expect(
      await call('participants.setAttendance', {
        id: p.id,
        attendance: 'present',
        standInName: 'Nurbaya, S.Tr.Keb.',
        arrivalTime: '09:10',
      }),
    ).toMatchObject({ attendance: 'present', standInName: null, standInPosition: null, arrivalTime: '09:10' });
    expect(
      await call('participants.setAttendance', { id: p.id, attendance: 'absent', arrivalTime: '09:10' }),
    ).toMatchObject({ attendance: 'absent', standInName: null, arrivalTime: null });
    expect(
      await call('participants.setAttendance', { id: p.id, attendance: 'excused', arrivalTime: '09:10' }),
    ).toMatchObject({ attendance: 'excused', arrivalTime: null });
    // The arrival time is often noted before the status.
    expect(
      await call('participants.setAttendance', { id: p.id, attendance: 'unknown', arrivalTime: '09:15' }),
    ).toMatchObject({ attendance: 'unknown', arrivalTime: '09:15' });
  });

  it('removes softly: gone from the workspace, the row kept', async () => {
    const meeting = await newMeeting(call);
    const p = await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    expect(await call('participants.remove', { id: p.id })).toEqual({ id: p.id });
    expect((await call('meetings.workspace', { id: meeting.id })).participants).toEqual([]);
    expect(
      core.store.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM meeting_participants WHERE id = ?').get(p.id),
    ).toEqual({ gone: 1 });
    for (const [method, input] of [
      ['participants.remove', { id: p.id }],
      ['participants.update', { id: p.id, role: 'guest' }],
      ['participants.setAttendance', { id: p.id, attendance: 'present' }],
      ['participants.toDirectory', { id: p.id }],
    ] as const) {
      expect(errorOf(await core.dispatch(method, input))).toEqual({
        code: 'NOT_FOUND',
        message: { key: 'error.notFound.participant' },
      });
    }
  });
});

describe('participants.toDirectory', () => {
  it('offers a walk-in to the directory and links the participant to the new person', async () => {
    const meeting = await newMeeting(call);
    const walkIn = await call('participants.add', {
      meetingId: meeting.id,
      freeName: 'Serda Baharuddin',
      freePosition: 'Babinsa Kelurahan Tolo',
      invited: false,
      arrivalTime: '09:20',
    });
    const linked = await call('participants.toDirectory', { id: walkIn.id, institutionId: koramil.id });
    expect(linked).toMatchObject({
      id: walkIn.id,
      personId: expect.any(String),
      personName: 'Serda Baharuddin',
      personPosition: 'Babinsa Kelurahan Tolo',
      freeName: null,
      freePosition: null,
      institutionId: koramil.id,
      institutionSector: 'tni_polri',
      invited: false,
      attendance: 'present',
      arrivalTime: '09:20',
    });
    const person = await call('people.get', { id: linked.personId as string });
    expect(person).toMatchObject({
      name: 'Serda Baharuddin',
      position: 'Babinsa Kelurahan Tolo',
      institutionId: koramil.id,
    });
    expect(historyOfPerson(person.id)).toEqual([
      { action: 'create', changes: JSON.stringify({ fields: ['name', 'position', 'institutionId'] }) },
    ]);

    const notWalkIn = fieldError('CONFLICT', 'id', 'validation.notWalkIn');
    expect(errorOf(await core.dispatch('participants.toDirectory', { id: walkIn.id }))).toEqual(notWalkIn);
    const invited = await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    expect(errorOf(await core.dispatch('participants.toDirectory', { id: invited.id }))).toEqual(notWalkIn);
    const whole = await call('participants.add', { meetingId: meeting.id, institutionId: pkk.id });
    expect(errorOf(await core.dispatch('participants.toDirectory', { id: whole.id }))).toEqual(notWalkIn);
  });

  it('keeps the institution the walk-in was recorded with when none is given', async () => {
    const meeting = await newMeeting(call);
    const walkIn = await call('participants.add', {
      meetingId: meeting.id,
      freeName: 'Kader Posyandu',
      institutionId: pkk.id,
      invited: false,
    });
    const linked = await call('participants.toDirectory', { id: walkIn.id });
    expect(linked).toMatchObject({ institutionId: pkk.id, personName: 'Kader Posyandu' });
    const other = await call('participants.add', { meetingId: meeting.id, freeName: 'Tamu', invited: false });
    expect(
      errorOf(await core.dispatch('participants.toDirectory', { id: other.id, institutionId: MISSING_ID })),
    ).toEqual(fieldError('VALIDATION', 'institutionId', 'validation.institutionUnknown'));
    expect(await call('participants.toDirectory', { id: other.id })).toMatchObject({ personName: 'Tamu' });
  });
});

describe('attendance counts in the workspace', () => {
  it('count invited vs present people and institutions, walk-ins, stand-ins and sectors, live', async () => {
    const meeting = await newMeeting(call);
    const a = await call('participants.add', { meetingId: meeting.id, personId: kapus.id });
    const b = await call('participants.add', { meetingId: meeting.id, personId: ketuaPkk.id });
    const c = await call('participants.add', { meetingId: meeting.id, institutionId: koramil.id });
    const counts = async () => (await call('meetings.workspace', { id: meeting.id })).counts;
    expect(await counts()).toEqual({
      invitedPeople: 3,
      invitedInstitutions: 3,
      presentPeople: 0,
      presentInstitutions: 0,
      presentInvitedPeople: 0,
      presentInvitedInstitutions: 0,
      walkIns: 0,
      excused: 0,
      absent: 0,
      represented: 0,
      unknown: 3,
      invitedBySector: { kesehatan: 1, pkk: 1, tni_polri: 1 },
    });
    await call('participants.setAttendance', { id: a.id, attendance: 'represented', standInName: 'Nurbaya' });
    await call('participants.setAttendance', { id: b.id, attendance: 'absent' });
    await call('participants.setAttendance', { id: c.id, attendance: 'present' });
    await call('participants.add', { meetingId: meeting.id, freeName: 'Warga', invited: false });
    expect(await counts()).toEqual({
      invitedPeople: 3,
      invitedInstitutions: 3,
      presentPeople: 3,
      presentInstitutions: 2,
      presentInvitedPeople: 2,
      presentInvitedInstitutions: 2,
      walkIns: 1,
      excused: 0,
      absent: 1,
      represented: 1,
      unknown: 0,
      invitedBySector: { kesehatan: 1, pkk: 1, tni_polri: 1 },
    });
    await call('participants.remove', { id: c.id });
    expect(await counts()).toMatchObject({ invitedPeople: 2, invitedInstitutions: 2, presentPeople: 2 });
  });
});
