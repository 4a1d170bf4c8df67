import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOfficeId } from '../../../electron/db/ownership';
import type { Meeting } from '../../../shared/domain/meetings';
import { receive } from '../exchange/receive-records';
import { AREAS, commitmentIn, institutionsOf, meetingIn } from '../support/follow-up';
import { callerOf, type Call } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';

/**
 * The results page filtered by a semester or a quarter, and by office once the database holds
 * another office's records (issue 11 item 7, issue 17); the box's "+N serupa" opened in place.
 * Every count is checked against the index itself.
 */
type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let kelara: TestCore;
let rumbia: TestCore;
let call: Call;
let kelaraId: string;
let rumbiaId: string;
let meetings: Meeting[];

const SAME = 'Pemutakhiran data sasaran kampung kabisat';
const office = (name: string, kecamatanCode: string) =>
  ({ office: { level: 'kecamatan', kabupatenCode: '73.04', kecamatanCode, officeName: name } }) as const;

/** FTS rows matching `word` whose record belongs to `owner` (meetings and their parts, plans, people). */
function ownedCount(word: string, owner: string): number {
  return kelara.store.db
    .prepare(
      `SELECT count(*) FROM search_index i JOIN search_docs d ON d.doc = i.rowid
         LEFT JOIN meetings m ON m.id = d.meeting_id
         LEFT JOIN plan_rows r ON d.kind = 'plan_row' AND r.id = d.ref_id
         LEFT JOIN action_plans p ON p.id = r.plan_id
         LEFT JOIN people x ON d.kind = 'person' AND x.id = d.ref_id
       WHERE search_index MATCH ? AND coalesce(m.owner_office_id, p.owner_office_id, x.owner_office_id) = ?`,
    )
    .pluck()
    .get(`{title body} : ("${word}"*)`, owner) as number;
}

beforeAll(async () => {
  rumbia = await startTestCore();
  const rumbiaCall = callerOf(rumbia.dispatch);
  await rumbiaCall('settings.update', office('Kantor Camat Rumbia', AREAS.rumbia));
  const theirInstitutions = await institutionsOf(rumbiaCall);
  const theirMeeting = await meetingIn(rumbiaCall, [AREAS.rumbia], '2025-05-20', { title: 'Rapat kabisat Rumbia' });
  await commitmentIn(rumbiaCall, theirMeeting, theirInstitutions.dinkes, SAME);
  await rumbiaCall('people.create', { name: 'Kabisat Daeng Tarang', institutionId: theirInstitutions.dppkb.id });
  rumbiaId = localOfficeId(rumbia.store.db);
  rumbia.store.db.pragma('wal_checkpoint(TRUNCATE)');

  kelara = await startTestCore();
  call = callerOf(kelara.dispatch);
  await call('settings.update', office('Kantor Camat Kelara', AREAS.kelara));
  kelaraId = localOfficeId(kelara.store.db);
  const { dinkes } = await institutionsOf(call);
  meetings = [
    await meetingIn(call, [AREAS.kelara], '2025-02-10', { title: 'Rapat kabisat triwulan satu' }),
    await meetingIn(call, [AREAS.kelara], '2025-05-12', { title: 'Rapat kabisat triwulan dua' }),
    await meetingIn(call, [AREAS.tolo], '2025-08-20', { title: 'Rapat kabisat semester dua' }),
  ];
  for (const meeting of meetings) await commitmentIn(call, meeting, dinkes, SAME);
  const plan = await call('plans.create', { areaCode: AREAS.kelara, year: 2025, title: 'RAT Kelara 2025' });
  await call('planRows.create', { planId: plan.id, activity: 'Kelas kabisat calon pengantin' });
}, 60_000);
afterAll(() => {
  kelara?.close();
  rumbia?.close();
});

const totals = async (input: object) => {
  const { total, groupTotal } = await call('search.page', { query: 'kabisat', ...input });
  return [total, groupTotal];
};

describe('search.page by semester and quarter', () => {
  it('keeps the hits of meetings held in the period, and the rows of the plans of its year', async () => {
    // 3 meetings, 3 commitments of one text (1 group), 1 plan row.
    expect(await totals({})).toEqual([7, 5]);
    expect(await totals({ period: { kind: 'year', year: 2025, index: 1 } })).toEqual([7, 5]);
    expect(await totals({ year: 2025 })).toEqual([7, 5]);
    // Quarter 1: February's meeting and its commitment, and the plan row of 2025.
    expect(await totals({ period: { kind: 'quarter', year: 2025, index: 1 } })).toEqual([3, 3]);
    expect(await totals({ period: { kind: 'quarter', year: 2025, index: 2 } })).toEqual([3, 3]);
    expect(await totals({ period: { kind: 'quarter', year: 2025, index: 4 } })).toEqual([1, 1]);
    // Semester 1: February and May; semester 2: August.
    expect(await totals({ period: { kind: 'semester', year: 2025, index: 1 } })).toEqual([5, 4]);
    expect(await totals({ period: { kind: 'semester', year: 2025, index: 2 } })).toEqual([3, 3]);
    expect(await totals({ period: { kind: 'semester', year: 2024, index: 2 } })).toEqual([0, 0]);
    const august = await call('search.page', {
      query: 'kabisat',
      kind: 'meeting',
      period: { kind: 'semester', year: 2025, index: 2 },
    });
    expect(august.groups.map((group) => group.hit.meetingDate)).toEqual(['2025-08-20']);
  });

  it('refuses a third semester and an unknown office, naming the field', async () => {
    for (const [input, path] of [
      [{ period: { kind: 'semester', year: 2025, index: 3 } }, 'period.index'],
      [{ officeId: 'Kantor Camat Rumbia' }, 'officeId'],
    ] as const) {
      const result = await kelara.dispatch('search.page', { query: 'kabisat', ...input });
      expect(result.ok ? null : result.error.details?.map((d) => d.path)).toEqual([path]);
    }
  });

  it('answers a change made since the last page (the grouping kept for paging is not reused)', async () => {
    const before = await totals({});
    const extra = await meetingIn(call, [AREAS.kelara], '2025-03-03', { title: 'Rapat kabisat tambahan' });
    expect(await totals({})).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 1]);
    await call('meetings.delete', { id: extra.id });
    expect(await totals({})).toEqual(before);
  });
});

describe('search by office', () => {
  it('offers no office while the database holds one office’s records', async () => {
    expect(await call('search.offices', {})).toEqual([]);
  });

  it('offers each office once another office’s records arrive, and filters by it', async () => {
    receive(kelara.store.db, rumbia.store.databaseFile, {
      id: rumbiaId,
      name: 'Kantor Camat Rumbia',
      areaCode: AREAS.rumbia,
    });
    const offices = await call('search.offices', {});
    expect(offices).toEqual([
      { id: kelaraId, name: 'Kantor Camat Kelara' },
      { id: rumbiaId, name: 'Kantor Camat Rumbia' },
    ]);
    // Rumbia's meeting, its commitment and its person; Kelara's 3 meetings, 3 commitments, plan row.
    expect(ownedCount('kabisat', rumbiaId)).toBe(3);
    expect(ownedCount('kabisat', kelaraId)).toBe(7);
    expect(await totals({ officeId: rumbiaId })).toEqual([3, 3]);
    expect(await totals({ officeId: kelaraId })).toEqual([7, 5]);
    // Unfiltered, the commitment of the same text groups across the offices.
    expect(await totals({})).toEqual([10, 7]);
    const theirs = await call('search.page', { query: 'kabisat', officeId: rumbiaId });
    expect(theirs.groups.map((group) => group.hit.kind).sort()).toEqual(['commitment', 'meeting', 'person']);
    expect(await totals({ officeId: rumbiaId, period: { kind: 'quarter', year: 2025, index: 2 } })).toEqual([2, 2]);
  });
});

describe('search.similar: "+N serupa" of the search box', () => {
  it('lists the other hits of the same text, newest first, with their meetings, and how many', async () => {
    const groups = await call('search.query', { query: 'pemutakhiran kampung' });
    const group = groups.find((g) => g.hit.kind === 'commitment');
    expect(group?.similarCount).toBe(3);
    const similar = await call('search.similar', {
      query: 'pemutakhiran kampung',
      kind: 'commitment',
      id: group?.hit.id ?? '',
      limit: 2,
    });
    expect(similar.total).toBe(3);
    expect(similar.hits).toHaveLength(2);
    expect(similar.hits.map((hit) => hit.id)).not.toContain(group?.hit.id);
    for (const hit of similar.hits) expect(hit).toMatchObject({ kind: 'commitment', snippet: expect.any(String) });
    const all = await call('search.similar', {
      query: 'pemutakhiran kampung',
      kind: 'commitment',
      id: group?.hit.id ?? '',
    });
    expect(all.hits.map((hit) => hit.meetingDate).filter(Boolean)).toHaveLength(3);
    expect(all.hits.slice(0, 2).map((hit) => hit.id)).toEqual(similar.hits.map((hit) => hit.id));
  });

  it('has none for a meeting (never grouped) or an unknown record', async () => {
    const meeting = meetings[0] as Meeting;
    expect(await call('search.similar', { query: 'kabisat', kind: 'meeting', id: meeting.id })).toEqual({
      total: 0,
      hits: [],
    });
    expect(
      await call('search.similar', {
        query: 'kabisat',
        kind: 'commitment',
        id: '01900000-0000-7000-8000-000000000009',
      }),
    ).toEqual({ total: 0, hits: [] });
  });
});
