import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Institution, Person } from '../../../shared/domain/directory';
import { MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let dppkb: Institution;
let bappeda: Institution;
let meriam: Person;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  core.subscribe((event) => events.push(event));
  dppkb = await call('institutions.create', {
    name: 'DPPKB Jeneponto',
    sector: 'keluarga_berencana',
    level: 'kabupaten',
  });
  bappeda = await call('institutions.create', { name: 'Bappeda Jeneponto', sector: 'perencanaan', level: 'kabupaten' });
  meriam = await call('people.create', { name: 'St. Meriam', institutionId: dppkb.id });
});
afterAll(() => core.close());

const DPPKB_COMMITMENT = {
  description: 'Pendampingan keluarga berisiko stunting oleh TPK di Kelara dan Rumbia',
  dueDate: '2025-12-31',
  indicator: 'Persentase KRS yang didampingi',
  target: '90%',
};

function fieldError(code: string, key: string, path: string, detailKey: string) {
  return { code, message: { key }, details: [{ path, key: detailKey }] };
}

function timeline(id: string) {
  return core.store.db
    .prepare(
      "SELECT action, changes, meeting_id FROM history WHERE entity = 'commitment' AND entity_id = ? ORDER BY id",
    )
    .all(id)
    .map((row) => {
      const { action, changes, meeting_id } = row as { action: string; changes: string | null; meeting_id: string };
      return { action, changes: changes === null ? null : (JSON.parse(changes) as unknown), meetingId: meeting_id };
    });
}

describe('commitments', () => {
  it('creates a commitment, not started, with names joined, and records it in history', async () => {
    const meeting = await newMeeting(call);
    const item = await call('agenda.create', { meetingId: meeting.id, title: 'Paparan DPPKB' });
    events.length = 0;
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      institutionId: dppkb.id,
      contactPersonId: meriam.id,
      ...DPPKB_COMMITMENT,
    });
    expect(commitment).toEqual({
      id: expect.any(String),
      meetingId: meeting.id,
      agendaItemId: item.id,
      institutionId: dppkb.id,
      institutionName: 'DPPKB Jeneponto',
      contactPersonId: meriam.id,
      contactPersonName: 'St. Meriam',
      ...DPPKB_COMMITMENT,
      status: 'not_started',
      position: 0,
      updatedAt: expect.any(String),
    });
    expect(events).toEqual([
      { entities: ['meetings', 'commitments'], ids: { commitments: [commitment.id], meetings: [meeting.id] } },
    ]);
    expect(timeline(commitment.id)).toEqual([
      {
        action: 'create',
        changes: {
          agendaItemId: item.id,
          institutionId: dppkb.id,
          contactPersonId: meriam.id,
          ...DPPKB_COMMITMENT,
        },
        meetingId: meeting.id,
      },
    ]);
    const second = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: bappeda.id,
      description: 'Sinkronisasi anggaran',
    });
    expect(second).toMatchObject({ position: 1, contactPersonId: null, contactPersonName: null, dueDate: null });
    expect((await call('meetings.workspace', { id: meeting.id })).commitments.map((c) => c.id)).toEqual([
      commitment.id,
      second.id,
    ]);
  });

  it('records what an update changed, field by field, and nothing for an update that changes nothing', async () => {
    const meeting = await newMeeting(call);
    const input = { meetingId: meeting.id, institutionId: dppkb.id, ...DPPKB_COMMITMENT };
    const commitment = await call('commitments.create', input);
    const { meetingId: _, ...fields } = input;
    const updated = await call('commitments.update', {
      id: commitment.id,
      ...fields,
      institutionId: bappeda.id,
      dueDate: '2026-03-31',
      target: '95%',
    });
    expect(updated).toMatchObject({
      institutionName: 'Bappeda Jeneponto',
      dueDate: '2026-03-31',
      target: '95%',
      status: 'not_started',
      position: 0,
    });
    await call('commitments.update', {
      id: commitment.id,
      ...fields,
      institutionId: bappeda.id,
      dueDate: '2026-03-31',
      target: '95%',
    });
    expect(timeline(commitment.id).map((h) => [h.action, h.changes])).toEqual([
      ['create', expect.any(Object)],
      [
        'update',
        {
          institutionId: { from: dppkb.id, to: bappeda.id },
          dueDate: { from: '2025-12-31', to: '2026-03-31' },
          target: { from: '90%', to: '95%' },
        },
      ],
    ]);

    expect(await call('commitments.delete', { id: commitment.id })).toEqual({ id: commitment.id });
    expect(timeline(commitment.id).map((h) => [h.action, h.meetingId])).toEqual([
      ['create', meeting.id],
      ['update', meeting.id],
      ['delete', meeting.id],
    ]);
    const workspace = await call('meetings.workspace', { id: meeting.id });
    expect(workspace.commitments).toEqual([]);
    expect(workspace.history.filter((h) => h.entity === 'commitment').map((h) => h.action)).toEqual([
      'delete',
      'update',
      'create',
    ]);
    const gone = { code: 'NOT_FOUND', message: { key: 'error.notFound.commitment' } };
    expect(errorOf(await core.dispatch('commitments.delete', { id: commitment.id }))).toEqual(gone);
    expect(errorOf(await core.dispatch('commitments.update', { id: commitment.id, ...fields }))).toEqual(gone);
  });

  it('refuses unknown institutions and contacts, and agenda items of another meeting', async () => {
    const meeting = await newMeeting(call);
    const other = await newMeeting(call);
    const foreignItem = await call('agenda.create', { meetingId: other.id, title: 'Lain' });
    const base = { meetingId: meeting.id, institutionId: dppkb.id, description: 'x' };
    expect(errorOf(await core.dispatch('commitments.create', { ...base, institutionId: MISSING_ID }))).toEqual(
      fieldError('VALIDATION', 'error.validation', 'institutionId', 'validation.institutionUnknown'),
    );
    expect(errorOf(await core.dispatch('commitments.create', { ...base, contactPersonId: MISSING_ID }))).toEqual(
      fieldError('VALIDATION', 'error.validation', 'contactPersonId', 'validation.personUnknown'),
    );
    expect(errorOf(await core.dispatch('commitments.create', { ...base, agendaItemId: foreignItem.id }))).toEqual(
      fieldError('VALIDATION', 'error.validation', 'agendaItemId', 'validation.agendaItemOtherMeeting'),
    );
    expect(errorOf(await core.dispatch('commitments.create', { ...base, meetingId: MISSING_ID }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
    expect((await call('meetings.workspace', { id: meeting.id })).commitments).toEqual([]);
    expect(core.store.db.prepare('SELECT count(*) AS n FROM history WHERE meeting_id = ?').get(meeting.id)).toEqual({
      n: 0,
    });
  });

  it('keeps a commitment editable after its institution left the directory', async () => {
    const meeting = await newMeeting(call);
    const closing = await call('institutions.create', { name: 'UPTD Lama', sector: 'lainnya', level: 'kabupaten' });
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: closing.id,
      description: 'Laporan',
    });
    await call('institutions.delete', { id: closing.id });
    const updated = await call('commitments.update', {
      id: commitment.id,
      institutionId: closing.id,
      description: 'Laporan akhir',
    });
    expect(updated).toMatchObject({ institutionName: 'UPTD Lama', description: 'Laporan akhir' });
  });

  it('leave the ledger with their meeting when the meeting is deleted', async () => {
    const meeting = await newMeeting(call);
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: dppkb.id,
      description: 'x',
    });
    await call('meetings.delete', { id: meeting.id });
    expect(
      errorOf(
        await core.dispatch('commitments.update', { id: commitment.id, institutionId: dppkb.id, description: 'y' }),
      ),
    ).toEqual({ code: 'NOT_FOUND', message: { key: 'error.notFound.commitment' } });
    expect(
      core.store.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM commitments WHERE id = ?').get(commitment.id),
    ).toEqual({ gone: 1 });
  });
});
