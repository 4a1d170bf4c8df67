import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { MeetingWorkspace, MeetingStatus } from '../../../shared/domain/meetings';
import { MEETING_STATUSES } from '../../../shared/domain/meetings';
import { bringTo, KELARA_MEETING, MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  core.subscribe((event) => events.push(event));
});
afterAll(() => core.close());

/** A fresh meeting in `status`, reached through the API. */
async function meetingIn(status: MeetingStatus): Promise<string> {
  const meeting = await newMeeting(call, { title: `Rapat ${status}` });
  if (status !== 'draft') await bringTo(call, meeting.id, status);
  return meeting.id;
}

async function historyOf(id: string) {
  return (valueOf(await core.dispatch('meetings.workspace', { id })) as MeetingWorkspace).history;
}

const PLAIN: Record<MeetingStatus, MeetingStatus[]> = {
  draft: ['scheduled'],
  scheduled: ['draft', 'held'],
  held: ['scheduled'],
  approved: [],
};

describe('meetings.setStatus', () => {
  const pairs = MEETING_STATUSES.flatMap((from) => MEETING_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', async (from, to) => {
    const id = await meetingIn(from);
    const before = await historyOf(id);
    const result = await core.dispatch('meetings.setStatus', { id, status: to });
    if (from === 'approved') {
      expect(errorOf(result)).toEqual({ code: 'LOCKED', message: { key: 'error.meetingLocked' } });
    } else if (PLAIN[from].includes(to)) {
      expect(valueOf(result)).toMatchObject({ id, status: to, approvedAt: null });
      const history = await historyOf(id);
      expect(history).toHaveLength(before.length + 1);
      expect(history[0]).toMatchObject({
        entity: 'meeting',
        entityId: id,
        action: 'status',
        changes: { from, to },
        reason: null,
      });
    } else {
      expect(errorOf(result)).toEqual({
        code: 'CONFLICT',
        message: {
          key: 'error.statusTransition',
          params: { from: `meetingStatus.${from}`, to: `meetingStatus.${to}` },
        },
      });
      expect(await historyOf(id)).toEqual(before);
    }
  });

  it('answers NOT_FOUND for an unknown or deleted meeting', async () => {
    const id = await meetingIn('draft');
    await call('meetings.delete', { id });
    for (const missing of [MISSING_ID, id]) {
      for (const [method, input] of [
        ['meetings.setStatus', { id: missing, status: 'scheduled' }],
        ['meetings.approve', { id: missing }],
        ['meetings.unlock', { id: missing, reason: 'x' }],
        ['meetings.updateSummary', { id: missing, summary: 'x' }],
        ['meetings.workspace', { id: missing }],
      ] as const) {
        expect(errorOf(await core.dispatch(method, input))).toEqual({
          code: 'NOT_FOUND',
          message: { key: 'error.notFound.meeting' },
        });
      }
    }
  });
});

describe('meetings.approve and meetings.unlock', () => {
  it.each(MEETING_STATUSES)('approve from %s', async (from) => {
    const id = await meetingIn(from);
    const result = await core.dispatch('meetings.approve', { id });
    if (from === 'held') {
      const approved = valueOf(result) as { status: string; approvedAt: string };
      expect(approved.status).toBe('approved');
      expect(Date.parse(approved.approvedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect((await historyOf(id))[0]).toMatchObject({
        action: 'approve',
        changes: { from: 'held', to: 'approved' },
        reason: null,
      });
    } else {
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', message: { key: 'error.cannotApprove' } });
    }
  });

  it.each(MEETING_STATUSES)('unlock from %s', async (from) => {
    const id = await meetingIn(from);
    const result = await core.dispatch('meetings.unlock', { id, reason: 'Koreksi daftar hadir' });
    if (from === 'approved') {
      expect(valueOf(result)).toMatchObject({ status: 'held', approvedAt: null });
      expect((await historyOf(id))[0]).toMatchObject({
        entity: 'meeting',
        action: 'unlock',
        changes: { from: 'approved', to: 'held' },
        reason: 'Koreksi daftar hadir',
      });
    } else {
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', message: { key: 'error.cannotUnlock' } });
    }
  });

  it('needs a reason to unlock', async () => {
    const id = await meetingIn('approved');
    expect(errorOf(await core.dispatch('meetings.unlock', { id, reason: '   ' }))).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'reason', key: 'validation.required' }],
    });
    expect((valueOf(await core.dispatch('meetings.get', { id })) as { status: string }).status).toBe('approved');
  });

  it('commits durably and puts the connection back to synchronous = NORMAL', async () => {
    const id = await meetingIn('held');
    await call('meetings.approve', { id });
    expect(core.store.db.pragma('synchronous', { simple: true })).toBe(1);
    await call('meetings.unlock', { id, reason: 'Perbaikan' });
    expect(core.store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(errorOf(await core.dispatch('meetings.unlock', { id, reason: 'Lagi' })).code).toBe('CONFLICT');
    expect(core.store.db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('announces meetings and commitments as changed', async () => {
    const id = await meetingIn('held');
    events.length = 0;
    await call('meetings.approve', { id });
    await call('meetings.unlock', { id, reason: 'Perbaikan' });
    await call('meetings.setStatus', { id, status: 'scheduled' });
    // Each names its meeting, so the workspace of another meeting is left alone.
    expect(events).toEqual([
      { entities: ['meetings', 'commitments'], ids: { meetings: [id] } },
      { entities: ['meetings', 'commitments'], ids: { meetings: [id] } },
      { entities: ['meetings'], ids: { meetings: [id] } },
    ]);
  });
});

describe('meetings.updateSummary', () => {
  it('changes only the fields sent: a summary autosave keeps a closing time saved a moment before', async () => {
    const id = await meetingIn('held');
    await call('meetings.updateSummary', { id, closingTime: '11:45' });
    expect(await call('meetings.updateSummary', { id, summary: 'Satu data stunting.' })).toMatchObject({
      summary: 'Satu data stunting.',
      closingTime: '11:45',
    });
    expect(await call('meetings.updateSummary', { id, closingTime: '12:05' })).toMatchObject({
      summary: 'Satu data stunting.',
      closingTime: '12:05',
    });
  });

  it('stores the kesimpulan and closing time, and clears them', async () => {
    const id = await meetingIn('held');
    const summary = 'Kesimpulan:\n1. Satu data.\n2. Rencana aksi terpadu.';
    expect(await call('meetings.updateSummary', { id, summary, closingTime: '11:45' })).toMatchObject({
      summary,
      closingTime: '11:45',
    });
    expect(await call('meetings.updateSummary', { id, summary: '  ', closingTime: null })).toMatchObject({
      summary: null,
      closingTime: null,
    });
  });
});

describe('a meeting whose date has not come yet', () => {
  // 10 March 2026, 23.30 WITA (Kelara keeps WITA); one hour later it is the 11th there.
  const EVENING = new Date('2026-03-10T15:30:00Z');
  const MIDNIGHT_PAST = new Date('2026-03-10T16:30:00Z');
  let now = EVENING;
  let timed: TestCore;
  let timedCall: Call;

  beforeAll(async () => {
    timed = await startTestCore({ now: () => now });
    timedCall = callerOf(timed.dispatch);
  });
  afterAll(() => timed.close());

  it('is not marked held, nor approved, and a held meeting is not moved into the future', async () => {
    now = EVENING;
    const tomorrow = await newMeeting(timedCall, { date: '2026-03-11' });
    await timedCall('meetings.setStatus', { id: tomorrow.id, status: 'scheduled' });
    const ahead = { code: 'CONFLICT', message: { key: 'error.meetingAhead', params: { date: '11 Maret 2026' } } };
    expect(errorOf(await timed.dispatch('meetings.setStatus', { id: tomorrow.id, status: 'held' }))).toEqual(ahead);

    const today = await newMeeting(timedCall, { date: '2026-03-10' });
    await bringTo(timedCall, today.id, 'held');
    const moved = await timed.dispatch('meetings.update', {
      ...KELARA_MEETING,
      areaCodes: ['73.04.05'],
      id: today.id,
      date: '2026-03-11',
    });
    expect(errorOf(moved)).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'date', key: 'validation.heldMeetingAhead', params: { today: '10 Maret 2026' } }],
    });

    // Past midnight in Kelara the 11th has come: the meeting can be held and approved.
    now = MIDNIGHT_PAST;
    expect(await timedCall('meetings.setStatus', { id: tomorrow.id, status: 'held' })).toMatchObject({
      status: 'held',
    });
    // A computer clock put back a day: approval is refused with the same reason.
    now = EVENING;
    expect(errorOf(await timed.dispatch('meetings.approve', { id: tomorrow.id }))).toEqual(ahead);
    now = MIDNIGHT_PAST;
    expect(await timedCall('meetings.approve', { id: tomorrow.id })).toMatchObject({ status: 'approved' });
  });
});
