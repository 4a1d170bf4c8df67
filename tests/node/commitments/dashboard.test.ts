import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitments';
import { AREAS, commitmentIn, institutionsOf, meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { callerOf, type Call } from '../support/seed-rakor';

let core: TestCore;
let call: Call;
let inst: Awaited<ReturnType<typeof institutionsOf>>;
const c: Record<string, Commitment> = {};

beforeAll(async () => {
  const started = await startClockedCore('2025-11-20T02:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  inst = await institutionsOf(call);
  const kelara = await meetingIn(call, [AREAS.kelara], '2025-07-01');
  const joint = await meetingIn(call, [AREAS.kelara, AREAS.rumbia], '2025-08-01');
  const bangkala = await meetingIn(call, [AREAS.bangkala], '2025-05-01');
  const gantarang = await meetingIn(call, [AREAS.gantarang], '2025-09-15');
  c.k1 = await commitmentIn(call, kelara, inst.dinkes, 'K1', { dueDate: '2025-10-01' });
  c.k2 = await commitmentIn(call, kelara, inst.dppkb, 'K2', { dueDate: '2025-12-31' });
  c.j1 = await commitmentIn(call, joint, inst.bappeda, 'J1', { dueDate: '2025-11-01' });
  c.j2 = await commitmentIn(call, joint, inst.dinkes, 'J2', { dueDate: '2025-10-31' });
  c.b1 = await commitmentIn(call, bangkala, inst.dppkb, 'B1', { dueDate: '2025-06-15' });
  c.b2 = await commitmentIn(call, bangkala, inst.dinkes, 'B2', { dueDate: '2025-06-20' });
  c.g1 = await commitmentIn(call, gantarang, inst.dinkes, 'G1', { dueDate: '2025-11-19' });
  await call('commitments.setStatus', { id: c.k2.id, status: 'in_progress' });
  await call('commitments.addUpdate', { commitmentId: c.j2.id, reportedOn: '2025-10-10', statusAfter: 'done' });
  await call('commitments.addUpdate', { commitmentId: c.b1.id, reportedOn: '2025-06-30', statusAfter: 'done' });
  await call('commitments.setStatus', { id: c.b2.id, status: 'cancelled' });
});
afterAll(() => core.close());

describe('dashboard.summary', () => {
  it('shows the current year by default: open, overdue, done, with rates per institution, sector and kecamatan', async () => {
    const summary = await call('dashboard.summary', {});
    expect(summary).toMatchObject({
      today: '2025-11-20',
      period: { kind: 'year', year: 2025, index: 1 },
      range: { from: '2025-01-01', to: '2025-12-31' },
      dataRange: { from: '2025-06-15', to: '2025-12-31' },
      total: 7,
      done: 2,
      open: 4,
      overdue: 3,
    });
    expect(summary.byInstitution).toEqual([
      {
        key: inst.dinkes.id,
        label: 'Dinas Kesehatan Kabupaten Jeneponto',
        total: 4,
        done: 1,
        open: 2,
        overdue: 2,
        completionRate: 1 / 3,
      },
      {
        key: inst.bappeda.id,
        label: 'Bappeda Kabupaten Jeneponto',
        total: 1,
        done: 0,
        open: 1,
        overdue: 1,
        completionRate: 0,
      },
      {
        key: inst.dppkb.id,
        label: 'DPPKB Kabupaten Jeneponto',
        total: 2,
        done: 1,
        open: 1,
        overdue: 0,
        completionRate: 0.5,
      },
    ]);
    expect(summary.bySector).toEqual([
      { key: 'kesehatan', label: 'Kesehatan', total: 4, done: 1, open: 2, overdue: 2, completionRate: 1 / 3 },
      {
        key: 'keluarga_berencana',
        label: 'Keluarga Berencana',
        total: 2,
        done: 1,
        open: 1,
        overdue: 0,
        completionRate: 0.5,
      },
      { key: 'perencanaan', label: 'Perencanaan', total: 1, done: 0, open: 1, overdue: 1, completionRate: 0 },
    ]);
    // The joint Rakor's commitments count for Kelara and for Rumbia; Gantarang's for Kelara.
    expect(summary.byArea).toEqual([
      { key: '73.04.01', label: 'Bangkala', total: 2, done: 1, open: 0, overdue: 0, completionRate: 1 },
      { key: '73.04.05', label: 'Kelara', total: 5, done: 1, open: 4, overdue: 3, completionRate: 0.2 },
      { key: '73.04.10', label: 'Rumbia', total: 2, done: 1, open: 1, overdue: 1, completionRate: 0.5 },
    ]);
  });

  it('lists the most overdue first, with owners, and a trend of due and done over the months of the period', async () => {
    const summary = await call('dashboard.summary', {});
    expect(summary.topOverdue.map((item) => [item.description, item.institutionName, item.overdue])).toEqual([
      ['K1', 'Dinas Kesehatan Kabupaten Jeneponto', true],
      ['J1', 'Bappeda Kabupaten Jeneponto', true],
      ['G1', 'Dinas Kesehatan Kabupaten Jeneponto', true],
    ]);
    expect(summary.trend.map((t) => t.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    const nonZero = summary.trend.filter((t) => t.due || t.done);
    expect(nonZero).toEqual([
      // B2 was cancelled: not counted as due.
      { month: '2025-06', due: 1, done: 1 },
      { month: '2025-10', due: 2, done: 1 },
      { month: '2025-11', due: 2, done: 0 },
      { month: '2025-12', due: 1, done: 0 },
    ]);
  });

  it('narrows to an area, grouped one level down, and caps the lists at the limit', async () => {
    const kelara = await call('dashboard.summary', { areaCode: AREAS.kelara, limit: 1 });
    expect(kelara).toMatchObject({ open: 4, overdue: 3, done: 1 });
    expect(kelara.byArea.map((row) => [row.key, row.label, row.total])).toEqual([
      ['73.04.05', 'Kelara', 4],
      ['73.04.05.2006', 'Gantarang', 1],
    ]);
    expect(kelara.byInstitution.map((row) => row.label)).toEqual(['Dinas Kesehatan Kabupaten Jeneponto']);
    expect(kelara.topOverdue.map((item) => item.description)).toEqual(['K1']);
    const rumbia = await call('dashboard.summary', { areaCode: AREAS.rumbia });
    expect(rumbia).toMatchObject({ open: 1, overdue: 1, done: 1 });
    expect(rumbia.byArea.map((row) => row.key)).toEqual(['73.04.10']);
  });

  it('counts a quarter, a semester and a year by due date', async () => {
    const q4 = { kind: 'quarter', year: 2025, index: 4 } as const;
    expect(await call('dashboard.summary', { period: q4 })).toMatchObject({
      range: { from: '2025-10-01', to: '2025-12-31' },
      total: 5,
      open: 4,
      overdue: 3,
      done: 1,
    });
    const q2 = await call('dashboard.summary', { period: { kind: 'quarter', year: 2025, index: 2 } });
    // B1 done, B2 cancelled: nothing open; the cancelled one does not count in the rate.
    expect(q2).toMatchObject({ total: 2, open: 0, overdue: 0, done: 1 });
    expect(q2.topOverdue).toEqual([]);
    expect(q2.byInstitution.map((row) => [row.label, row.completionRate])).toEqual([
      ['Dinas Kesehatan Kabupaten Jeneponto', null],
      ['DPPKB Kabupaten Jeneponto', 1],
    ]);
    expect(q2.trend.map((t) => [t.month, t.due, t.done])).toEqual([
      ['2025-04', 0, 0],
      ['2025-05', 0, 0],
      ['2025-06', 1, 1],
    ]);
    const s2 = await call('dashboard.summary', { period: { kind: 'semester', year: 2025, index: 2 } });
    expect(s2).toMatchObject({ range: { from: '2025-07-01', to: '2025-12-31' }, total: 5, open: 4, overdue: 3 });
    expect(s2.topOverdue.map((item) => item.description)).toEqual(['K1', 'J1', 'G1']);
  });

  it('says a period is empty, with the extent of the data', async () => {
    const q3 = await call('dashboard.summary', { period: { kind: 'quarter', year: 2025, index: 3 } });
    expect(q3).toMatchObject({
      total: 0,
      open: 0,
      done: 0,
      bySector: [],
      byArea: [],
      byInstitution: [],
      topOverdue: [],
      dataRange: { from: '2025-06-15', to: '2025-12-31' },
    });
    expect(q3.trend.every((t) => t.due === 0 && t.done === 0)).toBe(true);
    expect(await call('dashboard.summary', { period: { kind: 'year', year: 2026, index: 1 } })).toMatchObject({
      total: 0,
      done: 0,
    });
  });

  it('counts a commitment done in the period of its due date, whenever it was completed', async () => {
    // K2 is due 31 December and reported done in November: done in the fourth quarter, not the third.
    const q4 = { kind: 'quarter', year: 2025, index: 4 } as const;
    await call('commitments.addUpdate', {
      commitmentId: c.k2?.id as string,
      reportedOn: '2025-09-19',
      statusAfter: 'done',
    });
    expect(await call('dashboard.summary', { period: q4 })).toMatchObject({ done: 2, open: 3 });
    expect((await call('dashboard.summary', { period: { kind: 'quarter', year: 2025, index: 3 } })).total).toBe(0);
    await call('commitments.setStatus', { id: c.k2?.id as string, status: 'in_progress' });
    expect(await call('dashboard.summary', { period: q4 })).toMatchObject({ done: 1, open: 4 });
  });
});
