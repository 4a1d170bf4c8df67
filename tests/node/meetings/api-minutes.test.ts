import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Person } from '../../../shared/domain/directory';
import type { Meeting } from '../../../shared/domain/meetings';
import type { MinutesEntry } from '../../../shared/domain/minutes';
import { MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let chair: Person;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  chair = await call('people.create', { name: 'H. Islam Iskandar, S.Sos.', position: 'Wakil Bupati Jeneponto' });
});
afterAll(() => core.close());

function fieldError(code: string, key: string, path: string, detailKey: string) {
  return { code, message: { key }, details: [{ path, key: detailKey }] };
}

async function meetingWithItems(): Promise<{ meeting: Meeting; first: AgendaItem; second: AgendaItem }> {
  const meeting = await newMeeting(call);
  const first = await call('agenda.create', { meetingId: meeting.id, title: 'Arahan', kind: 'directives' });
  const second = await call('agenda.create', { meetingId: meeting.id, title: 'Diskusi' });
  return { meeting, first, second };
}

async function bodies(meetingId: string): Promise<string[]> {
  return (await call('meetings.workspace', { id: meetingId })).minutes.map((m) => m.body);
}

describe('minutes', () => {
  it('creates an entry with its speaker, per agenda item', async () => {
    const { meeting, first } = await meetingWithItems();
    const entry = await call('minutes.create', {
      meetingId: meeting.id,
      agendaItemId: first.id,
      kind: 'directive',
      speakerPersonId: chair.id,
      body: 'Hilangkan ego sektoral.',
    });
    expect(entry).toEqual({
      id: expect.any(String),
      meetingId: meeting.id,
      agendaItemId: first.id,
      position: 0,
      kind: 'directive',
      speakerPersonId: chair.id,
      speakerName: 'H. Islam Iskandar, S.Sos.',
      speakerText: null,
      body: 'Hilangkan ego sektoral.',
      updatedAt: expect.any(String),
    });
    const empty = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id });
    expect(empty).toMatchObject({ position: 1, kind: 'discussion', body: '', speakerName: null });
    const typed = await call('minutes.create', {
      meetingId: meeting.id,
      speakerText: 'Ketua TP PKK Desa Gantarang',
      body: 'Usul rapat bulanan',
    });
    expect(typed).toMatchObject({ agendaItemId: null, position: 0, speakerText: 'Ketua TP PKK Desa Gantarang' });
  });

  it('appends per item, inserts right after an entry, and lists in agenda order', async () => {
    const { meeting, first, second } = await meetingWithItems();
    const add = (agendaItemId: string | null, body: string, afterId?: string) =>
      call('minutes.create', { meetingId: meeting.id, agendaItemId, body, afterId: afterId ?? null });
    const d1 = await add(second.id, 'D1');
    const a1 = await add(first.id, 'A1');
    const none = await add(null, 'tanpa butir');
    const a2 = await add(first.id, 'A2');
    await add(second.id, 'D2');
    expect(await bodies(meeting.id)).toEqual(['A1', 'A2', 'D1', 'D2', 'tanpa butir']);

    await add(first.id, 'A1b', a1.id);
    expect(await bodies(meeting.id)).toEqual(['A1', 'A1b', 'A2', 'D1', 'D2', 'tanpa butir']);
    await add(first.id, 'A3', a2.id);
    await add(second.id, 'D0', d1.id);
    await add(null, 'tanpa butir 2', none.id);
    expect(await bodies(meeting.id)).toEqual([
      'A1',
      'A1b',
      'A2',
      'A3',
      'D1',
      'D0',
      'D2',
      'tanpa butir',
      'tanpa butir 2',
    ]);

    // Moving the agenda moves its minutes with it.
    await call('agenda.move', { id: second.id, toPosition: 0 });
    expect(await bodies(meeting.id)).toEqual([
      'D1',
      'D0',
      'D2',
      'A1',
      'A1b',
      'A2',
      'A3',
      'tanpa butir',
      'tanpa butir 2',
    ]);
  });

  it('refuses an agenda item or an entry to insert after that is not of this meeting or item', async () => {
    const { meeting, first, second } = await meetingWithItems();
    const other = await meetingWithItems();
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id, body: 'A' });
    const elsewhere = await call('minutes.create', { meetingId: other.meeting.id, agendaItemId: other.first.id });

    expect(
      errorOf(await core.dispatch('minutes.create', { meetingId: meeting.id, agendaItemId: other.first.id })),
    ).toEqual(fieldError('VALIDATION', 'error.validation', 'agendaItemId', 'validation.agendaItemOtherMeeting'));
    expect(errorOf(await core.dispatch('minutes.create', { meetingId: meeting.id, agendaItemId: MISSING_ID }))).toEqual(
      fieldError('NOT_FOUND', 'error.notFound.agendaItem', 'agendaItemId', 'error.notFound.agendaItem'),
    );
    expect(
      errorOf(
        await core.dispatch('minutes.create', { meetingId: meeting.id, agendaItemId: second.id, afterId: entry.id }),
      ),
    ).toEqual(fieldError('VALIDATION', 'error.validation', 'afterId', 'validation.invalid'));
    expect(
      errorOf(
        await core.dispatch('minutes.create', { meetingId: meeting.id, agendaItemId: first.id, afterId: elsewhere.id }),
      ),
    ).toEqual(fieldError('NOT_FOUND', 'error.notFound.minutesEntry', 'afterId', 'error.notFound.minutesEntry'));
    expect(
      errorOf(await core.dispatch('minutes.create', { meetingId: meeting.id, speakerPersonId: MISSING_ID })),
    ).toEqual(fieldError('VALIDATION', 'error.validation', 'speakerPersonId', 'validation.personUnknown'));
    expect(await bodies(meeting.id)).toEqual(['A']);
  });

  it('autosaves: 100 rapid updates, the last one wins, the body exactly as typed', async () => {
    const { meeting, first } = await meetingWithItems();
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id });
    const final =
      '  Arahan Ketua TPPS:\n1. Hilangkan ego sektoral 🙏\n2. Satu data — “tepat sasaran”\r\n3. Bantaeng → ẵ ẫ ậ\t\n' +
      'ᨔᨗᨑᨀᨚᨑ (Lontara) · 中文 · العربية\n\n';
    // Cut between characters, as typing goes: half of 🙏 is not text (the API refuses it, validation.invalidText).
    const characters = [...final];
    const typed = Array.from({ length: 100 }, (_, i) =>
      characters.slice(0, Math.ceil(((i + 1) * characters.length) / 100)).join(''),
    );
    expect(typed.at(-1)).toBe(final);
    const results = await Promise.all(
      typed.map((body) => core.dispatch('minutes.update', { id: entry.id, speakerPersonId: chair.id, body })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect((results.at(-1) as { value: MinutesEntry }).value.body).toBe(final);

    const [saved] = (await call('meetings.workspace', { id: meeting.id })).minutes;
    expect(saved).toMatchObject({ id: entry.id, body: final, speakerName: 'H. Islam Iskandar, S.Sos.' });
    const row = core.store.db.prepare('SELECT body FROM minutes_entries WHERE id = ?').get(entry.id) as {
      body: string;
    };
    expect(row.body).toBe(final);
    expect(Buffer.from(row.body, 'utf8').equals(Buffer.from(final, 'utf8'))).toBe(true);
  });

  it('keeps each autosave cheap', async () => {
    const { meeting, first } = await meetingWithItems();
    for (let i = 0; i < 200; i++) await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id });
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id });
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await call('minutes.update', { id: entry.id, body: `Catatan ${'x'.repeat(i * 20)}` });
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    expect(samples[25]).toBeLessThan(5);
  });

  it('changes only the fields sent: a body autosave keeps the kind and speaker chosen a moment before', async () => {
    const { meeting, first } = await meetingWithItems();
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id, body: 'Awal' });
    await call('minutes.update', { id: entry.id, kind: 'directive', speakerPersonId: chair.id });
    expect(await call('minutes.update', { id: entry.id, body: 'Awal dan lanjutan' })).toMatchObject({
      kind: 'directive',
      speakerPersonId: chair.id,
      body: 'Awal dan lanjutan',
    });
    expect(await call('minutes.update', { id: entry.id, speakerPersonId: null, speakerText: 'Peserta' })).toMatchObject(
      { kind: 'directive', speakerPersonId: null, speakerText: 'Peserta', body: 'Awal dan lanjutan' },
    );
  });

  it('updates speaker and kind, and deletes softly', async () => {
    const { meeting, first } = await meetingWithItems();
    const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: first.id, body: 'x' });
    expect(
      await call('minutes.update', { id: entry.id, kind: 'note', speakerText: 'Peserta', body: 'Catatan' }),
    ).toMatchObject({ kind: 'note', speakerPersonId: null, speakerText: 'Peserta', body: 'Catatan', position: 0 });
    expect(errorOf(await core.dispatch('minutes.update', { id: entry.id, speakerPersonId: MISSING_ID }))).toEqual(
      fieldError('VALIDATION', 'error.validation', 'speakerPersonId', 'validation.personUnknown'),
    );
    expect(await call('minutes.delete', { id: entry.id })).toEqual({ id: entry.id });
    expect(await bodies(meeting.id)).toEqual([]);
    const gone = { code: 'NOT_FOUND', message: { key: 'error.notFound.minutesEntry' } };
    expect(errorOf(await core.dispatch('minutes.update', { id: entry.id, body: 'y' }))).toEqual(gone);
    expect(errorOf(await core.dispatch('minutes.delete', { id: entry.id }))).toEqual(gone);
  });
});

describe('decisions', () => {
  it('are numbered 1..n per meeting; a delete renumbers, an update keeps the number', async () => {
    const { meeting, first } = await meetingWithItems();
    const other = await newMeeting(call);
    const make = (body: string, meetingId = meeting.id) => call('decisions.create', { meetingId, body });
    const d1 = await make('Satu data stunting');
    const d2 = await make('Tanpa ego sektoral');
    const d3 = await make('Rencana aksi terpadu');
    expect((await make('Rapat lain', other.id)).number).toBe(1);
    expect([d1.number, d2.number, d3.number]).toEqual([1, 2, 3]);

    const updated = await call('decisions.update', {
      id: d3.id,
      agendaItemId: first.id,
      body: 'Rencana aksi terpadu 2026',
    });
    expect(updated).toMatchObject({ number: 3, agendaItemId: first.id, body: 'Rencana aksi terpadu 2026' });

    expect(await call('decisions.delete', { id: d2.id })).toEqual({ id: d2.id });
    const numbered = async (id: string) =>
      (await call('meetings.workspace', { id })).decisions.map((d) => [d.number, d.body]);
    expect(await numbered(meeting.id)).toEqual([
      [1, 'Satu data stunting'],
      [2, 'Rencana aksi terpadu 2026'],
    ]);
    expect((await make('Keputusan baru')).number).toBe(3);
    await call('decisions.delete', { id: d1.id });
    expect(await numbered(meeting.id)).toEqual([
      [1, 'Rencana aksi terpadu 2026'],
      [2, 'Keputusan baru'],
    ]);
    expect(await numbered(other.id)).toEqual([[1, 'Rapat lain']]);
  });

  it('refuses an agenda item of another meeting and unknown decisions', async () => {
    const { meeting } = await meetingWithItems();
    const other = await meetingWithItems();
    expect(
      errorOf(
        await core.dispatch('decisions.create', { meetingId: meeting.id, agendaItemId: other.first.id, body: 'x' }),
      ),
    ).toEqual(fieldError('VALIDATION', 'error.validation', 'agendaItemId', 'validation.agendaItemOtherMeeting'));
    const decision = await call('decisions.create', { meetingId: meeting.id, body: 'x' });
    expect(
      errorOf(await core.dispatch('decisions.update', { id: decision.id, agendaItemId: other.first.id, body: 'y' })),
    ).toEqual(fieldError('VALIDATION', 'error.validation', 'agendaItemId', 'validation.agendaItemOtherMeeting'));
    await call('decisions.delete', { id: decision.id });
    const gone = { code: 'NOT_FOUND', message: { key: 'error.notFound.decision' } };
    expect(errorOf(await core.dispatch('decisions.update', { id: decision.id, body: 'y' }))).toEqual(gone);
    expect(errorOf(await core.dispatch('decisions.delete', { id: decision.id }))).toEqual(gone);
  });
});
