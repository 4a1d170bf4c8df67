import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitments';
import type { Meeting } from '../../../shared/domain/meetings';
import { AREAS, commitmentIn, institutionsOf, meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { bringTo, MISSING_ID } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf } from '../support/temp';

let core: TestCore;
let call: Call;
let review: Meeting;
const c: Record<string, Commitment> = {};

async function carried(meetingId: string): Promise<string[]> {
  return (await call('commitments.carryOver', { meetingId })).items.map((item) => item.description);
}

beforeAll(async () => {
  const started = await startClockedCore('2025-11-20T02:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  const inst = await institutionsOf(call);
  const promise = async (meeting: Meeting, description: string, dueDate: string | null) => {
    c[description] = await commitmentIn(call, meeting, inst.dinkes, description, { dueDate });
    return c[description] as Commitment;
  };

  // The joint Rakor of Kelara and Rumbia being prepared, at 09:00.
  review = await meetingIn(call, [AREAS.kelara, AREAS.rumbia], '2025-11-14', {
    title: 'Rakor TPPS Kelara dan Rumbia',
    startTime: '09:00',
  });
  await promise(review, 'own: made in the review itself', '2025-12-01');

  const kelara = await meetingIn(call, [AREAS.kelara], '2025-10-01');
  await promise(kelara, 'kelara: not started', '2025-12-01');
  await promise(kelara, 'kelara: in progress', '2025-10-15');
  const done = await promise(kelara, 'kelara: done', '2025-10-10');
  const cancelled = await promise(kelara, 'kelara: cancelled', '2025-10-11');
  const deletedCommitment = await promise(kelara, 'kelara: deleted commitment', '2025-10-12');
  await call('commitments.setStatus', { id: c['kelara: in progress']?.id as string, status: 'in_progress' });
  await call('commitments.setStatus', { id: done.id, status: 'done' });
  await call('commitments.setStatus', { id: cancelled.id, status: 'cancelled' });
  await call('commitments.delete', { id: deletedCommitment.id });
  // Approved: its commitments are still reviewed.
  await bringTo(call, kelara.id, 'approved');

  await promise(await meetingIn(call, [AREAS.rumbia], '2025-10-05'), 'rumbia: open', null);
  await promise(await meetingIn(call, [AREAS.gantarang], '2025-10-10'), 'gantarang (under kelara): open', '2025-11-30');
  await promise(await meetingIn(call, [AREAS.jeneponto], '2025-09-01'), 'jeneponto (above): open', '2025-11-01');
  await promise(
    await meetingIn(call, [AREAS.bangkala], '2025-10-01'),
    'bangkala (other kecamatan): open',
    '2025-10-20',
  );
  const sameDay = { date: '2025-11-14' };
  await promise(
    await meetingIn(call, [AREAS.kelara], sameDay.date, { startTime: '08:00', endTime: '08:45' }),
    'same day, earlier start: open',
    '2025-11-20',
  );
  await promise(
    await meetingIn(call, [AREAS.kelara], sameDay.date, { startTime: '13:00', endTime: '15:00' }),
    'same day, later start: open',
    '2025-11-21',
  );
  await promise(await meetingIn(call, [AREAS.kelara], '2025-12-01'), 'later meeting: open', '2025-12-15');
  const deletedMeeting = await meetingIn(call, [AREAS.rumbia], '2025-09-15');
  await promise(deletedMeeting, 'deleted meeting: open', '2025-10-01');
  await call('meetings.delete', { id: deletedMeeting.id });
  const template = await call('meetings.duplicate', { id: review.id, asTemplate: true, date: '2025-01-01' });
  await promise(template, 'template: open', '2025-02-01');
});
afterAll(() => core.close());

describe('commitments.carryOver', () => {
  it('lists exactly the open commitments of earlier meetings of overlapping areas, by due date', async () => {
    expect(await carried(review.id)).toEqual([
      'kelara: in progress',
      'jeneponto (above): open',
      'same day, earlier start: open',
      'gantarang (under kelara): open',
      'kelara: not started',
      'rumbia: open',
    ]);
  });

  it('follows the areas: a kecamatan meeting reviews its own and those above and below; a kabupaten one all', async () => {
    // Later than the joint review, which shares Rumbia: its own commitment is carried too.
    const rumbiaOnly = await meetingIn(call, [AREAS.rumbia], '2025-11-30');
    expect(await carried(rumbiaOnly.id)).toEqual([
      'jeneponto (above): open',
      'own: made in the review itself',
      'rumbia: open',
    ]);
    const desa = await meetingIn(call, [AREAS.gantarang], '2025-11-30');
    expect(await carried(desa.id)).toEqual([
      'kelara: in progress',
      'jeneponto (above): open',
      'same day, earlier start: open',
      'same day, later start: open',
      'gantarang (under kelara): open',
      'own: made in the review itself',
      'kelara: not started',
    ]);
    const kabupaten = await meetingIn(call, [AREAS.jeneponto], '2025-11-15', { hostLevel: 'kabupaten' });
    expect(await carried(kabupaten.id)).toEqual([
      'kelara: in progress',
      'bangkala (other kecamatan): open',
      'jeneponto (above): open',
      'same day, earlier start: open',
      'same day, later start: open',
      'gantarang (under kelara): open',
      'own: made in the review itself',
      'kelara: not started',
      'rumbia: open',
    ]);
  });

  it('records updates given in the review against the commitment and the meeting, and keeps them listed', async () => {
    const open = c['kelara: not started'] as Commitment;
    const inProgress = c['kelara: in progress'] as Commitment;
    await call('commitments.addUpdate', {
      commitmentId: open.id,
      reportedOn: '2025-11-14',
      note: 'Jadwal pemberian TTD disusun bersama sekolah',
      percent: 20,
      statusAfter: 'in_progress',
      meetingId: review.id,
    });
    await call('commitments.setStatus', {
      id: inProgress.id,
      status: 'done',
      note: 'Selesai di 12 desa',
      meetingId: review.id,
    });
    const { items, total } = await call('commitments.carryOver', { meetingId: review.id });
    expect(total).toBe(6);
    const byId = new Map(items.map((item) => [item.id, item]));
    // Marked done during the review: still on the list, with what was said.
    expect(byId.get(inProgress.id)).toMatchObject({
      status: 'done',
      overdue: false,
      lastUpdateNote: 'Selesai di 12 desa',
    });
    expect(byId.get(inProgress.id)?.updatesInThisMeeting.map((u) => [u.note, u.statusAfter])).toEqual([
      ['Selesai di 12 desa', 'done'],
    ]);
    expect(byId.get(open.id)?.updatesInThisMeeting.map((u) => [u.reportedOn, u.percent, u.meetingTitle])).toEqual([
      ['2025-11-14', 20, 'Rakor TPPS Kelara dan Rumbia'],
    ]);
    expect(byId.get(c['rumbia: open']?.id as string)?.updatesInThisMeeting).toEqual([]);
    expect(items).toHaveLength(6);
    // Another meeting's review no longer lists the one that is done.
    const next = await meetingIn(call, [AREAS.kelara], '2025-12-20');
    expect(await carried(next.id)).not.toContain('kelara: in progress');
    // Recorded against the commitment too.
    const detail = await call('commitments.detail', { id: open.id });
    expect(detail.updates[0]).toMatchObject({
      meetingId: review.id,
      note: 'Jadwal pemberian TTD disusun bersama sekolah',
    });
  });

  it('lists the first `limit` commitments, earliest due first, with the total of all', async () => {
    const kabupaten = await meetingIn(call, [AREAS.jeneponto], '2025-11-16', { hostLevel: 'kabupaten' });
    const all = await call('commitments.carryOver', { meetingId: kabupaten.id });
    const firstThree = await call('commitments.carryOver', { meetingId: kabupaten.id, limit: 3 });
    expect(firstThree.total).toBe(all.total);
    expect(all.items).toHaveLength(all.total);
    expect(firstThree.items.map((item) => item.id)).toEqual(all.items.slice(0, 3).map((item) => item.id));
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    expect(errorOf(await core.dispatch('commitments.carryOver', { meetingId: MISSING_ID }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
    });
  });
});
