import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { DemoRecord } from '../../../electron/demo/record';
import { callerOf, type Call } from '../support/seed-rakor';
import { newMeeting } from '../support/meetings';
import { errorOf, startTestCore } from '../support/temp';

let core: Core & { dataDir: string };
let call: Call;

beforeEach(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
});

afterEach(() => core.close());

function demoRecord(): DemoRecord {
  const row = core.store.db.prepare("SELECT value FROM settings WHERE key = 'demo'").pluck().get() as string;
  return JSON.parse(row) as DemoRecord;
}

/** Every table's row count except the append-only history and the migration ledger. */
function tableCounts(): Record<string, number> {
  const tables = core.store.db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT IN ('history', 'schema_migrations') AND sql NOT LIKE 'CREATE VIRTUAL%'`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, core.store.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]),
  );
}

describe('demo.load', () => {
  it('enters the seed Rakor, readable through meetings.workspace, and its follow-up', async () => {
    const status = await call('demo.load', {});
    expect(status.loaded).toBe(true);
    expect(status.counts).toEqual({ institutions: 12, people: 12, meetings: 2, plans: 1 });
    const [seedId = '', followUpId = ''] = status.meetingIds;

    const seed = await call('meetings.workspace', { id: seedId });
    expect(seed.meeting).toMatchObject({
      title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
      date: '2025-10-17',
      venue: 'Aula Kantor Camat Kelara',
      chairName: 'H. Islam Iskandar, S.Sos.',
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      status: 'approved',
      timeZone: 'WITA',
    });
    expect(seed.meeting.areas.map((area) => area.name)).toEqual(['Kelara', 'Rumbia']);
    // The sample carries the dates of its story, not the moment it was loaded.
    expect(seed.meeting.approvedAt).toBe('2025-10-20T01:00:00.000Z');
    expect(new Set(seed.history.map((entry) => entry.at.slice(0, 10)))).toEqual(new Set(['2025-10-17', '2025-10-20']));
    const presenters = seed.agenda.filter((item) => item.kind === 'presentation').map((item) => item.presenterName);
    expect(presenters).toEqual(['St. Meriam', 'Alfian Afandy Syam']);
    expect(seed.participants.filter((p) => p.attendance === 'represented')).toHaveLength(1);
    expect(seed.minutes.filter((entry) => entry.kind === 'directive')).toHaveLength(3);
    expect(seed.decisions).toHaveLength(2);
    expect(seed.commitments.map((c) => c.institutionName)).toEqual([
      'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
      'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
    ]);
    // Names the article does not give are marked as sample names.
    const camat = seed.participants.find((p) => p.personPosition === 'Camat Kelara');
    expect(camat?.personName).toMatch(/\(contoh\)$/);

    const followUp = await call('meetings.workspace', { id: followUpId });
    expect(followUp.meeting).toMatchObject({ date: '2025-11-21', status: 'held' });
    expect(followUp.commitments).toHaveLength(4);
    // The seed Rakor's commitments were reviewed in the follow-up: progress reported in it.
    for (const commitment of seed.commitments) {
      const detail = await call('commitments.detail', { id: commitment.id });
      expect(detail.commitment.status).toBe('in_progress');
      expect(detail.updates.map((update) => update.meetingId)).toEqual([followUpId]);
    }
    // After it, two new commitments were reported done on time and one under way, on their own dates.
    const after = await Promise.all(
      followUp.commitments.map(async (c) => {
        const detail = await call('commitments.detail', { id: c.id });
        return [detail.commitment.status, detail.updates.map((u) => u.reportedOn)];
      }),
    );
    // Each report is stamped on its own day.
    const reportDetail = await call('commitments.detail', { id: followUp.commitments[0]?.id ?? '' });
    expect(reportDetail.history.map((entry) => entry.at.slice(0, 10))).toContain('2025-12-17');
    expect(after).toEqual([
      ['done', ['2025-12-17']],
      ['not_started', []],
      ['in_progress', ['2026-01-12']],
      ['done', ['2025-12-29']],
    ]);
  });

  it('adds an adopted plan of a dozen rows in the villages of Kelara and Rumbia, in whole Rupiah', async () => {
    const status = await call('demo.load', {});
    const [planId = ''] = demoRecord().plans;
    const { plan } = await call('plans.get', { id: planId });
    expect(plan).toMatchObject({ year: 2026, status: 'adopted', adoptedMeetingId: status.meetingIds[1], rowCount: 12 });
    expect(plan.priorityVillageCodes).toHaveLength(11);
    expect(Number.isInteger(plan.totalAmount)).toBe(true);
    const db = core.store.db;
    const outside = db
      .prepare(
        "SELECT area_code FROM plan_row_locations WHERE area_code NOT GLOB '73.04.05.*' AND area_code NOT GLOB '73.04.10.*'",
      )
      .all();
    expect(outside).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM plan_rows WHERE intervention_id IS NULL').pluck().get()).toBe(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('sets up the office of the Kelara secretariat when none is set', async () => {
    await call('demo.load', {});
    const settings = await call('settings.get', {});
    expect(settings.office).toMatchObject({
      level: 'kecamatan',
      kecamatanCode: '73.04.05',
      officeName: 'Kantor Camat Kelara',
    });
  });

  it('loads beside the office’s own records at any time, keeping its office and marking every sample record', async () => {
    const office = {
      level: 'kecamatan',
      kabupatenCode: '73.04',
      kecamatanCode: '73.04.03',
      officeName: 'Kantor Camat Binamu',
    } as const;
    await call('settings.update', { office });
    const own = await newMeeting(call, { areaCodes: ['73.04.03'] });
    const status = await call('demo.load', {});
    expect(status.counts).toEqual({ institutions: 12, people: 12, meetings: 2, plans: 1 });
    expect((await call('settings.get', {})).office).toMatchObject(office);
    expect(status.ids.meetings).toEqual(status.meetingIds);
    expect(status.ids.meetings).not.toContain(own.id);
    expect(status.ids.people).toHaveLength(12);
    expect((await call('meetings.list', {})).total).toBe(3);
    // Removing it leaves the office's own meeting and office as they were.
    await call('demo.remove', {});
    expect((await call('meetings.list', {})).items.map((m) => m.id)).toEqual([own.id]);
    expect((await call('settings.get', {})).office).toMatchObject(office);
  });

  it('comes without its plan when the office has its own plan for Jeneponto 2026', async () => {
    const own = await call('plans.create', { areaCode: '73.04', year: 2026, title: 'Rencana aksi kami' });
    const status = await call('demo.load', {});
    expect(status.counts.plans).toBe(0);
    expect((await call('plans.list', {})).items.map((plan) => plan.id)).toEqual([own.id]);
    await call('demo.remove', {});
    expect((await call('plans.list', {})).total).toBe(1);
  });

  it('is refused a second time', async () => {
    await call('demo.load', {});
    expect(errorOf(await core.dispatch('demo.load', {})).code).toBe('CONFLICT');
  });
});

describe('demo.remove', () => {
  it('removes every demo row and nothing an office created after loading it', async () => {
    const empty = tableCounts();
    await call('demo.load', {});
    const record = demoRecord();
    // The office's own records, made after the demo: kept, unchanged.
    const institution = await call('institutions.create', {
      name: 'Kantor Camat Binamu',
      sector: 'pemerintahan',
      level: 'kecamatan',
      areaCode: '73.04.03',
    });
    const person = await call('people.create', { name: 'Nurlaela, S.Sos.', institutionId: institution.id });
    const meeting = await newMeeting(call, { areaCodes: ['73.04.03'], chairPersonId: person.id });
    await call('participants.add', { meetingId: meeting.id, personId: person.id });
    // A newcomer's addition to a demo meeting goes with the demo meeting.
    await call('agenda.create', { meetingId: record.meetings[1] ?? '', title: 'Tambahan dari pengguna' });

    const status = await call('demo.remove', {});
    expect(status.loaded).toBe(false);
    const db = core.store.db;
    const left = (table: string, ids: string[]) =>
      db
        .prepare(`SELECT count(*) FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .get(JSON.stringify(ids));
    expect(left('institutions', record.institutions)).toBe(0);
    expect(left('people', record.people)).toBe(0);
    expect(left('meetings', record.meetings)).toBe(0);
    expect(left('action_plans', record.plans)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM settings WHERE key IN ('demo', 'office')").pluck().get()).toBe(0);
    expect(await call('meetings.get', { id: meeting.id })).toEqual(meeting);
    expect(await call('people.get', { id: person.id })).toEqual(person);
    const counts = tableCounts();
    expect(counts.institutions).toBe(1);
    expect(counts.people).toBe(1);
    expect(counts.meetings).toBe(1);
    expect(counts.meeting_participants).toBe(1);
    for (const table of [
      'agenda_items',
      'minutes_entries',
      'decisions',
      'commitments',
      'commitment_updates',
      'plan_rows',
    ]) {
      expect(counts[table], table).toBe(empty[table]);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps an office the user changed after loading', async () => {
    await call('demo.load', {});
    const office = { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda Kabupaten Jeneponto' } as const;
    await call('settings.update', { office });
    await call('demo.remove', {});
    expect((await call('settings.get', {})).office).toMatchObject(office);
  });

  it('removes nothing and answers CONFLICT while an office record uses a demo person', async () => {
    const status = await call('demo.load', {});
    const chair = demoRecord().people[0] ?? '';
    await newMeeting(call, { chairPersonId: chair });
    const before = tableCounts();
    const error = errorOf(await core.dispatch('demo.remove', {}));
    expect(error).toMatchObject({ code: 'CONFLICT', message: { key: 'error.demoInUse', params: { count: 1 } } });
    expect(tableCounts()).toEqual(before);
    expect((await call('demo.status', {})).meetingIds).toEqual(status.meetingIds);
  });

  it('does nothing when no demo is loaded', async () => {
    const before = tableCounts();
    expect((await call('demo.remove', {})).loaded).toBe(false);
    expect(tableCounts()).toEqual(before);
  });
});
