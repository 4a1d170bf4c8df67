import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let seed: SeedRakor;
let source: MeetingWorkspace;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  seed = await seedRakor(call);
  source = await call('meetings.workspace', { id: seed.meeting.id });
});
afterAll(() => core.close());

async function titles(input: InputOf<'meetings.list'>): Promise<string[]> {
  return (await call('meetings.list', input)).items.map((m) => m.title);
}

describe('meetings.duplicate', () => {
  it('copies details, areas, agenda and invitees of an approved meeting into a new draft', async () => {
    const copy = await call('meetings.duplicate', {
      id: seed.meeting.id,
      title: 'Rakor TPPS Kelara–Rumbia Triwulan IV',
      date: '2026-01-16',
    });
    expect(copy).toMatchObject({
      title: 'Rakor TPPS Kelara–Rumbia Triwulan IV',
      date: '2026-01-16',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areas: source.meeting.areas,
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'WITA',
      venue: 'Aula Kantor Camat Kelara',
      chairPersonId: seed.people.chair.id,
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      minuteTakerName: 'Ahmad Fauzi, S.IP.',
      invitationNumber: null,
      status: 'draft',
      summary: null,
      closingTime: null,
      approvedAt: null,
      isTemplate: false,
    });
    expect(copy.id).not.toBe(seed.meeting.id);
    const sourceRow = core.store.db.prepare('SELECT source_meeting_id FROM meetings WHERE id = ?').get(copy.id);
    expect(sourceRow).toEqual({ source_meeting_id: seed.meeting.id });

    const workspace = await call('meetings.workspace', { id: copy.id });
    const agendaOf = (w: MeetingWorkspace) =>
      w.agenda.map((a) => ({
        position: a.position,
        kind: a.kind,
        title: a.title,
        presenterPersonId: a.presenterPersonId,
        presenterInstitutionId: a.presenterInstitutionId,
        durationMinutes: a.durationMinutes,
        notes: a.notes,
      }));
    expect(agendaOf(workspace)).toEqual(agendaOf(source));
    expect(workspace.agenda.every((a) => a.meetingId === copy.id && a.startTime === null)).toBe(true);
    expect(workspace.schedule.end).toBe(source.schedule.end);

    // Invitees without attendance; the walk-in is not an invitee.
    const invitees = source.participants.filter((p) => p.invited);
    expect(workspace.participants.map((p) => [p.personId, p.institutionId, p.freeName, p.role])).toEqual(
      invitees.map((p) => [p.personId, p.institutionId, p.freeName, p.role]),
    );
    expect(
      workspace.participants.every(
        (p) => p.invited && p.attendance === 'unknown' && p.standInName === null && p.arrivalTime === null,
      ),
    ).toBe(true);
    expect(workspace.minutes).toEqual([]);
    expect(workspace.decisions).toEqual([]);
    expect(workspace.commitments).toEqual([]);
    expect(workspace.history).toEqual([]);

    // The source is untouched.
    expect(await call('meetings.workspace', { id: seed.meeting.id })).toEqual(source);
  });

  it('keeps the title and date of the source when none is given, and skips people deleted since', async () => {
    const meeting = await newMeeting(call, { title: 'Rembuk Stunting Desa Tolo' });
    const gone = await call('people.create', { name: 'Pensiunan' });
    const stays = await call('people.create', { name: 'Lurah Tolo' });
    await call('agenda.create', { meetingId: meeting.id, title: 'Paparan', presenterPersonId: gone.id });
    await call('participants.add', { meetingId: meeting.id, personId: gone.id });
    await call('participants.add', { meetingId: meeting.id, personId: stays.id });
    await call('people.delete', { id: gone.id });

    const copy = await call('meetings.duplicate', { id: meeting.id });
    expect(copy).toMatchObject({ title: meeting.title, date: meeting.date, status: 'draft' });
    const workspace = await call('meetings.workspace', { id: copy.id });
    expect(workspace.agenda.map((a) => [a.title, a.presenterPersonId])).toEqual([['Paparan', null]]);
    expect(workspace.participants.map((p) => p.personId)).toEqual([stays.id]);
  });

  it('records the invitee’s institution of today in the copy', async () => {
    const meeting = await newMeeting(call, { title: 'Mutasi' });
    const before = await call('institutions.create', {
      name: 'Puskesmas Lama',
      sector: 'kesehatan',
      level: 'kecamatan',
    });
    const after = await call('institutions.create', {
      name: 'Puskesmas Baru',
      sector: 'kesehatan',
      level: 'kecamatan',
    });
    const person = await call('people.create', { name: 'Bidan Nur', institutionId: before.id });
    await call('participants.add', { meetingId: meeting.id, personId: person.id });
    await call('people.update', { id: person.id, name: 'Bidan Nur', institutionId: after.id });

    const copy = await call('meetings.duplicate', { id: meeting.id });
    const [original] = (await call('meetings.workspace', { id: meeting.id })).participants;
    const [copied] = (await call('meetings.workspace', { id: copy.id })).participants;
    expect(original?.institutionName).toBe('Puskesmas Lama');
    expect(copied?.institutionName).toBe('Puskesmas Baru');
  });

  it('saves a template that stays out of the meetings list, and makes real meetings from it', async () => {
    const template = await call('meetings.duplicate', {
      id: seed.meeting.id,
      asTemplate: true,
      title: 'Templat Rakor TPPS Kecamatan',
    });
    expect(template).toMatchObject({ isTemplate: true, status: 'draft', title: 'Templat Rakor TPPS Kecamatan' });
    expect(await titles({ query: 'templat' })).toEqual([]);
    expect(await titles({ templates: true })).toEqual(['Templat Rakor TPPS Kecamatan']);

    const fromTemplate = await call('meetings.duplicate', {
      id: template.id,
      title: 'Rakor TPPS Kecamatan Februari',
      date: '2026-02-13',
    });
    expect(fromTemplate).toMatchObject({ isTemplate: false, status: 'draft', date: '2026-02-13' });
    expect(await titles({ query: 'februari' })).toEqual(['Rakor TPPS Kecamatan Februari']);
    expect(await titles({ templates: true })).toEqual(['Templat Rakor TPPS Kecamatan']);
    expect((await call('meetings.workspace', { id: fromTemplate.id })).agenda).toHaveLength(6);
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    expect(errorOf(await core.dispatch('meetings.duplicate', { id: MISSING_ID }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
  });
});

describe('meetings.list for the upcoming, past and drafts views', () => {
  beforeAll(async () => {
    for (const [title, date, startTime] of [
      ['Monev Oktober', '2025-10-03', '09:00'],
      ['Monev November pagi', '2025-11-07', '08:00'],
      ['Monev November siang', '2025-11-07', '13:00'],
      ['Monev Desember', '2025-12-05', '09:00'],
    ] as const) {
      await newMeeting(call, { title, date, startTime, endTime: null, kind: 'monev' });
    }
  });

  it('filters by date, both ends inclusive', async () => {
    expect(await titles({ kind: 'monev', dateFrom: '2025-11-07' })).toEqual([
      'Monev Desember',
      'Monev November siang',
      'Monev November pagi',
    ]);
    expect(await titles({ kind: 'monev', dateTo: '2025-11-07' })).toEqual([
      'Monev November siang',
      'Monev November pagi',
      'Monev Oktober',
    ]);
    expect(await titles({ kind: 'monev', dateFrom: '2025-11-07', dateTo: '2025-11-07' })).toEqual([
      'Monev November siang',
      'Monev November pagi',
    ]);
    expect(await titles({ kind: 'monev', dateFrom: '2025-11-08', dateTo: '2025-12-04' })).toEqual([]);
  });

  it('orders oldest first for upcoming meetings and newest first otherwise', async () => {
    expect(await titles({ kind: 'monev', order: 'asc' })).toEqual([
      'Monev Oktober',
      'Monev November pagi',
      'Monev November siang',
      'Monev Desember',
    ]);
    expect(await titles({ kind: 'monev' })).toEqual([
      'Monev Desember',
      'Monev November siang',
      'Monev November pagi',
      'Monev Oktober',
    ]);
  });

  it('combines the date filter with status and paging, and counts the total', async () => {
    const page = await call('meetings.list', {
      kind: 'monev',
      status: 'draft',
      dateFrom: '2025-11-01',
      order: 'asc',
      limit: 1,
      offset: 1,
    });
    expect(page.total).toBe(3);
    expect(page.items.map((m) => m.title)).toEqual(['Monev November siang']);
  });
});
