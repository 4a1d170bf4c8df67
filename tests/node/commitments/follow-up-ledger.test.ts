import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { Commitment } from '../../../shared/domain/commitments';
import { repositoriesOf } from '../../../electron/db/repositories';
import { descriptionMatch } from '../../../electron/commitments/repositories/ledger';
import { LEDGER_SORTS, type LedgerItem } from '../../../shared/domain/follow-up';
import type { Meeting } from '../../../shared/domain/meetings';
import { AREAS, commitmentIn, institutionsOf, meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { bringTo } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';

let core: TestCore;
let call: Call;
let setNow: (iso: string) => void;
let inst: Awaited<ReturnType<typeof institutionsOf>>;
const m: Record<string, Meeting> = {};
const c: Record<string, Commitment> = {};

async function ledger(input: InputOf<'commitments.ledger'> = {}) {
  return call('commitments.ledger', input);
}

const descriptions = (items: LedgerItem[]) => items.map((item) => item.description);

beforeAll(async () => {
  const started = await startClockedCore('2025-11-20T02:00:00Z');
  core = started.core;
  setNow = started.setNow;
  call = callerOf(core.dispatch);
  inst = await institutionsOf(call);
  m.kelara = await meetingIn(call, [AREAS.kelara], '2025-09-10');
  m.gantarang = await meetingIn(call, [AREAS.gantarang], '2025-10-01');
  m.rumbia = await meetingIn(call, [AREAS.rumbia], '2025-09-20');
  m.bangkala = await meetingIn(call, [AREAS.bangkala], '2025-08-01', { timeZone: 'WIB' });
  m.doomed = await meetingIn(call, [AREAS.kelara], '2025-07-01');

  c.ttd = await commitmentIn(call, m.kelara, inst.dinkes, 'Pemberian tablet tambah darah remaja putri', {
    dueDate: '2025-10-31',
  });
  c.tpk = await commitmentIn(call, m.kelara, inst.dppkb, 'Pendampingan keluarga berisiko stunting oleh TPK', {
    dueDate: '2025-12-31',
  });
  c.jamban = await commitmentIn(call, m.gantarang, inst.dinkes, 'Pembangunan jamban sehat di Gantarang', {
    dueDate: '2025-11-19',
  });
  c.anggaran = await commitmentIn(call, m.rumbia, inst.bappeda, 'Penyelarasan anggaran Dana Desa', {
    dueDate: null,
  });
  c.egó = await commitmentIn(call, m.bangkala, inst.dppkb, 'Menghilangkan EGÓ sektoral', { dueDate: '2025-09-30' });
  c.gone = await commitmentIn(call, m.kelara, inst.dinkes, 'Komitmen yang dihapus', { dueDate: '2025-09-01' });
  c.withMeeting = await commitmentIn(call, m.doomed, inst.dinkes, 'Komitmen rapat yang dihapus');
  await call('commitments.delete', { id: c.gone.id });
  await call('meetings.delete', { id: m.doomed.id });
  // A template's commitment is not a promise anyone made.
  const template = await call('meetings.duplicate', { id: m.kelara.id, asTemplate: true, title: 'Templat Rakor' });
  await commitmentIn(call, template, inst.dinkes, 'Komitmen contoh di templat', { dueDate: '2025-01-01' });

  // The clock moves on between the status moves: "most recently changed" reads their stamps.
  setNow('2025-11-20T02:01:00Z');
  await call('commitments.setStatus', { id: c.ttd.id, status: 'done' });
  setNow('2025-11-20T02:02:00Z');
  await call('commitments.setStatus', { id: c.tpk.id, status: 'in_progress' });
  setNow('2025-11-20T02:03:00Z');
  await call('commitments.setStatus', { id: c.anggaran.id, status: 'cancelled' });
});
afterAll(() => core.close());

describe('commitments.ledger', () => {
  it('lists every live commitment of live, non-template meetings with names, meeting and areas', async () => {
    const page = await ledger();
    expect(page.total).toBe(5);
    expect(descriptions(page.items).sort()).toEqual(
      [
        'Menghilangkan EGÓ sektoral',
        'Pembangunan jamban sehat di Gantarang',
        'Pemberian tablet tambah darah remaja putri',
        'Pendampingan keluarga berisiko stunting oleh TPK',
        'Penyelarasan anggaran Dana Desa',
      ].sort(),
    );
    const jamban = page.items.find((item) => item.id === c.jamban?.id);
    expect(jamban).toEqual({
      id: c.jamban?.id,
      institutionId: inst.dinkes.id,
      institutionName: 'Dinas Kesehatan Kabupaten Jeneponto',
      institutionSector: 'kesehatan',
      contactPersonName: null,
      description: 'Pembangunan jamban sehat di Gantarang',
      dueDate: '2025-11-19',
      status: 'not_started',
      overdue: true,
      lastUpdateOn: null,
      lastUpdateNote: null,
      lastUpdatePercent: null,
      meetingId: m.gantarang?.id,
      meetingTitle: m.gantarang?.title,
      meetingDate: '2025-10-01',
      timeZone: 'WITA',
      areaNames: ['Gantarang'],
      planRow: null,
      origin: null,
    });
  });

  it('sorts by due date with undated commitments last, and the other ways', async () => {
    expect(descriptions((await ledger({ sort: 'due_asc' })).items)).toEqual([
      'Menghilangkan EGÓ sektoral',
      'Pemberian tablet tambah darah remaja putri',
      'Pembangunan jamban sehat di Gantarang',
      'Pendampingan keluarga berisiko stunting oleh TPK',
      'Penyelarasan anggaran Dana Desa',
    ]);
    expect(descriptions((await ledger({ sort: 'due_desc' })).items)).toEqual([
      'Pendampingan keluarga berisiko stunting oleh TPK',
      'Pembangunan jamban sehat di Gantarang',
      'Pemberian tablet tambah darah remaja putri',
      'Menghilangkan EGÓ sektoral',
      'Penyelarasan anggaran Dana Desa',
    ]);
    const byMeeting = (await ledger({ sort: 'meeting_desc' })).items.map((item) => item.meetingDate);
    expect(byMeeting).toEqual(['2025-10-01', '2025-09-20', '2025-09-10', '2025-09-10', '2025-08-01']);
    const byInstitution = (await ledger({ sort: 'institution' })).items.map((item) => item.institutionName);
    expect(byInstitution).toEqual([
      'Bappeda Kabupaten Jeneponto',
      'Dinas Kesehatan Kabupaten Jeneponto',
      'Dinas Kesehatan Kabupaten Jeneponto',
      'DPPKB Kabupaten Jeneponto',
      'DPPKB Kabupaten Jeneponto',
    ]);
    // The most recently changed first: the last status moves were made in this order.
    expect(descriptions((await ledger({ sort: 'updated_desc' })).items).slice(0, 3)).toEqual([
      'Penyelarasan anggaran Dana Desa',
      'Pendampingan keluarga berisiko stunting oleh TPK',
      'Pemberian tablet tambah darah remaja putri',
    ]);
  });

  it('pages with a total over the whole filter', async () => {
    const first = await ledger({ limit: 2, offset: 0 });
    const rest = await ledger({ limit: 2, offset: 2 });
    const last = await ledger({ limit: 2, offset: 4 });
    expect([first.total, rest.total, last.total]).toEqual([5, 5, 5]);
    expect([...first.items, ...rest.items, ...last.items].map((item) => item.id)).toEqual(
      (await ledger()).items.map((item) => item.id),
    );
  });

  it('filters by status, overdue, institution, sector, meeting and due dates', async () => {
    expect(descriptions((await ledger({ statuses: ['done', 'cancelled'] })).items)).toEqual([
      'Pemberian tablet tambah darah remaja putri',
      'Penyelarasan anggaran Dana Desa',
    ]);
    expect(descriptions((await ledger({ overdueOnly: true })).items)).toEqual([
      'Menghilangkan EGÓ sektoral',
      'Pembangunan jamban sehat di Gantarang',
    ]);
    expect((await ledger({ institutionId: inst.dppkb.id })).total).toBe(2);
    expect(descriptions((await ledger({ sector: 'perencanaan' })).items)).toEqual(['Penyelarasan anggaran Dana Desa']);
    expect((await ledger({ meetingId: m.kelara?.id })).total).toBe(2);
    const range = await ledger({ dueFrom: '2025-10-01', dueTo: '2025-11-30' });
    expect(descriptions(range.items)).toEqual([
      'Pemberian tablet tambah darah remaja putri',
      'Pembangunan jamban sehat di Gantarang',
    ]);
    // Completion dates, local to the area: the dashboard's "done this quarter" (done on 20 Nov 2025).
    const doneInQuarter = await ledger({ statuses: ['done'], completedFrom: '2025-10-01', completedTo: '2025-12-31' });
    expect(descriptions(doneInQuarter.items)).toEqual(['Pemberian tablet tambah darah remaja putri']);
    expect((await ledger({ completedFrom: '2025-11-21' })).total).toBe(0);
    expect((await ledger({ completedTo: '2025-11-19' })).total).toBe(0);
    expect((await ledger({ statuses: ['not_started'], sector: 'kesehatan', overdueOnly: true })).total).toBe(1);
    expect((await ledger({ statuses: [] })).total).toBe(5);
  });

  it('filters by area, with every area under it', async () => {
    const kelara = await ledger({ areaCode: AREAS.kelara });
    expect(descriptions(kelara.items)).toEqual([
      'Pemberian tablet tambah darah remaja putri',
      'Pembangunan jamban sehat di Gantarang',
      'Pendampingan keluarga berisiko stunting oleh TPK',
    ]);
    expect((await ledger({ areaCode: AREAS.gantarang })).total).toBe(1);
    expect((await ledger({ areaCode: AREAS.jeneponto })).total).toBe(5);
    expect((await ledger({ areaCode: AREAS.rumbia })).total).toBe(1);
    // Kode 73.04.1 would be a prefix of 73.04.10 as text, but it is not an area above it.
    expect((await ledger({ areaCode: '73.04.01' })).total).toBe(1);
  });

  it('searches the description through the index: every word a prefix, case and diacritics folded', async () => {
    expect(descriptions((await ledger({ query: 'tablet tamb' })).items)).toEqual([
      'Pemberian tablet tambah darah remaja putri',
    ]);
    expect(descriptions((await ledger({ query: 'ego' })).items)).toEqual(['Menghilangkan EGÓ sektoral']);
    expect(descriptions((await ledger({ query: 'JAMBAN "sehat' })).items)).toEqual([
      'Pembangunan jamban sehat di Gantarang',
    ]);
    expect((await ledger({ query: 'jamban tablet' })).total).toBe(0);
    // The indicator is not the description.
    expect((await ledger({ query: 'templat' })).total).toBe(0);
    // Nothing searchable: no text filter.
    expect((await ledger({ query: '*** "' })).total).toBe(5);
  });

  it('gives the same rows whether the search words drive the query or are checked per row', () => {
    const repos = repositoriesOf({ db: core.store.db, now: () => new Date() });
    const clock = { now: new Date('2025-11-20T02:00:00Z'), officeZone: 'WITA' as const };
    for (const filter of [
      { query: 'pem' },
      { query: 'di', statuses: ['not_started' as const] },
      { query: 'sektoral' },
    ]) {
      for (const sort of LEDGER_SORTS) {
        const run = (drives: boolean) => {
          const docs = core.store.db
            .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?')
            .pluck()
            .all(descriptionMatch(filter)) as number[];
          const { page, count, params } = repos.ledger.sqlOf(filter, sort, clock, { docs, drives });
          return {
            keys: core.store.db
              .prepare(page)
              .pluck()
              .all({ ...params, limit: 100, offset: 0 }),
            total: core.store.db.prepare(count).pluck().get(params),
          };
        };
        expect(run(false)).toEqual(run(true));
        expect(run(true).keys.length).toBeGreaterThan(0);
      }
    }
  });

  it('takes the last update from the newest report, not the newest entry', async () => {
    await call('commitments.addUpdate', {
      commitmentId: c.tpk?.id as string,
      reportedOn: '2025-11-10',
      note: 'TPK mendampingi 120 keluarga',
      percent: 60,
    });
    await call('commitments.addUpdate', {
      commitmentId: c.tpk?.id as string,
      reportedOn: '2025-10-15',
      note: 'Laporan bulan lalu, dicatat terlambat',
      percent: 30,
    });
    const [item] = (await ledger({ query: 'pendampingan' })).items;
    expect(item).toMatchObject({
      lastUpdateOn: '2025-11-10',
      lastUpdateNote: 'TPK mendampingi 120 keluarga',
      lastUpdatePercent: 60,
    });
  });

  it('moves a commitment out with its meeting and back in when the meeting changes', async () => {
    const meeting = await meetingIn(call, [AREAS.tolo], '2025-10-05');
    await commitmentIn(call, meeting, inst.dinkes, 'Kelas ibu hamil di Tolo', { dueDate: '2025-10-20' });
    expect((await ledger({ areaCode: AREAS.tolo })).items[0]).toMatchObject({ timeZone: 'WITA', overdue: true });
    await call('meetings.update', {
      ...meetingInput(meeting),
      timeZone: 'WIT',
      date: '2025-10-06',
    });
    expect((await ledger({ areaCode: AREAS.tolo })).items[0]).toMatchObject({
      timeZone: 'WIT',
      meetingDate: '2025-10-06',
    });
    await call('meetings.delete', { id: meeting.id });
    expect((await ledger({ areaCode: AREAS.tolo })).total).toBe(0);
  });
});

function meetingInput(meeting: Meeting): InputOf<'meetings.update'> {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    hostLevel: meeting.hostLevel,
    areaCodes: meeting.areas.map((area) => area.code),
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
  };
}

describe('overdue', () => {
  it('turns at midnight of the due date in the meeting area’s time zone', async () => {
    const zones = ['WIB', 'WITA', 'WIT'] as const;
    const ids: Record<string, string> = {};
    for (const timeZone of zones) {
      const meeting = await meetingIn(call, [AREAS.kelara], '2025-10-01', { timeZone, title: `Zona ${timeZone}` });
      ids[timeZone] = (
        await commitmentIn(call, meeting, inst.bappeda, `Batas ${timeZone}`, { dueDate: '2025-10-17' })
      ).id;
      // Approved: the status still counts, the wording is locked.
      await bringTo(call, meeting.id, 'approved');
    }
    const overdueAt = async (iso: string) => {
      setNow(iso);
      const page = await ledger({ query: 'batas' });
      const overdueOnly = await ledger({ query: 'batas', overdueOnly: true });
      const flags = Object.fromEntries(page.items.map((item) => [item.timeZone, item.overdue]));
      const detail = Object.fromEntries(
        await Promise.all(
          zones.map(async (zone) => [zone, (await call('commitments.detail', { id: ids[zone] as string })).overdue]),
        ),
      );
      expect(detail).toEqual(flags);
      expect(overdueOnly.items.map((item) => item.timeZone).sort()).toEqual(zones.filter((zone) => flags[zone]).sort());
      return flags;
    };
    // WIT is UTC+9: its 18 October starts at 15:00 UTC.
    expect(await overdueAt('2025-10-17T14:59:59Z')).toEqual({ WIB: false, WITA: false, WIT: false });
    expect(await overdueAt('2025-10-17T15:00:00Z')).toEqual({ WIB: false, WITA: false, WIT: true });
    // WITA (Jeneponto) is UTC+8.
    expect(await overdueAt('2025-10-17T15:59:59Z')).toEqual({ WIB: false, WITA: false, WIT: true });
    expect(await overdueAt('2025-10-17T16:00:00Z')).toEqual({ WIB: false, WITA: true, WIT: true });
    // WIB is UTC+7.
    expect(await overdueAt('2025-10-17T16:59:59Z')).toEqual({ WIB: false, WITA: true, WIT: true });
    expect(await overdueAt('2025-10-17T17:00:00Z')).toEqual({ WIB: true, WITA: true, WIT: true });
    // Done is never late.
    await call('commitments.setStatus', { id: ids.WIT as string, status: 'done' });
    expect(await overdueAt('2025-10-17T17:00:00Z')).toEqual({ WIB: true, WITA: true, WIT: false });
    setNow('2025-11-20T02:00:00Z');
  });
});
