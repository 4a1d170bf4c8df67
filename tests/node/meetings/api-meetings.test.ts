import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Page, Person } from '../../../shared/domain/directory';
import type { Meeting, MeetingListItem } from '../../../shared/domain/meetings';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const MISSING_ID = '01900000-0000-7000-8000-000000000000';

let core: TestCore;
let chair: Person;
const events: ChangeEvent[] = [];

const RAKOR = {
  title: 'Rakor TPPS Kecamatan Kelara Triwulan I',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  areaCodes: ['73.04.05'],
  date: '2025-03-12',
  startTime: '09:00',
  endTime: '11:30',
};

beforeAll(async () => {
  core = await startTestCore();
  core.subscribe((event) => events.push(event));
  chair = valueOf(await core.dispatch('people.create', { name: 'Camat Kelara', position: 'Camat' })) as Person;
});
afterAll(() => core.close());

async function createMeeting(input: object = {}): Promise<Meeting> {
  return valueOf(await core.dispatch('meetings.create', { ...RAKOR, ...input })) as Meeting;
}

function approve(id: string): void {
  core.store.db.prepare("UPDATE meetings SET status = 'approved', approved_at = 'now' WHERE id = ?").run(id);
}

async function listTitles(input: object = {}): Promise<string[]> {
  return (valueOf(await core.dispatch('meetings.list', input)) as Page<MeetingListItem>).items.map((m) => m.title);
}

describe('meetings', () => {
  it('round-trips create, get, update and delete', async () => {
    const created = await createMeeting({
      venue: 'Aula Kantor Camat',
      chairPersonId: chair.id,
      chairRole: 'Ketua TPPS Kecamatan',
      invitationNumber: '005/12/KEL/III/2025',
    });
    expect(created).toEqual({
      id: expect.any(String),
      title: RAKOR.title,
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areas: [{ code: '73.04.05', name: 'Kelara', level: 'kecamatan' }],
      date: '2025-03-12',
      startTime: '09:00',
      endTime: '11:30',
      timeZone: 'WITA',
      venue: 'Aula Kantor Camat',
      chairPersonId: chair.id,
      chairName: 'Camat Kelara',
      chairRole: 'Ketua TPPS Kecamatan',
      minuteTakerPersonId: null,
      minuteTakerName: null,
      invitationNumber: '005/12/KEL/III/2025',
      status: 'draft',
      summary: null,
      closingTime: null,
      approvedAt: null,
      isTemplate: false,
      createdAt: expect.any(String),
      updatedAt: created.createdAt,
    });
    expect(valueOf(await core.dispatch('meetings.get', { id: created.id }))).toEqual(created);

    const updated = valueOf(
      await core.dispatch('meetings.update', {
        ...RAKOR,
        id: created.id,
        title: 'Rembuk Stunting Desa',
        kind: 'rembuk_stunting',
        hostLevel: 'desa',
        areaCodes: ['73.04.05.2006', '73.04.05.1001'],
        endTime: null,
        minuteTakerPersonId: chair.id,
      }),
    ) as Meeting;
    expect(updated).toMatchObject({
      id: created.id,
      title: 'Rembuk Stunting Desa',
      kind: 'rembuk_stunting',
      hostLevel: 'desa',
      areas: [
        { code: '73.04.05.2006', name: 'Gantarang', level: 'desa' },
        { code: '73.04.05.1001', name: 'Tolo', level: 'desa' },
      ],
      endTime: null,
      venue: null,
      chairPersonId: null,
      chairName: null,
      minuteTakerName: 'Camat Kelara',
      createdAt: created.createdAt,
    });

    expect(valueOf(await core.dispatch('meetings.delete', { id: created.id }))).toEqual({ id: created.id });
    expect(errorOf(await core.dispatch('meetings.get', { id: created.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
    expect(await listTitles({ query: 'rembuk' })).toEqual([]);
  });

  it('takes the time zone from the first area unless one is given', async () => {
    expect((await createMeeting({ areaCodes: ['31.71'] })).timeZone).toBe('WIB');
    expect((await createMeeting({ areaCodes: ['94.01', '73.04'] })).timeZone).toBe('WIT');
    expect((await createMeeting({ areaCodes: ['73.04'], timeZone: 'WIB' })).timeZone).toBe('WIB');
  });

  it('lists newest first, by search text, status and area (including areas below it)', async () => {
    const older = await createMeeting({
      title: 'Monev Bontoramba',
      kind: 'monev',
      areaCodes: ['73.04.07'],
      date: '2025-01-05',
    });
    const newer = await createMeeting({
      title: 'Monev Kelara',
      kind: 'monev',
      areaCodes: ['73.04.05.2006'],
      date: '2025-06-01',
    });
    const elsewhere = await createMeeting({
      title: 'Monev Gowa',
      kind: 'monev',
      areaCodes: ['73.06'],
      date: '2025-07-01',
    });

    expect(await listTitles({ query: 'MONEV' })).toEqual([elsewhere.title, newer.title, older.title]);
    expect(await listTitles({ kind: 'monev', areaCode: '73.04' })).toEqual([newer.title, older.title]);
    expect(await listTitles({ kind: 'monev', areaCode: '73.04.05' })).toEqual([newer.title]);
    approve(older.id);
    expect(await listTitles({ status: 'approved' })).toEqual([older.title]);
    const page = valueOf(
      await core.dispatch('meetings.list', { query: 'monev', limit: 1, offset: 1 }),
    ) as Page<MeetingListItem>;
    expect(page.total).toBe(3);
    expect(page.items).toEqual([
      {
        id: newer.id,
        title: newer.title,
        kind: 'monev',
        hostLevel: 'kecamatan',
        areas: [{ code: '73.04.05.2006', name: 'Gantarang', level: 'desa' }],
        date: '2025-06-01',
        startTime: '09:00',
        timeZone: 'WITA',
        venue: null,
        status: 'draft',
        chairName: null,
        origin: null,
      },
    ]);
  });

  it('refuses unknown areas and people on the field that names them', async () => {
    const cases: [object, string, string][] = [
      [{ areaCodes: ['73.04.05', '73.04.99'] }, 'areaCodes.1', 'validation.areaUnknown'],
      [{ chairPersonId: MISSING_ID }, 'chairPersonId', 'validation.personUnknown'],
      [{ minuteTakerPersonId: MISSING_ID }, 'minuteTakerPersonId', 'validation.personUnknown'],
    ];
    for (const [change, path, key] of cases) {
      expect(errorOf(await core.dispatch('meetings.create', { ...RAKOR, ...change }))).toEqual({
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path, key }],
      });
    }
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    for (const [method, input] of [
      ['meetings.get', { id: MISSING_ID }],
      ['meetings.update', { ...RAKOR, id: MISSING_ID }],
      ['meetings.delete', { id: MISSING_ID }],
    ] as const) {
      expect(errorOf(await core.dispatch(method, input))).toEqual({
        code: 'NOT_FOUND',
        message: { key: 'error.notFound.meeting' },
      });
    }
  });

  it('refuses to change or delete an approved meeting, and still shows it', async () => {
    const meeting = await createMeeting({ title: 'Sudah Disetujui' });
    approve(meeting.id);
    events.length = 0;
    const locked = { code: 'LOCKED', message: { key: 'error.meetingLocked' } };
    expect(errorOf(await core.dispatch('meetings.update', { ...RAKOR, id: meeting.id, title: 'Diubah' }))).toEqual(
      locked,
    );
    expect(errorOf(await core.dispatch('meetings.delete', { id: meeting.id }))).toEqual(locked);
    expect(valueOf(await core.dispatch('meetings.get', { id: meeting.id }))).toMatchObject({
      title: 'Sudah Disetujui',
      status: 'approved',
    });
    expect(events).toEqual([]);
  });

  it('announces meeting writes and not reads', async () => {
    events.length = 0;
    const meeting = await createMeeting({ title: 'Event' });
    await core.dispatch('meetings.get', { id: meeting.id });
    await core.dispatch('meetings.list', {});
    valueOf(await core.dispatch('meetings.update', { ...RAKOR, id: meeting.id }));
    valueOf(await core.dispatch('meetings.delete', { id: meeting.id }));
    expect(events).toEqual([
      { entities: ['meetings'], ids: { meetings: [meeting.id] } },
      { entities: ['meetings'], ids: { meetings: [meeting.id] } },
      // Its commitments leave the follow-up ledger with it.
      { entities: ['meetings', 'commitments'], ids: { meetings: [meeting.id] } },
    ]);
  });
});
