import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FUNDING_SOURCES, SEED_INTERVENTIONS } from '../../../electron/db/migrations/004-action-plans';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Institution } from '../../../shared/domain/directory';
import type { ActionPlan, PlanRow, PlanRowFields, PlanRowsChange } from '../../../shared/domain/plans';
import { rowFieldsOf } from '../../../shared/plans/rows';
import { maskOfMonths, quartersOf } from '../../../shared/plans/schedule';
import { planTotals } from '../../../shared/plans/totals';
import { MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
const events: ChangeEvent[] = [];
let puskesmas: Institution;
let dppkb: Institution;
let pkk: Institution;

const seeded = (code: string) => SEED_INTERVENTIONS.find((i) => i.code === code)?.id as string;
const source = (code: string) => SEED_FUNDING_SOURCES.find((s) => s.code === code)?.id as string;

const KELARA = '73.04.05';
const TOLO = '73.04.05.1001';
const TOMBOLO = '73.04.05.2021';
const GANTARANG = '73.04.05.2006';
const RUMBIA_DESA = '73.04.10.2001';

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  core.subscribe((event) => events.push(event));
  puskesmas = await call('institutions.create', {
    name: 'Puskesmas Tolo',
    sector: 'kesehatan',
    level: 'kecamatan',
    areaCode: KELARA,
  });
  dppkb = await call('institutions.create', {
    name: 'DPPKB Jeneponto',
    sector: 'keluarga_berencana',
    level: 'kabupaten',
  });
  pkk = await call('institutions.create', { name: 'TP PKK Kecamatan Kelara', sector: 'pkk', level: 'kecamatan' });
});
afterAll(() => core.close());

let year = 2030;
/** A fresh plan of Kecamatan Kelara (one per year: each test takes the next year). */
function newPlan(input: Record<string, unknown> = {}): Promise<ActionPlan> {
  year++;
  return call('plans.create', {
    areaCode: KELARA,
    year,
    title: `Rencana Aksi Terpadu Kecamatan Kelara Tahun ${year}`,
    ...input,
  });
}

function pmtRow(overrides: Partial<PlanRowFields> = {}) {
  return {
    activity: 'PMT lokal balita gizi kurang',
    budgetCode: '1.02.02.2.02.0033',
    interventionId: seeded('SP-08'),
    targetGroup: 'Balita',
    indicator: 'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
    targetVolume: 42,
    targetUnit: 'anak',
    locations: [TOMBOLO, TOLO],
    responsibleInstitutionId: puskesmas.id,
    supporterIds: [pkk.id],
    scheduleMonths: maskOfMonths([0, 1, 2]),
    funding: [
      { fundingSourceId: source('DAK-NF-BOK'), amount: 60_000_000 },
      { fundingSourceId: source('DD'), amount: 24_000_000 },
    ],
    notes: 'Sasaran dari e-PPGBM Agustus',
    ...overrides,
  };
}

describe('catalogue', () => {
  it('is seeded with the interventions, convergence actions and funding sources, marked as seeded', async () => {
    const interventions = await call('interventions.list', {});
    expect(interventions.filter((i) => i.isSeeded)).toHaveLength(20);
    expect(interventions.find((i) => i.code === 'SP-03')).toMatchObject({
      kind: 'spesifik',
      nationalTarget: '58%',
      targetGroup: 'Remaja putri',
      unit: 'remaja putri',
    });
    expect((await call('interventions.list', { kind: 'sensitif' })).every((i) => i.kind === 'sensitif')).toBe(true);
    expect(await call('convergenceActions.list', { scheme: 'aksi8' })).toHaveLength(8);
    expect(await call('convergenceActions.list', { scheme: 'skema2025' })).toHaveLength(6);
    const sources = await call('fundingSources.list', {});
    expect(sources.map((s) => s.code)).toEqual(SEED_FUNDING_SOURCES.map((s) => s.code));
    expect(sources.find((s) => s.code === 'DAK-NF-BOK')?.parentId).toBe(source('DAK-NF'));
  });

  it('lets the office edit seeded entries (still marked seeded) and add its own', async () => {
    const sp07 = (await call('interventions.list', {})).find((i) => i.code === 'SP-07');
    const edited = await call('interventions.update', {
      id: sp07?.id as string,
      kind: 'spesifik',
      code: 'SP-07',
      name: 'Pemantauan pertumbuhan dan perkembangan balita di posyandu',
      indicator: sp07?.indicator,
      unit: 'balita',
      nationalTarget: '90%',
      targetGroup: 'Balita',
    });
    expect(edited).toMatchObject({
      isSeeded: true,
      name: 'Pemantauan pertumbuhan dan perkembangan balita di posyandu',
    });
    const own = await call('interventions.create', { kind: 'lainnya', code: 'LN-01', name: 'Rumah Desa Sehat' });
    expect(own.isSeeded).toBe(false);
    const taken = errorOf(await core.dispatch('interventions.create', { kind: 'lainnya', code: 'ln-01', name: 'X' }));
    expect(taken).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'code', key: 'validation.codeTaken', params: { code: 'ln-01' } }],
    });
    const csr = await call('fundingSources.create', { code: 'BAZNAS', name: 'BAZNAS', parentId: null });
    expect(csr.position).toBeGreaterThan(9);
    const nested = errorOf(
      await core.dispatch('fundingSources.create', { code: 'X1', name: 'X', parentId: source('DAK-NF-BOK') }),
    );
    expect(nested.details).toEqual([{ path: 'parentId', key: 'validation.fundingParent' }]);
  });

  it('refuses to delete an entry a row uses, and allows it once no row does', async () => {
    const plan = await newPlan();
    const intervention = await call('interventions.create', {
      kind: 'sensitif',
      code: 'SN-99',
      name: 'Posyandu remaja',
    });
    const fund = await call('fundingSources.create', { code: 'HIBAH', name: 'Hibah', parentId: null });
    const action = await call('convergenceActions.create', { scheme: 'aksi8', number: 9, name: 'Aksi tambahan' });
    const change = await call('planRows.create', {
      planId: plan.id,
      activity: 'Posyandu remaja',
      interventionId: intervention.id,
      convergenceActionId: action.id,
      funding: [{ fundingSourceId: fund.id, amount: 5_000_000 }],
    });
    for (const [method, id] of [
      ['interventions.delete', intervention.id],
      ['fundingSources.delete', fund.id],
      ['convergenceActions.delete', action.id],
    ] as const) {
      expect(errorOf(await core.dispatch(method, { id }))).toEqual({
        code: 'CONFLICT',
        message: { key: 'error.catalogueInUse', params: { count: 1 } },
      });
    }
    expect(errorOf(await core.dispatch('fundingSources.delete', { id: source('DAK-NF') }))).toMatchObject({
      code: 'CONFLICT',
      message: { key: 'error.catalogueHasChildren' },
    });
    await call('planRows.delete', { id: change.rows[0]?.id as string });
    await call('interventions.delete', { id: intervention.id });
    await call('fundingSources.delete', { id: fund.id });
    await call('convergenceActions.delete', { id: action.id });
    expect((await call('interventions.list', {})).some((i) => i.id === intervention.id)).toBe(false);
  });
});

describe('plans', () => {
  it('creates a plan of an area and year; one live plan per area and year', async () => {
    events.length = 0;
    const plan = await newPlan({ priorityVillageCodes: [TOLO, TOMBOLO] });
    expect(plan).toMatchObject({
      areaCode: KELARA,
      areaName: 'Kelara',
      areaLevel: 'kecamatan',
      status: 'draft',
      rowCount: 0,
      totalAmount: 0,
      priorityVillageCodes: [TOLO, TOMBOLO],
    });
    expect(events).toEqual([{ entities: ['plans'], ids: { plans: [plan.id] } }]);
    const again = errorOf(await core.dispatch('plans.create', { areaCode: KELARA, year: plan.year, title: 'Lagi' }));
    expect(again).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'year', key: 'validation.planExists', params: { area: 'Kelara', year: plan.year } }],
    });
    const listed = await call('plans.list', { areaCode: '73.04', year: plan.year });
    expect(listed.items.map((p) => p.id)).toEqual([plan.id]);
    expect((await call('plans.list', { query: 'kelara' })).total).toBeGreaterThan(0);
  });

  it('refuses a province, unknown areas, villages of lokus outside the area, an unknown meeting', async () => {
    expect(errorOf(await core.dispatch('plans.create', { areaCode: '73', year: 2040, title: 'X' })).details).toEqual([
      { path: 'areaCode', key: 'validation.planAreaLevel' },
    ]);
    expect(errorOf(await core.dispatch('plans.create', { areaCode: '73.99', year: 2040, title: 'X' })).details).toEqual(
      [{ path: 'areaCode', key: 'validation.areaUnknown' }],
    );
    const outside = errorOf(
      await core.dispatch('plans.create', {
        areaCode: KELARA,
        year: 2041,
        title: 'X',
        priorityVillageCodes: [TOLO, RUMBIA_DESA],
        adoptedMeetingId: MISSING_ID,
      }),
    );
    expect(outside.details).toEqual([
      { path: 'adoptedMeetingId', key: 'validation.meetingUnknown' },
      {
        path: 'priorityVillageCodes.1',
        key: 'validation.locationOutsideArea',
        params: { code: RUMBIA_DESA, area: 'Kelara' },
      },
    ]);
  });

  it('updates title, status and the adopting meeting; deletes with its rows', async () => {
    const plan = await newPlan();
    const meeting = await newMeeting(call, { kind: 'rembuk_stunting', title: 'Rembuk Stunting Kecamatan Kelara' });
    const adopted = await call('plans.update', {
      id: plan.id,
      title: 'Rencana Aksi Terpadu (ditetapkan)',
      status: 'adopted',
      adoptedMeetingId: meeting.id,
    });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedMeetingTitle: 'Rembuk Stunting Kecamatan Kelara' });
    await call('plans.update', { id: plan.id, title: adopted.title, status: 'revising' });
    await call('planRows.create', { planId: plan.id, ...pmtRow() });
    events.length = 0;
    await call('plans.delete', { id: plan.id });
    expect(events).toEqual([{ entities: ['plans', 'commitments'], ids: { plans: [plan.id] } }]);
    expect(errorOf(await core.dispatch('plans.get', { id: plan.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.plan' },
    });
  });
});

describe('rows', () => {
  it('round-trips every field, with names, kecamatan and the intervention kind filled in', async () => {
    const plan = await newPlan();
    events.length = 0;
    const change = await call('planRows.create', { planId: plan.id, ...pmtRow() });
    expect(events).toEqual([{ entities: ['plans', 'commitments'], ids: { plans: [plan.id] } }]);
    const row = change.rows[0];
    expect(row).toMatchObject({
      position: 0,
      interventionCode: 'SP-08',
      interventionKind: 'spesifik',
      responsibleInstitutionName: 'Puskesmas Tolo',
      supporters: [{ id: pkk.id, name: 'TP PKK Kecamatan Kelara' }],
      locations: [
        { code: TOLO, name: 'Tolo', kecamatanCode: KELARA, kecamatanName: 'Kelara' },
        { code: TOMBOLO, name: 'Tombolo', kecamatanCode: KELARA, kecamatanName: 'Kelara' },
      ],
      funding: [
        { fundingSourceCode: 'DAK-NF-BOK', fundingSourceName: 'DAK Nonfisik BOK', amount: 60_000_000 },
        { fundingSourceCode: 'DD', fundingSourceName: 'Dana Desa/APBDes', amount: 24_000_000 },
      ],
    });
    expect(change.plan).toMatchObject({ rowCount: 1, totalAmount: 84_000_000 });
    expect(change.totals.overall).toBe(84_000_000);
    const detail = await call('plans.get', { id: plan.id });
    expect(detail.rows).toEqual(change.rows);
    const input = { ...rowFieldsOf(detail.rows[0] as never) };
    expect(input).toEqual({
      ...pmtRow(),
      locations: [TOLO, TOMBOLO],
      interventionKind: 'spesifik',
      convergenceActionId: null,
      status: 'planned',
      realisationPercent: null,
      realisationAmount: null,
      commitmentIds: [],
    });

    const updated = await call('planRows.update', {
      id: row?.id as string,
      ...pmtRow({ status: 'in_progress', realisationPercent: 40, realisationAmount: 33_600_000, supporterIds: [] }),
    });
    expect(updated.rows[0]).toMatchObject({ status: 'in_progress', realisationPercent: 40, supporters: [] });
    expect(updated.totals.realisation).toBe(33_600_000);
  });

  it('keeps the schedule as months and shows it as quarters', async () => {
    const plan = await newPlan();
    const change = await call('planRows.create', {
      planId: plan.id,
      ...pmtRow({ scheduleMonths: maskOfMonths([1, 10]) }),
    });
    const row = (await call('plans.get', { id: plan.id })).rows[0];
    expect(row?.scheduleMonths).toBe(0b010000000010);
    expect(quartersOf(row?.scheduleMonths ?? 0)).toEqual([true, false, false, true]);
    expect(change.rows[0]?.scheduleMonths).toBe(row?.scheduleMonths);
  });

  it('moves rows and keeps positions contiguous; inserts at a position', async () => {
    const plan = await newPlan();
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D']) {
      ids.push((await call('planRows.create', { planId: plan.id, activity: name })).rows[0]?.id as string);
    }
    const moved = await call('planRows.move', { id: ids[3] as string, toPosition: 0 });
    expect(moved.positions).toEqual([
      { id: ids[3], position: 0 },
      { id: ids[0], position: 1 },
      { id: ids[1], position: 2 },
      { id: ids[2], position: 3 },
    ]);
    await call('planRows.create', { planId: plan.id, activity: 'E', position: 2 });
    await call('planRows.delete', { id: ids[1] as string });
    const rows = (await call('plans.get', { id: plan.id })).rows;
    expect(rows.map((r) => [r.activity, r.position])).toEqual([
      ['D', 0],
      ['A', 1],
      ['E', 2],
      ['C', 3],
    ]);
  });

  it('refuses a village outside the plan area, on the field locations.N', async () => {
    const plan = await newPlan();
    const outside = errorOf(
      await core.dispatch('planRows.create', { planId: plan.id, ...pmtRow({ locations: [TOLO, RUMBIA_DESA] }) }),
    );
    expect(outside).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [
        { path: 'locations.1', key: 'validation.locationOutsideArea', params: { code: RUMBIA_DESA, area: 'Kelara' } },
      ],
    });
    expect((await call('plans.get', { id: plan.id })).rows).toEqual([]);
  });

  it('tells a code that is not a village from one that does not exist', async () => {
    const plan = await newPlan();
    const notVillage = errorOf(
      await core.dispatch('planRows.create', { planId: plan.id, activity: 'x', locations: ['73.04.05'] }),
    );
    expect(notVillage.details).toEqual([{ path: 'locations.0', key: 'validation.areaCode' }]);
    const unknown = errorOf(
      await core.dispatch('planRows.create', { planId: plan.id, activity: 'x', locations: ['73.04.05.2999'] }),
    );
    expect(unknown.details).toEqual([
      { path: 'locations.0', key: 'validation.locationUnknown', params: { code: '73.04.05.2999', area: 'Kelara' } },
    ]);
  });

  it('a desa-level plan has only its own desa as location', async () => {
    const plan = await call('plans.create', { areaCode: TOMBOLO, year: 2026, title: 'Rencana Aksi Desa Tombolo 2026' });
    expect(plan.areaLevel).toBe('desa');
    await call('planRows.create', { planId: plan.id, activity: 'Kelas ibu hamil', locations: [TOMBOLO] });
    const other = errorOf(
      await core.dispatch('planRows.create', { planId: plan.id, activity: 'x', locations: [GANTARANG] }),
    );
    expect(other.details).toEqual([
      { path: 'locations.0', key: 'validation.locationOutsideArea', params: { code: GANTARANG, area: 'Tombolo' } },
    ]);
    const coverage = await call('plans.coverage', { planId: plan.id });
    expect(coverage.villages.map((v) => v.code)).toEqual([TOMBOLO]);
  });

  it('checks every reference and reports each on its field', async () => {
    const plan = await newPlan();
    const error = errorOf(
      await core.dispatch('planRows.create', {
        planId: plan.id,
        activity: 'x',
        interventionId: seeded('SP-01'),
        interventionKind: 'sensitif',
        convergenceActionId: MISSING_ID,
        responsibleInstitutionId: '01990000-0000-7000-8000-0000000000ff',
        supporterIds: [dppkb.id, dppkb.id, MISSING_ID],
        funding: [
          { fundingSourceId: source('APBD'), amount: 1000 },
          { fundingSourceId: source('APBD'), amount: 2000 },
          { fundingSourceId: MISSING_ID, amount: 3000 },
        ],
        commitmentIds: [MISSING_ID],
      }),
    );
    expect(error.details).toEqual([
      { path: 'interventionKind', key: 'validation.kindMismatch', params: { kind: 'spesifik' } },
      { path: 'convergenceActionId', key: 'validation.convergenceActionUnknown' },
      { path: 'responsibleInstitutionId', key: 'validation.institutionUnknown' },
      { path: 'supporterIds.1', key: 'validation.duplicateInstitution' },
      { path: 'supporterIds.2', key: 'validation.institutionUnknown' },
      { path: 'funding.1.fundingSourceId', key: 'validation.duplicateFundingSource' },
      { path: 'funding.2.fundingSourceId', key: 'validation.fundingSourceUnknown' },
      { path: 'commitmentIds.0', key: 'validation.commitmentUnknown' },
    ]);
    const self = errorOf(
      await core.dispatch('planRows.create', {
        planId: plan.id,
        activity: 'x',
        responsibleInstitutionId: dppkb.id,
        supporterIds: [dppkb.id],
      }),
    );
    expect(self.details).toEqual([{ path: 'supporterIds.0', key: 'validation.supporterIsResponsible' }]);
    expect((await call('plans.get', { id: plan.id })).rows).toEqual([]);
  });

  it('links commitments to a row, announces commitments, and unlinks them when the row goes', async () => {
    const plan = await newPlan();
    const meeting = await newMeeting(call);
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: puskesmas.id,
      description: 'PMT lokal bagi balita gizi kurang di Tombolo',
    });
    events.length = 0;
    const change = await call('planRows.create', { planId: plan.id, ...pmtRow({ commitmentIds: [commitment.id] }) });
    expect(events).toEqual([{ entities: ['plans', 'commitments'], ids: { plans: [plan.id] } }]);
    expect(change.rows[0]?.commitmentIds).toEqual([commitment.id]);
    const link = () =>
      core.store.db.prepare('SELECT plan_row_id FROM commitments WHERE id = ?').get(commitment.id) as {
        plan_row_id: string | null;
      };
    expect(link().plan_row_id).toBe(change.rows[0]?.id);
    // The ledger says which plan row carries it out, so a picker elsewhere can ask before moving it.
    const ledgerRow = async () =>
      (await call('commitments.ledger', { meetingId: meeting.id })).items.find((i) => i.id === commitment.id);
    expect((await ledgerRow())?.planRow).toEqual({
      planId: plan.id,
      planTitle: plan.title,
      planYear: plan.year,
      number: 1,
    });
    await call('planRows.delete', { id: change.rows[0]?.id as string });
    expect(link().plan_row_id).toBeNull();
    expect((await ledgerRow())?.planRow).toBeNull();
  });
});

describe('totals', () => {
  it('are exact integers: 3,000 rows × 3 funding lines, the same from SQLite and from the shared code', async () => {
    const plan = await newPlan();
    const upserts = Array.from({ length: 3000 }, (_, i) => ({
      activity: `Kegiatan ${i + 1}`,
      interventionId: i % 3 === 2 ? null : seeded(i % 3 === 0 ? 'SP-08' : 'SN-07'),
      responsibleInstitutionId: [puskesmas.id, dppkb.id, pkk.id][i % 3],
      funding: ['APBD', 'DAK-NF-BOK', 'DD'].map((code, s) => ({
        fundingSourceId: source(code),
        amount: 1_000_001 + ((i * 7_919 + s * 104_729) % 9_999_999) * 997,
      })),
      realisationAmount: i % 2 ? 1_234_567 : null,
    }));
    let expected = 0n;
    for (const u of upserts) for (const l of u.funding) expected += BigInt(l.amount);
    let last: PlanRowsChange | null = null;
    for (let start = 0; start < upserts.length; start += 1000) {
      last = await call('planRows.applyBatch', { planId: plan.id, upserts: upserts.slice(start, start + 1000) });
    }
    const detail = await call('plans.get', { id: plan.id });
    expect(BigInt(detail.totals.overall)).toBe(expected);
    expect(detail.plan.totalAmount).toBe(detail.totals.overall);
    expect(last?.totals).toEqual(detail.totals);
    expect(planTotals(detail.rows, await call('fundingSources.list', {}))).toEqual(detail.totals);
    expect(detail.totals.byKind.spesifik + detail.totals.byKind.sensitif + detail.totals.byKind.lainnya).toBe(
      detail.totals.overall,
    );
    expect(detail.totals.realisation).toBe(1500 * 1_234_567);
    // One edit: the totals move by exactly the difference.
    const first = detail.rows[0];
    const edited = await call('planRows.update', {
      id: first?.id as string,
      ...rowFieldsOf(first as never),
      funding: [{ fundingSourceId: source('APBD'), amount: 1 }],
    });
    const before = first?.funding.reduce((sum, l) => sum + l.amount, 0) ?? 0;
    expect(edited.totals.overall).toBe(detail.totals.overall - before + 1);
  }, 60_000);
});

describe('planRows.applyBatch', () => {
  it('is all or nothing: one invalid row in a batch changes nothing, and says which', async () => {
    const plan = await newPlan();
    const kept = await call('planRows.create', { planId: plan.id, ...pmtRow() });
    const before = await call('plans.get', { id: plan.id });
    const error = errorOf(
      await core.dispatch('planRows.applyBatch', {
        planId: plan.id,
        deletes: [kept.rows[0]?.id],
        upserts: [
          pmtRow({ activity: 'Baris 1' }),
          pmtRow({ activity: 'Baris 2' }),
          pmtRow({ activity: 'Baris 3', locations: [RUMBIA_DESA] }),
          pmtRow({ activity: 'Baris 4' }),
        ],
      }),
    );
    expect(error.details).toEqual([
      {
        path: 'upserts.2.locations.0',
        key: 'validation.locationOutsideArea',
        params: { code: RUMBIA_DESA, area: 'Kelara' },
      },
    ]);
    expect(await call('plans.get', { id: plan.id })).toEqual(before);
    // A schema problem is reported before anything runs, with the same kind of path.
    const schema = errorOf(
      await core.dispatch('planRows.applyBatch', {
        planId: plan.id,
        upserts: [pmtRow(), pmtRow({ funding: [{ fundingSourceId: source('APBD'), amount: 1.5 }] })],
      }),
    );
    expect(schema.details).toEqual([{ path: 'upserts.1.funding.0.amount', key: 'validation.integer' }]);
  });

  it('pastes a block, deletes rows, and undoes both by sending the previous rows back with their ids', async () => {
    const plan = await newPlan();
    const base = await call('planRows.applyBatch', {
      planId: plan.id,
      upserts: ['A', 'B', 'C'].map((activity) => ({ activity })),
    });
    const [a, b, c] = base.rows as [PlanRow, PlanRow, PlanRow];
    const pasted = await call('planRows.applyBatch', {
      planId: plan.id,
      deletes: [b.id],
      upserts: [
        { id: a.id, ...rowFieldsOf(a), activity: 'A2' },
        { activity: 'Baru', position: 1 },
      ],
    });
    expect(pasted.deletedIds).toEqual([b?.id]);
    expect((await call('plans.get', { id: plan.id })).rows.map((r) => r.activity)).toEqual(['A2', 'Baru', 'C']);
    const created = pasted.rows.find((r) => r.activity === 'Baru');
    // Undo: the new row goes, A gets its old text, B comes back (same id) at its old place.
    const undone = await call('planRows.applyBatch', {
      planId: plan.id,
      deletes: [created?.id as string],
      upserts: [
        { id: a.id, ...rowFieldsOf(a) },
        { id: b.id, position: 1, ...rowFieldsOf(b) },
      ],
    });
    expect(undone.rows.map((r) => r.id).sort()).toEqual([a?.id, b?.id].sort());
    const rows = (await call('plans.get', { id: plan.id })).rows;
    expect(rows.map((r) => [r.id, r.activity, r.position])).toEqual([
      [a?.id, 'A', 0],
      [b?.id, 'B', 1],
      [c?.id, 'C', 2],
    ]);
    // Redo with a client-chosen id for the new row.
    const id = '01990000-0000-7000-8000-0000000000aa';
    await call('planRows.applyBatch', { planId: plan.id, upserts: [{ id, activity: 'Baru' }] });
    expect((await call('plans.get', { id: plan.id })).rows.at(-1)?.id).toBe(id);
  });

  it('refuses rows of another plan and the same row twice', async () => {
    const plan = await newPlan();
    const other = await newPlan();
    const foreign = await call('planRows.create', { planId: other.id, activity: 'Milik rencana lain' });
    const id = foreign.rows[0]?.id as string;
    const error = errorOf(
      await core.dispatch('planRows.applyBatch', {
        planId: plan.id,
        deletes: [id],
        upserts: [
          { id, activity: 'x' },
          { id: MISSING_ID, activity: 'y' },
          { id: MISSING_ID, activity: 'z' },
        ],
      }),
    );
    expect(error.details).toEqual([
      { path: 'deletes.0', key: 'validation.rowOtherPlan' },
      { path: 'upserts.0.id', key: 'validation.rowOtherPlan' },
      { path: 'upserts.2.id', key: 'validation.duplicateRow' },
    ]);
  });
});

describe('adopted plans', () => {
  it('keep their planned content until set to revising; progress stays open', async () => {
    const plan = await newPlan();
    const row = (await call('planRows.create', { planId: plan.id, ...pmtRow() })).rows[0];
    await call('plans.update', { id: plan.id, title: plan.title, status: 'adopted' });
    const fields = rowFieldsOf(row as never);
    const locked = { code: 'LOCKED', message: { key: 'error.planAdopted' } };
    expect(errorOf(await core.dispatch('planRows.update', { id: row?.id, ...fields, activity: 'Lain' }))).toEqual(
      locked,
    );
    expect(errorOf(await core.dispatch('planRows.create', { planId: plan.id, activity: 'Baru' }))).toEqual(locked);
    expect(errorOf(await core.dispatch('planRows.delete', { id: row?.id }))).toEqual(locked);
    const progress = await call('planRows.update', {
      id: row?.id as string,
      ...fields,
      status: 'done',
      realisationPercent: 100,
      realisationAmount: 83_500_000,
      notes: 'Selesai bulan Maret',
    });
    expect(progress.rows[0]).toMatchObject({ status: 'done', realisationAmount: 83_500_000 });
    await call('plans.update', { id: plan.id, title: plan.title, status: 'revising' });
    await call('planRows.update', { id: row?.id as string, ...fields, activity: 'Perubahan' });
  });
});

describe('copy to another year', () => {
  it('copies rows, locations, supporters, schedule and funding; resets status and realisation; keeps lokus', async () => {
    const source2 = await newPlan({ priorityVillageCodes: [TOLO] });
    const meeting = await newMeeting(call);
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: puskesmas.id,
      description: 'PMT lokal',
    });
    await call('planRows.create', {
      planId: source2.id,
      ...pmtRow({
        status: 'done',
        realisationPercent: 100,
        realisationAmount: 80_000_000,
        commitmentIds: [commitment.id],
      }),
    });
    await call('planRows.create', { planId: source2.id, activity: 'Rembuk stunting desa', scheduleMonths: 8 });
    await call('plans.update', {
      id: source2.id,
      title: source2.title,
      status: 'adopted',
      adoptedMeetingId: meeting.id,
    });
    const next = source2.year + 1;
    const copy = await call('plans.copyToYear', { id: source2.id, year: next });
    year = Math.max(year, next);
    expect(copy).toMatchObject({
      year: next,
      title: `Rencana Aksi Terpadu Kecamatan Kelara Tahun ${next}`,
      status: 'draft',
      adoptedMeetingId: null,
      copiedFromPlanId: source2.id,
      rowCount: 2,
      totalAmount: 84_000_000,
      priorityVillageCodes: [TOLO],
    });
    const [from, to] = await Promise.all([call('plans.get', { id: source2.id }), call('plans.get', { id: copy.id })]);
    expect(to.rows.map((r) => r.id)).not.toContain(from.rows[0]?.id);
    expect(to.rows.map(rowFieldsOf)).toEqual(
      from.rows.map((r) => ({
        ...rowFieldsOf(r),
        status: 'planned',
        realisationPercent: null,
        realisationAmount: null,
        commitmentIds: [],
      })),
    );
    expect(errorOf(await core.dispatch('plans.copyToYear', { id: source2.id, year: next }))).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'year', key: 'validation.planExists', params: { area: 'Kelara', year: next } }],
    });
  });
});

describe('coverage', () => {
  it('shows which priority villages have which interventions, funded or not, and the gaps; filters by kind', async () => {
    const plan = await newPlan({ priorityVillageCodes: [TOLO, TOMBOLO, GANTARANG] });
    const funded = await call('planRows.create', { planId: plan.id, ...pmtRow({ locations: [TOLO, TOMBOLO] }) });
    const unfunded = await call('planRows.create', {
      planId: plan.id,
      activity: 'Pendampingan KRS oleh TPK',
      interventionId: seeded('SN-07'),
      locations: [TOMBOLO],
    });
    await call('planRows.create', { planId: plan.id, activity: 'Rembuk stunting', locations: [GANTARANG] });
    const spesifik = await call('plans.coverage', { planId: plan.id, kind: 'spesifik' });
    expect(spesifik.villageSource).toBe('lokus');
    expect(spesifik.villages.map((v) => v.name)).toEqual(['Tolo', 'Tombolo', 'Gantarang']);
    expect(spesifik.interventions).toHaveLength(9);
    expect(spesifik.cells).toEqual([
      {
        villageCode: TOLO,
        interventionId: seeded('SP-08'),
        rowIds: [funded.rows[0]?.id],
        amount: 84_000_000,
        state: 'funded',
      },
      {
        villageCode: TOMBOLO,
        interventionId: seeded('SP-08'),
        rowIds: [funded.rows[0]?.id],
        amount: 84_000_000,
        state: 'funded',
      },
    ]);
    expect(spesifik.summary).toEqual({ cells: 2, funded: 2, unfunded: 0, gaps: 3 * 9 - 2 });
    expect(spesifik.gaps).toContainEqual({ villageCode: GANTARANG, interventionId: seeded('SP-08') });

    const sensitif = await call('plans.coverage', { planId: plan.id, kind: 'sensitif' });
    expect(sensitif.cells).toEqual([
      {
        villageCode: TOMBOLO,
        interventionId: seeded('SN-07'),
        rowIds: [unfunded.rows[0]?.id],
        amount: 0,
        state: 'unfunded',
      },
    ]);
    const all = await call('plans.coverage', { planId: plan.id });
    expect(all.summary.cells).toBe(3);
    const wide = await call('plans.coverage', { planId: plan.id, villages: 'all', kind: 'spesifik' });
    expect(wide.villageSource).toBe('all');
    expect(wide.villages.length).toBe(10);
  });

  it('narrows a kabupaten plan to the villages of one kecamatan', async () => {
    const plan = await call('plans.create', {
      areaCode: '73.04',
      year: 2040,
      title: 'Rencana Aksi Terpadu Kabupaten Jeneponto Tahun 2040',
      priorityVillageCodes: [TOLO, GANTARANG, RUMBIA_DESA],
    });
    await call('planRows.create', { planId: plan.id, ...pmtRow({ locations: [TOLO, RUMBIA_DESA] }) });
    const whole = await call('plans.coverage', { planId: plan.id, kind: 'spesifik' });
    expect(whole.kecamatans).toEqual([
      { code: KELARA, name: 'Kelara' },
      { code: '73.04.10', name: 'Rumbia' },
    ]);
    expect(whole.kecamatanCode).toBeNull();
    expect(whole.summary).toEqual({ cells: 2, funded: 2, unfunded: 0, gaps: 3 * 9 - 2 });

    const rumbia = await call('plans.coverage', { planId: plan.id, kind: 'spesifik', kecamatanCode: '73.04.10' });
    expect(rumbia.kecamatanCode).toBe('73.04.10');
    expect(rumbia.villages.map((v) => v.code)).toEqual([RUMBIA_DESA]);
    expect(rumbia.cells.map((c) => c.villageCode)).toEqual([RUMBIA_DESA]);
    expect(rumbia.summary).toEqual({ cells: 1, funded: 1, unfunded: 0, gaps: 9 - 1 });
    // The list of kecamatan stays whole, so the filter can be changed back.
    expect(rumbia.kecamatans).toEqual(whole.kecamatans);
    // A kecamatan the plan does not reach is no filter.
    const other = await call('plans.coverage', { planId: plan.id, kind: 'spesifik', kecamatanCode: '73.04.01' });
    expect(other.kecamatanCode).toBeNull();
    expect(other.villages).toHaveLength(3);
    expect(
      errorOf(await core.dispatch('plans.coverage', { planId: plan.id, kecamatanCode: 'Kelara' })).details,
    ).toEqual([{ path: 'kecamatanCode', key: 'validation.areaCode' }]);
  });

  it('without lokus, takes the villages the rows name', async () => {
    const plan = await newPlan();
    await call('planRows.create', { planId: plan.id, ...pmtRow({ locations: [GANTARANG] }) });
    const coverage = await call('plans.coverage', { planId: plan.id });
    expect(coverage.villageSource).toBe('rows');
    expect(coverage.villages.map((v) => v.code)).toEqual([GANTARANG]);
  });
});

describe('malformed input', () => {
  const plan = '01990000-0000-7000-8000-000000000001';
  const cases: [string, unknown, string, string][] = [
    ['plans.list', { year: 1999 }, 'year', 'validation.tooSmall'],
    ['plans.get', { id: 'x' }, 'id', 'validation.id'],
    ['plans.create', { areaCode: '73.04.05', year: 2026 }, 'title', 'validation.required'],
    ['plans.update', { id: plan, title: 'x', status: 'final' }, 'status', 'validation.option'],
    ['plans.delete', {}, 'id', 'validation.required'],
    ['plans.copyToYear', { id: plan, year: 'depan' }, 'year', 'validation.type'],
    ['plans.coverage', { planId: plan, kind: 'semua' }, 'kind', 'validation.option'],
    ['jobs.start', { kind: 'planXlsx', input: { planId: plan, extra: 1 } }, 'input.extra', 'validation.unknownField'],
    [
      'plans.importXlsx',
      { planId: plan, fileName: 'a.xlsx', dataBase64: '@@' },
      'dataBase64',
      'validation.fileEncoding',
    ],
    ['planRows.create', { planId: plan, activity: '  ' }, 'activity', 'validation.required'],
    ['planRows.update', { id: plan, activity: 'x', scheduleMonths: 4096 }, 'scheduleMonths', 'validation.tooLarge'],
    ['planRows.delete', { id: 7 }, 'id', 'validation.type'],
    ['planRows.move', { id: plan, toPosition: -1 }, 'toPosition', 'validation.tooSmall'],
    [
      'planRows.applyBatch',
      { planId: plan, upserts: [{ activity: 'x', funding: [{ fundingSourceId: plan, amount: -5 }] }] },
      'upserts.0.funding.0.amount',
      'validation.tooSmall',
    ],
    ['planRows.create', { planId: plan, activity: 'x', locations: ['Tolo'] }, 'locations.0', 'validation.areaCode'],
    ['planRows.create', { planId: plan, activity: 'x', budgetCode: '1.02-A' }, 'budgetCode', 'validation.format'],
    [
      'planRows.create',
      { planId: plan, activity: 'x', realisationPercent: 101 },
      'realisationPercent',
      'validation.tooLarge',
    ],
    ['interventions.list', { kind: 'umum' }, 'kind', 'validation.option'],
    ['interventions.create', { kind: 'spesifik' }, 'name', 'validation.required'],
    [
      'interventions.update',
      { id: plan, kind: 'spesifik', name: 'x', code: 'x'.repeat(21) },
      'code',
      'validation.tooLong',
    ],
    ['interventions.delete', { id: '' }, 'id', 'validation.id'],
    ['convergenceActions.list', { scheme: 'aksi9' }, 'scheme', 'validation.option'],
    ['convergenceActions.create', { scheme: 'aksi8', number: 0, name: 'x' }, 'number', 'validation.tooSmall'],
    ['convergenceActions.update', { id: plan, scheme: 'aksi8', number: 1.5, name: 'x' }, 'number', 'validation.type'],
    ['convergenceActions.delete', { id: null }, 'id', 'validation.type'],
    ['fundingSources.list', { all: true }, 'all', 'validation.unknownField'],
    ['fundingSources.create', { code: 'A B', name: 'x' }, 'code', 'validation.format'],
    ['fundingSources.update', { id: plan, code: 'X', name: '' }, 'name', 'validation.required'],
    ['fundingSources.delete', { id: 'nope' }, 'id', 'validation.id'],
    [
      'jobs.start',
      { kind: 'planDocument', input: { planId: plan, format: 'odt' } },
      'input.format',
      'validation.option',
    ],
    [
      'jobs.start',
      { kind: 'planDocument', input: { planId: plan, format: 'pdf', schedule: 'weeks' } },
      'input.schedule',
      'validation.option',
    ],
  ];

  it.each(cases)('%s %j → VALIDATION on %s', async (method, input, path, key) => {
    const error = errorOf(await core.dispatch(method, input));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toContainEqual(expect.objectContaining({ path, key }));
  });

  it('names unknown ids as not found', async () => {
    for (const [method, input] of [
      ['plans.get', { id: MISSING_ID }],
      ['planRows.update', { id: MISSING_ID, activity: 'x' }],
      ['interventions.update', { id: MISSING_ID, kind: 'spesifik', name: 'x' }],
    ] as const) {
      expect(errorOf(await core.dispatch(method, input)).code).toBe('NOT_FOUND');
    }
  });
});
