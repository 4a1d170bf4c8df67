import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Institution, Person } from '../../../shared/domain/directory';
import type { Meeting } from '../../../shared/domain/meetings';
import { KELARA_MEETING, MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let meriam: Person;
let dppkb: Institution;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  dppkb = await call('institutions.create', {
    name: 'DPPKB Jeneponto',
    sector: 'keluarga_berencana',
    level: 'kabupaten',
  });
  meriam = await call('people.create', { name: 'St. Meriam', position: 'Kepala DPPKB', institutionId: dppkb.id });
});
afterAll(() => core.close());

/** A meeting with items A, B, C, D (10 minutes each) in that order. */
async function meetingWithAgenda(): Promise<{ meeting: Meeting; items: Record<'A' | 'B' | 'C' | 'D', AgendaItem> }> {
  const meeting = await newMeeting(call);
  const item = (title: string) => call('agenda.create', { meetingId: meeting.id, title, durationMinutes: 10 });
  const A = await item('A');
  const B = await item('B');
  const C = await item('C');
  const D = await item('D');
  return { meeting, items: { A, B, C, D } };
}

async function order(meetingId: string): Promise<string> {
  const { agenda } = await call('meetings.workspace', { id: meetingId });
  expect(agenda.map((a) => a.position)).toEqual(agenda.map((_, i) => i));
  return agenda.map((a) => a.title).join('');
}

describe('agenda', () => {
  it('creates an item with its presenter, and updates it', async () => {
    const meeting = await newMeeting(call);
    const item = await call('agenda.create', {
      meetingId: meeting.id,
      kind: 'presentation',
      title: '  Strategi intervensi keluarga berisiko stunting  ',
      presenterPersonId: meriam.id,
      presenterInstitutionId: dppkb.id,
      startTime: '09:30',
      durationMinutes: 30,
      notes: 'Bahan tayang dikirim H-1',
    });
    expect(item).toEqual({
      id: expect.any(String),
      meetingId: meeting.id,
      position: 0,
      kind: 'presentation',
      title: 'Strategi intervensi keluarga berisiko stunting',
      presenterPersonId: meriam.id,
      presenterName: 'St. Meriam',
      presenterPosition: 'Kepala DPPKB',
      presenterInstitutionId: dppkb.id,
      presenterInstitutionName: 'DPPKB Jeneponto',
      startTime: '09:30',
      durationMinutes: 30,
      notes: 'Bahan tayang dikirim H-1',
      updatedAt: expect.any(String),
    });
    const updated = await call('agenda.update', { id: item.id, title: 'Diskusi', durationMinutes: null });
    expect(updated).toMatchObject({
      id: item.id,
      position: 0,
      kind: 'discussion',
      title: 'Diskusi',
      presenterPersonId: null,
      presenterName: null,
      presenterInstitutionName: null,
      startTime: null,
      durationMinutes: null,
      notes: null,
    });
  });

  it('appends, or inserts at a position and shifts the others', async () => {
    const { meeting } = await meetingWithAgenda();
    await call('agenda.create', { meetingId: meeting.id, title: 'X', position: 0 });
    expect(await order(meeting.id)).toBe('XABCD');
    await call('agenda.create', { meetingId: meeting.id, title: 'Y', position: 2 });
    expect(await order(meeting.id)).toBe('XAYBCD');
    await call('agenda.create', { meetingId: meeting.id, title: 'Z', position: 6 });
    expect(await order(meeting.id)).toBe('XAYBCDZ');
    await call('agenda.create', { meetingId: meeting.id, title: 'W', position: 99 });
    expect(await order(meeting.id)).toBe('XAYBCDZW');
    await call('agenda.create', { meetingId: meeting.id, title: 'V' });
    expect(await order(meeting.id)).toBe('XAYBCDZWV');
  });

  it('moves up, down, to first and to last, and answers the new order', async () => {
    const { meeting, items } = await meetingWithAgenda();
    const moved = await call('agenda.move', { id: items.C.id, toPosition: 1 });
    expect(moved.map((a) => [a.title, a.position])).toEqual([
      ['A', 0],
      ['C', 1],
      ['B', 2],
      ['D', 3],
    ]);
    await call('agenda.move', { id: items.A.id, toPosition: 1 });
    expect(await order(meeting.id)).toBe('CABD');
    await call('agenda.move', { id: items.D.id, toPosition: 0 });
    expect(await order(meeting.id)).toBe('DCAB');
    await call('agenda.move', { id: items.D.id, toPosition: 3 });
    expect(await order(meeting.id)).toBe('CABD');
    await call('agenda.move', { id: items.C.id, toPosition: 10_000 });
    expect(await order(meeting.id)).toBe('ABDC');
    await call('agenda.move', { id: items.B.id, toPosition: 1 });
    expect(await order(meeting.id)).toBe('ABDC');
  });

  it('deletes, renumbers, and keeps what was recorded under the item without the link', async () => {
    const { meeting, items } = await meetingWithAgenda();
    const inst = await call('institutions.create', { name: 'Bappeda', sector: 'perencanaan', level: 'kabupaten' });
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: items.B.id, body: 'Catatan B' });
    const decision = await call('decisions.create', { meetingId: meeting.id, agendaItemId: items.B.id, body: 'K' });
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      agendaItemId: items.B.id,
      institutionId: inst.id,
      description: 'Menyelaraskan anggaran',
    });
    const kept = await call('minutes.create', { meetingId: meeting.id, agendaItemId: items.C.id, body: 'Catatan C' });

    expect(await call('agenda.delete', { id: items.B.id })).toEqual({ id: items.B.id });
    expect(await order(meeting.id)).toBe('ACD');
    const workspace = await call('meetings.workspace', { id: meeting.id });
    expect(workspace.minutes.map((m) => [m.id, m.agendaItemId])).toEqual([
      [kept.id, items.C.id],
      [entry.id, null],
    ]);
    expect(workspace.decisions.map((d) => [d.id, d.agendaItemId])).toEqual([[decision.id, null]]);
    expect(workspace.commitments.map((c) => [c.id, c.agendaItemId])).toEqual([[commitment.id, null]]);

    expect(errorOf(await core.dispatch('agenda.delete', { id: items.B.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.agendaItem' },
    });
    await call('agenda.delete', { id: items.A.id });
    await call('agenda.delete', { id: items.D.id });
    expect(await order(meeting.id)).toBe('C');
  });

  it('keeps each meeting’s positions apart', async () => {
    const first = await meetingWithAgenda();
    const second = await meetingWithAgenda();
    await call('agenda.move', { id: first.items.D.id, toPosition: 0 });
    await call('agenda.delete', { id: second.items.A.id });
    expect(await order(first.meeting.id)).toBe('DABC');
    expect(await order(second.meeting.id)).toBe('BCD');
  });

  it('refuses presenters that are not in the directory, on their field', async () => {
    const meeting = await newMeeting(call);
    expect(
      errorOf(
        await core.dispatch('agenda.create', { meetingId: meeting.id, title: 'X', presenterPersonId: MISSING_ID }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'presenterPersonId', key: 'validation.personUnknown' }],
    });
    expect(
      errorOf(
        await core.dispatch('agenda.create', { meetingId: meeting.id, title: 'X', presenterInstitutionId: MISSING_ID }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'presenterInstitutionId', key: 'validation.institutionUnknown' }],
    });
    expect((await call('meetings.workspace', { id: meeting.id })).agenda).toEqual([]);
  });

  it('still edits an item whose presenter has left the directory since', async () => {
    const meeting = await newMeeting(call);
    const person = await call('people.create', { name: 'Kepala Bidang Lama' });
    const item = await call('agenda.create', { meetingId: meeting.id, title: 'Paparan', presenterPersonId: person.id });
    await call('people.delete', { id: person.id });
    const updated = await call('agenda.update', { id: item.id, title: 'Paparan bidang', presenterPersonId: person.id });
    expect(updated).toMatchObject({ title: 'Paparan bidang', presenterName: 'Kepala Bidang Lama' });
  });

  it('answers NOT_FOUND for unknown items and meetings', async () => {
    const agendaItem = { code: 'NOT_FOUND', message: { key: 'error.notFound.agendaItem' } };
    expect(errorOf(await core.dispatch('agenda.update', { id: MISSING_ID, title: 'X' }))).toEqual(agendaItem);
    expect(errorOf(await core.dispatch('agenda.move', { id: MISSING_ID, toPosition: 0 }))).toEqual(agendaItem);
    expect(errorOf(await core.dispatch('agenda.create', { meetingId: MISSING_ID, title: 'X' }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
  });
});

describe('the schedule in the workspace', () => {
  it('follows durations, fixed times and the planned end, and flags an overrun', async () => {
    const meeting = await newMeeting(call, { startTime: '09:00', endTime: '10:00' });
    const opening = await call('agenda.create', { meetingId: meeting.id, title: 'Pembukaan', durationMinutes: 15 });
    const talk = await call('agenda.create', { meetingId: meeting.id, title: 'Paparan', durationMinutes: 30 });
    let { schedule } = await call('meetings.workspace', { id: meeting.id });
    expect(schedule).toEqual({
      items: [
        { id: opening.id, start: '09:00', end: '09:15', overlapsPrevious: false },
        { id: talk.id, start: '09:15', end: '09:45', overlapsPrevious: false },
      ],
      end: '09:45',
      overrunMinutes: 0,
    });

    const discussion = await call('agenda.create', {
      meetingId: meeting.id,
      title: 'Diskusi',
      startTime: '09:50',
      durationMinutes: 25,
    });
    ({ schedule } = await call('meetings.workspace', { id: meeting.id }));
    expect(schedule.items[2]).toEqual({ id: discussion.id, start: '09:50', end: '10:15', overlapsPrevious: false });
    expect(schedule).toMatchObject({ end: '10:15', overrunMinutes: 15 });

    await call('agenda.move', { id: discussion.id, toPosition: 0 });
    ({ schedule } = await call('meetings.workspace', { id: meeting.id }));
    expect(schedule.items.map((i) => `${i.start}-${i.end}${i.overlapsPrevious ? '!' : ''}`)).toEqual([
      '09:50-10:15',
      '10:15-10:30',
      '10:30-11:00',
    ]);
    expect(schedule).toMatchObject({ end: '11:00', overrunMinutes: 60 });

    await call('meetings.update', { ...KELARA_MEETING, areaCodes: ['73.04.05'], id: meeting.id, endTime: null });
    ({ schedule } = await call('meetings.workspace', { id: meeting.id }));
    expect(schedule).toMatchObject({ end: '11:00', overrunMinutes: 0 });
  });
});
