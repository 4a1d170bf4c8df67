import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/domain/follow-up';
import { AREAS, meetingIn } from '../support/follow-up';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let seed: SeedRakor;

const START = '\u0001';
const END = '\u0002';

/** The search box's hits (each group's best hit). */
async function search(query: string, limit?: number): Promise<SearchHit[]> {
  const groups = await call('search.query', limit ? { query, limit } : { query });
  return groups.map((group) => group.hit);
}

const kinds = (hits: SearchHit[]) => hits.map((hit) => hit.kind);

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  seed = await seedRakor(call);
});
afterAll(() => core.close());

describe('search.query', () => {
  it('finds words in minutes, decisions and commitments, with the meeting and a marked snippet', async () => {
    const brebes = await search('Brebes');
    expect(brebes).toEqual([
      {
        kind: 'minutes',
        id: expect.any(String),
        meetingId: seed.meeting.id,
        meetingTitle: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
        meetingDate: '2025-10-17',
        meetingTime: '09:00',
        planId: null,
        planTitle: null,
        title: 'Arahan Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
        snippet: `Belajar dari Kabupaten ${START}Brebes${END}: kuncinya kolaborasi, satu data, dan tidak ada ego sektoral.`,
        rank: expect.any(Number),
        areas: [
          { name: 'Kelara', level: 'kecamatan', kind: null },
          { name: 'Rumbia', level: 'kecamatan', kind: null },
        ],
        institution: null,
        dueDate: null,
        planYear: null,
      },
    ]);
    const decisions = await search('berkelanjutan percepatan');
    expect(decisions.map((hit) => [hit.kind, hit.id])).toEqual([['decision', seed.decisions[1]?.id]]);
    const commitments = await search('menyelaraskan');
    expect(commitments.map((hit) => [hit.kind, hit.id, hit.title])).toEqual([
      ['commitment', seed.commitments[1]?.id, 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto'],
    ]);
    // Indicator and target are searched too.
    expect(kinds(await search('didampingi TPK'))).toEqual(['commitment']);
    expect(kinds(await search('Aula Kantor Camat'))).toEqual(['meeting']);
    expect(kinds(await search('dipandu camat rumbia'))).toEqual(['agenda']);
  });

  it('folds case and diacritics both ways', async () => {
    const upper = await search('ÉGO');
    expect(upper.length).toBeGreaterThanOrEqual(2);
    expect(upper.every((hit) => hit.snippet.toLowerCase().includes(`${START}ego${END}`))).toBe(true);
    const meeting = await meetingIn(call, [AREAS.bangkala], '2025-11-01', {
      title: 'Sosialisasi Gizi Seimbang Bâlita',
    });
    expect((await search('balita')).map((hit) => hit.id)).toEqual([meeting.id]);
    expect((await search('BALITA gizi')).map((hit) => hit.id)).toEqual([meeting.id]);
  });

  it('matches every word as a prefix and requires all of them', async () => {
    expect(kinds(await search('pendamp')).sort()).toEqual(['agenda', 'commitment', 'minutes']);
    expect(kinds(await search('pendamp keluarga berisiko'))).toContain('commitment');
    expect(await search('pendamp brebes')).toEqual([]);
    // A single character is a whole word, not every word starting with it.
    expect(await search('k')).toEqual([]);
  });

  it('ranks a title hit above a body hit', async () => {
    const titled = await meetingIn(call, [AREAS.rumbia], '2025-11-05', { title: 'Evaluasi Posyandu Rumbia' });
    const other = await meetingIn(call, [AREAS.kelara], '2025-11-06', { title: 'Rakor bulanan' });
    const body =
      'Kader melaporkan jadwal posyandu bulan depan; posyandu Bontotiro dan posyandu Rumbia akan digabung ' +
      'untuk pemantauan pertumbuhan balita.';
    await call('minutes.create', { meetingId: other.id, body });
    await call('agenda.create', { meetingId: other.id, title: 'Laporan kader', notes: 'Posyandu keliling' });
    const hits = await search('posyandu');
    expect(hits.map((hit) => [hit.kind, hit.meetingId])).toEqual([
      ['meeting', titled.id],
      ['minutes', other.id],
      ['agenda', other.id],
    ]);
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => a - b));
    expect((await search('posyandu', 1)).map((hit) => hit.kind)).toEqual(['meeting']);
  });

  it.each([
    '"',
    '(',
    ')',
    'NEAR(',
    'NEAR(ego sektoral, 2)',
    '*',
    '-',
    '- ego',
    'ego*',
    '"ego',
    'AND',
    'ego OR data',
    'NOT ego',
    'title:ego',
    '{title body}: ego',
    '^ego',
    'ego + data',
    'kolaborasi:',
    '😀',
    '😀 ego 👍',
    '\u0000\u0001\u0002',
    "'; DROP TABLE meetings; --",
    'x'.repeat(200),
    'ego '.repeat(50).trim(),
    'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  ])('answers ok for the hostile query %j', async (query) => {
    const result = await core.dispatch('search.query', { query });
    expect(result.ok).toBe(true);
    expect(Array.isArray(valueOf(result))).toBe(true);
  });

  it('answers ok for any text up to 200 characters, and the ledger’s text filter too', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom('"', '(', ')', '*', ':', '-', '^', '{', '}', 'N', 'E', 'A', 'R', ' ', 'o'),
        maxLength: 60,
      }),
    );
    await fc.assert(
      fc.asyncProperty(text, async (query) => {
        const hits = await core.dispatch('search.query', { query: query.trim() ? query : 'x' });
        const ledger = await core.dispatch('commitments.ledger', { query });
        expect([hits.ok, ledger.ok]).toEqual([true, true]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps words that look like syntax as words', async () => {
    expect((await search('ego OR')).length).toBe(0);
    expect((await search('"ego" (sektoral)')).length).toBeGreaterThanOrEqual(2);
    expect((await search('-ego*:')).length).toBeGreaterThanOrEqual(2);
  });

  it('follows edits and soft deletion; templates are not searched', async () => {
    const meeting = await meetingIn(call, [AREAS.kelara], '2025-11-10', { title: 'Rapat persiapan rembuk' });
    const entry = await call('minutes.create', { meetingId: meeting.id, body: 'Pembahasan jamban sehat komunal' });
    const decision = await call('decisions.create', { meetingId: meeting.id, body: 'Jamban komunal dibangun di Tolo' });
    expect(kinds(await search('komunal')).sort()).toEqual(['decision', 'minutes']);
    await call('minutes.update', { id: entry.id, body: 'Pembahasan sumur bor' });
    expect(kinds(await search('komunal'))).toEqual(['decision']);
    expect(kinds(await search('sumur bor'))).toEqual(['minutes']);
    await call('decisions.delete', { id: decision.id });
    expect(await search('komunal')).toEqual([]);
    await call('meetings.update', {
      id: meeting.id,
      title: 'Rapat persiapan musyawarah',
      kind: meeting.kind,
      hostLevel: meeting.hostLevel,
      areaCodes: [AREAS.kelara],
      date: meeting.date,
      startTime: meeting.startTime,
    });
    expect(await search('rembuk persiapan')).toEqual([]);
    expect(kinds(await search('musyawarah persiapan'))).toEqual(['meeting']);
    await call('meetings.duplicate', { id: meeting.id, asTemplate: true, title: 'Templat persiapan musyawarah' });
    expect(kinds(await search('musyawarah persiapan'))).toEqual(['meeting']);
    await call('meetings.delete', { id: meeting.id });
    expect(await search('sumur bor')).toEqual([]);
    expect(await search('musyawarah persiapan')).toEqual([]);
  });

  it('finds people by name and position, never by phone or e-mail, and follows renames, deletions and erasure', async () => {
    const person = await call('people.create', {
      name: 'Andi Besse Tenri, S.Gz.',
      position: 'Nutrisionis Puskesmas Bontoramba',
      phone: '0812-9988-7766',
      email: 'besse.tenri@contoh.go.id',
    });
    const found = await search('besse tenri');
    expect(found).toEqual([
      expect.objectContaining({ kind: 'person', id: person.id, title: 'Andi Besse Tenri, S.Gz.', meetingId: null }),
    ]);
    expect(kinds(await search('nutrisionis bontoramba'))).toEqual(['person']);
    for (const private_ of ['0812', '99887766', 'contoh.go.id', 'besse.tenri@contoh']) {
      expect(kinds(await search(private_))).not.toContain('person');
    }

    await call('people.update', { id: person.id, name: 'Andi Besse Tenriawaru, S.Gz.', position: 'Nutrisionis' });
    expect(await search('tenri bontoramba')).toEqual([]);
    expect(kinds(await search('tenriawaru'))).toEqual(['person']);
    await call('people.delete', { id: person.id });
    expect(await search('tenriawaru')).toEqual([]);

    const erased = await call('people.create', { name: 'Wa Ode Sitti Hasanah', position: 'Bidan Desa Tolo' });
    expect(kinds(await search('hasanah'))).toEqual(['person']);
    await call('people.erase', { id: erased.id, keepPosition: true });
    expect(await search('hasanah')).toEqual([]);
    expect(kinds(await search('bidan desa tolo'))).not.toContain('person');
    // FTS5 secure-delete: the erased name is gone from the index itself, not only from its results.
    const indexed = core.store.db
      .prepare("SELECT count(*) AS n FROM search_index_data WHERE instr(CAST(block AS TEXT), 'hasanah') > 0")
      .get() as { n: number };
    expect(indexed.n).toBe(0);
  });

  it('finds action-plan rows by activity, indicator and notes, with their plan, and drops deleted ones', async () => {
    const plan = await call('plans.create', { areaCode: AREAS.kelara, year: 2031, title: 'RAT Kelara 2031' });
    const { rows } = await call('planRows.create', {
      planId: plan.id,
      activity: 'Kelas ibu hamil berbasis desa',
      indicator: 'Cakupan kunjungan antenatal',
      notes: 'Bersama bidan koordinator',
    });
    const row = rows[0];
    expect(await search('kelas ibu hamil')).toEqual([
      expect.objectContaining({
        kind: 'plan_row',
        id: row?.id,
        title: 'Kelas ibu hamil berbasis desa',
        planId: plan.id,
        planTitle: 'RAT Kelara 2031',
        meetingId: null,
      }),
    ]);
    expect(kinds(await search('antenatal'))).toEqual(['plan_row']);
    expect(kinds(await search('bidan koordinator'))).toContain('plan_row');
    await call('planRows.delete', { id: row?.id ?? '' });
    expect(await search('kelas ibu hamil')).toEqual([]);

    const other = await call('plans.create', { areaCode: AREAS.kelara, year: 2032, title: 'RAT Kelara 2032' });
    await call('planRows.create', { planId: other.id, activity: 'Jambanisasi keluarga berisiko' });
    expect(kinds(await search('jambanisasi'))).toEqual(['plan_row']);
    await call('plans.delete', { id: other.id });
    expect(await search('jambanisasi')).toEqual([]);
  });

  it('refuses an empty query and a bad limit with the field named', async () => {
    for (const [payload, path, key] of [
      [{ query: '  ' }, 'query', 'validation.required'],
      [{}, 'query', 'validation.required'],
      [{ query: 'x'.repeat(201) }, 'query', 'validation.tooLong'],
      [{ query: 'ego', limit: 0 }, 'limit', 'validation.tooSmall'],
      [{ query: 'ego', limit: 101 }, 'limit', 'validation.tooLarge'],
      [{ query: 'ego', kind: 'minutes' }, 'kind', 'validation.unknownField'],
    ] as const) {
      const result = await core.dispatch('search.query', payload);
      expect(result.ok ? null : result.error.details?.map((d) => [d.path, d.key])).toEqual([[path, key]]);
    }
  });
});
