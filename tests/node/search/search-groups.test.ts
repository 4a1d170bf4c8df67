import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchGroup } from '../../../shared/domain/follow-up';
import type { Meeting } from '../../../shared/domain/meetings';
import { AREAS, commitmentIn, institutionsOf, meetingIn } from '../support/follow-up';
import { callerOf, type Call } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let meetings: Meeting[];

const SAME = 'Pendataan ulang sasaran jambore keluarga berisiko';

/** What the search box's total must be: the FTS rows matching every word. */
function ftsCount(word: string): number {
  return core.store.db
    .prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?')
    .pluck()
    .get(`{title body} : ("${word}"*)`) as number;
}

const describeGroup = (group: SearchGroup) => [group.hit.kind, group.hit.meetingDate, group.similarCount];

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  const { dinkes, dppkb } = await institutionsOf(call);
  meetings = [
    await meetingIn(call, [AREAS.kelara], '2024-03-04', { title: 'Rapat jambore kader' }),
    await meetingIn(call, [AREAS.tolo], '2025-02-10', { title: 'Rapat jambore kader' }),
    await meetingIn(call, [AREAS.rumbia, AREAS.rumbiaDesa], '2025-06-12', { title: 'Rakor bulanan' }),
  ];
  for (const [i, meeting] of meetings.entries()) {
    await commitmentIn(call, meeting, i === 2 ? dppkb : dinkes, SAME, { dueDate: `202${5 + (i % 2)}-0${i + 1}-15` });
  }
  await commitmentIn(call, meetings[2] as Meeting, dinkes, 'Jambore PKK tingkat kecamatan');
  const person = await call('people.create', { name: 'Jambore Daeng Ngai', institutionId: dppkb.id });
  expect(person.name).toBe('Jambore Daeng Ngai');
  const plan = await call('plans.create', { areaCode: AREAS.kelara, year: 2025, title: 'RAT Kelara 2025' });
  await call('planRows.create', { planId: plan.id, activity: 'Jambore remaja cegah stunting' });
});
afterAll(() => core.close());

describe('search.query and search.count: groups and total', () => {
  it('counts every hit and shows the same commitment text once, with how many more share it', async () => {
    const groups = await call('search.query', { query: 'jambore' });
    const total = await call('search.count', { query: 'jambore' });
    // 2 meetings, 3 + 1 commitments, 1 person, 1 plan row.
    expect(total).toBe(8);
    expect(total).toBe(ftsCount('jambore'));
    const same = groups.filter((group) => group.hit.kind === 'commitment' && group.hit.snippet.includes('Pendataan'));
    expect(same).toHaveLength(1);
    expect(same[0]?.similarCount).toBe(2);
    expect(groups.reduce((sum, group) => sum + 1 + group.similarCount, 0)).toBe(total);
    // Meetings of one title are two meetings, told apart by date and area.
    const titled = groups.filter((group) => group.hit.kind === 'meeting');
    expect(
      titled.map((group) => [group.hit.title, group.hit.meetingDate, group.hit.areas, group.similarCount]),
    ).toEqual(
      expect.arrayContaining([
        ['Rapat jambore kader', '2024-03-04', [{ name: 'Kelara', level: 'kecamatan', kind: null }], 0],
        ['Rapat jambore kader', '2025-02-10', [{ name: 'Tolo', level: 'desa', kind: 'kelurahan' }], 0],
      ]),
    );
  });

  it('gives each hit its context: meeting date and areas, institution and due date, plan year', async () => {
    const groups = await call('search.query', { query: 'jambore' });
    const byKind = (kind: string) => groups.filter((group) => group.hit.kind === kind).map((group) => group.hit);
    const other = byKind('commitment').find((hit) => hit.snippet.includes('PKK'));
    expect(other).toMatchObject({
      meetingDate: '2025-06-12',
      areas: [
        { name: 'Rumbia', level: 'kecamatan', kind: null },
        { name: 'Rumbia', level: 'desa', kind: 'desa' },
      ],
      institution: 'Dinas Kesehatan Kabupaten Jeneponto',
      title: 'Dinas Kesehatan Kabupaten Jeneponto',
      dueDate: null,
    });
    expect(byKind('person')[0]).toMatchObject({ institution: 'DPPKB Kabupaten Jeneponto', meetingDate: null });
    expect(byKind('plan_row')[0]).toMatchObject({
      planYear: 2025,
      areas: [{ name: 'Kelara', level: 'kecamatan', kind: null }],
      planTitle: 'RAT Kelara 2025',
    });
  });
});

describe('search.page: every result, filtered and paged', () => {
  it('ranks and groups every hit; the pages together hold each group once', async () => {
    const all = await call('search.page', { query: 'jambore' });
    expect([all.total, all.groupTotal]).toEqual([8, 6]);
    const seen: string[] = [];
    for (let offset = 0; offset < all.groupTotal; offset += 2) {
      const page = await call('search.page', { query: 'jambore', limit: 2, offset });
      expect([page.total, page.groupTotal]).toEqual([8, 6]);
      seen.push(...page.groups.map((group) => `${group.hit.kind}:${group.hit.id}`));
    }
    expect(seen).toEqual(all.groups.map((group) => `${group.hit.kind}:${group.hit.id}`));
    expect(new Set(seen).size).toBe(6);
    // Past the end (the data changed under the page): no groups, the totals still right.
    expect(await call('search.page', { query: 'jambore', offset: 25 })).toEqual({
      total: 8,
      groupTotal: 6,
      groups: [],
    });
  });

  it('lists a group’s similar hits newest first, each with its own meeting, and a snippet of the match', async () => {
    const page = await call('search.page', { query: 'pendataan sasaran', kind: 'commitment' });
    expect(page.groups.map(describeGroup)).toEqual([['commitment', expect.any(String), 2]]);
    const [group] = page.groups;
    expect(group?.hit.snippet).toBe('\u0001Pendataan\u0002 ulang \u0001sasaran\u0002 jambore keluarga berisiko');
    const dates = [group?.hit, ...(group?.similar ?? [])].map((hit) => hit?.meetingDate).sort();
    expect(dates).toEqual(['2024-03-04', '2025-02-10', '2025-06-12']);
    expect(group?.similar.map((hit) => hit.meetingDate)).toEqual(
      [...(group?.similar.map((hit) => hit.meetingDate) ?? [])].sort().reverse(),
    );
  });

  it('shows people linked in the shared directory as one hit, with the other copies as its similar hits', async () => {
    const names = ['Nurhayati Daeng Bau', 'Hj. Nurhayati Dg. Bau'];
    const [first, second] = await Promise.all(names.map((name) => call('people.create', { name })));
    if (!first || !second) throw new Error('two people');
    const people = async () =>
      (await call('search.query', { query: 'nurhayati' })).filter((g) => g.hit.kind === 'person');
    expect((await people()).map((group) => group.similarCount)).toEqual([0, 0]);

    await call('directory.link', { kind: 'people', firstId: first.id, secondId: second.id });
    const [linked, ...rest] = await people();
    expect(rest).toEqual([]);
    expect(linked?.similarCount).toBe(1);
    expect(await call('search.count', { query: 'nurhayati' })).toBe(2);
    const page = await call('search.page', { query: 'nurhayati', kind: 'person' });
    expect([page.total, page.groupTotal]).toEqual([2, 1]);
    const ids = [page.groups[0]?.hit.id, ...(page.groups[0]?.similar ?? []).map((hit) => hit.id)].sort();
    expect(ids).toEqual([first.id, second.id].sort());
    const other = ids.find((id) => id !== linked?.hit.id) ?? '';
    const similar = await call('search.similar', { query: 'nurhayati', kind: 'person', id: linked?.hit.id ?? '' });
    expect([similar.total, similar.hits.map((hit) => hit.id)]).toEqual([1, [other]]);
    // The query must match the copy too: "Hj." finds one of them only.
    expect((await call('search.query', { query: 'hj nurhayati' })).map((g) => g.similarCount)).toEqual([0]);

    await call('directory.unlink', { kind: 'people', id: second.id });
    expect((await people()).map((group) => group.similarCount)).toEqual([0, 0]);
    expect((await call('search.page', { query: 'nurhayati', kind: 'person' })).groupTotal).toBe(2);
  });

  it('filters by kind, by year (meeting date or plan year) and by area with the areas inside it', async () => {
    const page = (input: object) => call('search.page', { query: 'jambore', ...input });
    const totals = async (input: object) => {
      const { total, groupTotal } = await page(input);
      return [total, groupTotal];
    };
    expect(await totals({ kind: 'commitment' })).toEqual([4, 2]);
    expect(await totals({ kind: 'meeting' })).toEqual([2, 2]);
    expect(await totals({ kind: 'plan_row' })).toEqual([1, 1]);
    expect(await totals({ kind: 'person' })).toEqual([1, 1]);
    // 2024: the first meeting and its commitment. 2025: the rest with a date, and the 2025 plan's row.
    expect(await totals({ year: 2024 })).toEqual([2, 2]);
    expect(await totals({ year: 2025 })).toEqual([5, 4]);
    expect(await totals({ year: 2023 })).toEqual([0, 0]);
    // Kelara holds the desa Tolo: both "Rapat jambore kader", their commitments and Kelara's plan row.
    expect(await totals({ areaCode: AREAS.kelara })).toEqual([5, 4]);
    expect(await totals({ areaCode: AREAS.tolo })).toEqual([2, 2]);
    expect(await totals({ areaCode: AREAS.rumbia })).toEqual([2, 2]);
    expect(await totals({ areaCode: AREAS.kelara, year: 2025, kind: 'commitment' })).toEqual([1, 1]);
    const filtered = await page({ areaCode: AREAS.rumbia, kind: 'commitment' });
    expect(filtered.groups.map((group) => group.hit.meetingDate)).toEqual(['2025-06-12', '2025-06-12']);
  });

  it('follows deletion: a deleted meeting takes its hits out of totals and groups', async () => {
    const scratch = await meetingIn(call, [AREAS.bangkala], '2025-09-01', { title: 'Rapat jambore sementara' });
    const { dinkes } = { dinkes: (await call('institutions.list', { query: 'Dinas Kesehatan' })).items[0] };
    await commitmentIn(call, scratch, dinkes as never, SAME);
    expect(await call('search.count', { query: 'jambore' })).toBe(10);
    expect((await call('search.page', { query: 'jambore' })).total).toBe(10);
    await call('meetings.delete', { id: scratch.id });
    expect(await call('search.count', { query: 'jambore' })).toBe(8);
    const page = await call('search.page', { query: 'pendataan sasaran' });
    expect(page.groups.map((group) => group.similarCount)).toEqual([2]);
  });

  it('refuses an unknown kind, a year out of range and a bad area with the field named', async () => {
    for (const [payload, path] of [
      [{ query: 'ego', kind: 'letter' }, 'kind'],
      [{ query: 'ego', year: 1999 }, 'year'],
      [{ query: 'ego', areaCode: 'x' }, 'areaCode'],
      [{ query: ' ' }, 'query'],
      [{ query: 'ego', limit: 101 }, 'limit'],
    ] as const) {
      const result = await core.dispatch('search.page', payload);
      expect(result.ok ? null : result.error.details?.map((d) => d.path)).toEqual([path]);
    }
  });
});
