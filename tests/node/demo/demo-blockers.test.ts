import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { BLOCKERS, NEVER_BLOCKS, PROVENANCE } from '../../../electron/demo/repository';
import type { DemoStatus } from '../../../shared/domain/demo';
import { bringTo, KELARA_MEETING, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

let core: Core & { dataDir: string };
let call: Call;
let demo: DemoStatus;

beforeEach(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  demo = await call('demo.load', {});
});

afterEach(() => core.close());

/** A sample person and institution by name (the demo's ids are in its status, its names are the article's). */
async function samplePerson(name: string) {
  const person = (await call('people.list', { query: name })).items.find((p) => demo.ids.people.includes(p.id));
  if (!person) throw new Error(`no sample person ${name}`);
  return person;
}
async function sampleInstitution(name: string) {
  const found = (await call('institutions.list', { query: name })).items.find((i) =>
    demo.ids.institutions.includes(i.id),
  );
  if (!found) throw new Error(`no sample institution ${name}`);
  return found;
}

describe('demo.blockers', () => {
  it('covers every foreign key into the tables the removal deletes from', () => {
    const removed = new Set([
      'people',
      'institutions',
      'meetings',
      'agenda_items',
      'commitments',
      'commitment_updates',
      'action_plans',
      'plan_rows',
    ]);
    const tables = core.store.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    const keys = tables.flatMap((table) =>
      (core.store.db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[])
        .filter((key) => removed.has(key.table))
        .map((key) => `${table}.${key.from}`),
    );
    const known = new Set([...Object.values(BLOCKERS), ...PROVENANCE].map((b) => b.column).concat(NEVER_BLOCKS));
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('is empty while only sample records use sample records', async () => {
    expect(await call('demo.blockers', {})).toEqual([]);
  });

  it('names each of the office’s records that uses a sample record, and how', async () => {
    const meriam = await samplePerson('Meriam');
    const dppkb = await sampleInstitution('Pengendalian Penduduk');
    const own = await newMeeting(call, { title: 'Rakor Stunting Binamu', chairPersonId: meriam.id });
    await call('participants.add', { meetingId: own.id, personId: meriam.id });
    await call('agenda.create', { meetingId: own.id, title: 'Paparan DPPKB', presenterInstitutionId: dppkb.id });
    await call('commitments.create', {
      meetingId: own.id,
      institutionId: dppkb.id,
      description: 'Mendampingi keluarga berisiko stunting',
    });
    const staff = await call('people.create', { name: 'Andi Baso', institutionId: dppkb.id });
    const [plan = ''] = demo.ids.plans;
    const copy = await call('plans.copyToYear', { id: plan, year: 2027 });

    const blockers = await call('demo.blockers', {});
    const meeting = { kind: 'meeting', id: own.id, name: 'Rakor Stunting Binamu' };
    expect(blockers).toEqual(
      expect.arrayContaining([
        { ...meeting, use: 'chair', sample: 'St. Meriam' },
        { ...meeting, use: 'participant', sample: 'St. Meriam' },
        { ...meeting, use: 'presenterInstitution', sample: dppkb.name },
        { ...meeting, use: 'commitmentInstitution', sample: dppkb.name },
        { kind: 'person', id: staff.id, name: 'Andi Baso', use: 'personInstitution', sample: dppkb.name },
        expect.objectContaining({ kind: 'plan', id: copy.id, use: 'rowResponsible' }),
      ]),
    );
    const error = errorOf(await core.dispatch('demo.remove', {}));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: { key: 'error.demoInUse', params: { count: blockers.length } },
    });
    expect((await call('demo.status', {})).loaded).toBe(true);
  });

  it('lets the office’s deleted records go of sample records, so they do not block removal', async () => {
    const meriam = await samplePerson('Meriam');
    const dppkb = await sampleInstitution('Pengendalian Penduduk');
    const own = await newMeeting(call, { chairPersonId: meriam.id });
    const invite = await call('participants.add', { meetingId: own.id, personId: meriam.id });
    await call('participants.remove', { id: invite.id });
    const later = await newMeeting(call, { title: 'Rakor yang dibatalkan' });
    await call('participants.add', { meetingId: later.id, institutionId: dppkb.id });
    await call('meetings.delete', { id: later.id });
    const blockers = await call('demo.blockers', {});
    expect(blockers).toEqual([{ kind: 'meeting', id: own.id, name: own.title, use: 'chair', sample: 'St. Meriam' }]);

    await call('meetings.update', {
      id: own.id,
      ...KELARA_MEETING,
      areaCodes: [...KELARA_MEETING.areaCodes],
      chairPersonId: null,
    });
    expect(await call('demo.blockers', {})).toEqual([]);
    expect((await call('demo.remove', {})).loaded).toBe(false);
    expect(core.store.db.pragma('foreign_key_check')).toEqual([]);
    expect((await call('meetings.get', { id: own.id })).id).toBe(own.id);
  });

  it('keeps the office’s copies of sample meetings and progress reported in sample meetings, letting go of the link', async () => {
    const [seed = '', followUp = ''] = demo.meetingIds;
    const copy = await call('meetings.duplicate', { id: seed });
    const own = await newMeeting(call, { title: 'Rakor Binamu' });
    const institution = await call('institutions.create', {
      name: 'Puskesmas Binamu',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.03',
    });
    const commitment = await call('commitments.create', {
      meetingId: own.id,
      institutionId: institution.id,
      description: 'Pengukuran ulang balita',
    });
    await bringTo(call, own.id, 'held');
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress', meetingId: followUp });
    const blockers = await call('demo.blockers', {});
    // The copy still names sample people (chair, invitees): those are for the office to replace.
    expect(blockers.every((b) => b.id === copy.id)).toBe(true);
    for (const blocker of blockers)
      expect([
        'chair',
        'minuteTaker',
        'participant',
        'participantInstitution',
        'presenter',
        'presenterInstitution',
      ]).toContain(blocker.use);
    await call('meetings.delete', { id: copy.id });
    expect(await call('demo.blockers', {})).toEqual([]);
    await call('demo.remove', {});
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail.updates.map((update) => [update.statusAfter, update.meetingId])).toEqual([['in_progress', null]]);
    expect(core.store.db.pragma('foreign_key_check')).toEqual([]);
  });
});
