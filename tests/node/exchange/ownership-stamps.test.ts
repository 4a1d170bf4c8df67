import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../../electron/db/migrations/009-ownership';
import type { InputOf } from '../../../shared/api/contract';
import type { Commitment } from '../../../shared/domain/commitments';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';
import { TINY_PNG } from '../property/support/harness';
import { audited, clockOf, type Operation } from './ownership-audit';

/**
 * Every write path stamps (issue 11, migration 009): the seed Rakor and one call of every kind that
 * writes an exchanged table, each audited: new records are the local office's with a fresh stamp,
 * changed ones (or ones whose parts changed) get a newer version, deleted ones leave a tombstone.
 */
type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let seed: SeedRakor;
const seen = new Map<string, Set<Operation>>();

async function step<T>(write: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  const operations = await audited(core.store.db, async () => {
    result = await write();
  });
  for (const [table, ops] of operations) seen.set(table, new Set([...(seen.get(table) ?? []), ...ops]));
  return result as T;
}

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('settings.update', {
    office: {
      level: 'kecamatan',
      kabupatenCode: '73.04',
      kecamatanCode: '73.04.05',
      officeName: 'Kantor Camat Kelara',
    },
  });
  seed = await step(() => seedRakor(call, { approve: false }));
}, 60_000);
afterAll(() => core.close());

describe('version stamps on every write path', () => {
  it('stamps the directory and the catalogue additions', async () => {
    const { dppkb } = seed.institutions;
    await step(() =>
      call('institutions.update', {
        id: dppkb.id,
        name: `${dppkb.name} (P2KB)`,
        shortName: dppkb.shortName,
        sector: dppkb.sector,
        level: dppkb.level,
        areaCode: dppkb.areaCode,
        address: null,
        phone: null,
        email: null,
      } as InputOf<'institutions.update'>),
    );
    const meriam = seed.people.meriam;
    await step(() =>
      call('people.update', { id: meriam.id, name: 'Hj. St. Meriam', institutionId: meriam.institutionId }),
    );
    const extra = await step(() =>
      call('institutions.create', { name: 'Posyandu Mawar', sector: 'kesehatan', level: 'desa', areaCode: null }),
    );
    const kader = await step(() => call('people.create', { name: 'Kader Mawar', institutionId: extra.id }));
    await step(() => call('people.delete', { id: kader.id }));
    await step(() => call('institutions.delete', { id: extra.id }));

    const intervention = await step(() =>
      call('interventions.create', { kind: 'lainnya', code: 'LN-01', name: 'Rumah Desa Sehat' }),
    );
    await step(() =>
      call('interventions.update', { id: intervention.id, kind: 'lainnya', code: 'LN-01', name: 'Rumah Desa Sehat+' }),
    );
    await step(() => call('interventions.delete', { id: intervention.id }));
    const action = await step(() =>
      call('convergenceActions.create', { scheme: 'aksi8', number: 9, name: 'Aksi tambahan' }),
    );
    await step(() => call('convergenceActions.update', { id: action.id, scheme: 'aksi8', number: 9, name: 'Aksi 9' }));
    await step(() => call('convergenceActions.delete', { id: action.id }));
    const fund = await step(() => call('fundingSources.create', { code: 'BAZNAS', name: 'BAZNAS', parentId: null }));
    await step(() => call('fundingSources.update', { id: fund.id, code: 'BAZNAS', name: 'Baznas', parentId: null }));
    await step(() => call('fundingSources.delete', { id: fund.id }));
  });

  it('stamps a meeting, its parts and everything under it', async () => {
    const { pemkab } = seed.institutions;
    const meeting = await step(() =>
      call('meetings.create', {
        title: 'Rapat evaluasi',
        kind: 'rakor_tpps',
        hostLevel: 'kecamatan',
        areaCodes: ['73.04.05'],
        date: '2025-11-14',
        startTime: '09:00',
      }),
    );
    await step(() =>
      call('meetings.update', {
        id: meeting.id,
        title: 'Rapat evaluasi triwulan',
        kind: 'rakor_tpps',
        hostLevel: 'kecamatan',
        areaCodes: ['73.04.05', '73.04.10'],
        date: '2025-11-14',
        startTime: '09:00',
      }),
    );
    const item = await step(() => call('agenda.create', { meetingId: meeting.id, title: 'Evaluasi' }));
    await step(() => call('agenda.update', { id: item.id, title: 'Evaluasi capaian' }));
    const other = await step(() => call('agenda.create', { meetingId: meeting.id, title: 'Lain-lain' }));
    await step(() => call('agenda.move', { id: other.id, toPosition: 0 }));
    await step(() => call('agenda.delete', { id: other.id }));
    const participant = await step(() =>
      call('participants.add', { meetingId: meeting.id, personId: seed.people.alfian.id }),
    );
    await step(() => call('participants.update', { id: participant.id, role: 'presenter' }));
    const guest = await step(() =>
      call('participants.add', { meetingId: meeting.id, institutionId: pemkab.id, role: 'guest' }),
    );
    await step(() => call('participants.remove', { id: guest.id }));
    const entry = await step(() => call('minutes.create', { meetingId: meeting.id, agendaItemId: item.id, body: 'A' }));
    await step(() => call('minutes.update', { id: entry.id, body: 'Catatan A' }));
    await step(() => call('minutes.delete', { id: entry.id }));
    const decision = await step(() => call('decisions.create', { meetingId: meeting.id, body: 'Keputusan' }));
    await step(() => call('decisions.update', { id: decision.id, body: 'Keputusan 1' }));
    await step(() => call('decisions.delete', { id: decision.id }));
    const commitment = await step(() =>
      call('commitments.create', { meetingId: meeting.id, institutionId: pemkab.id, description: 'Menyusun SK' }),
    );
    await step(() =>
      call('commitments.update', { id: commitment.id, institutionId: pemkab.id, description: 'Menyusun SK TPPS' }),
    );
    await step(() => call('commitments.delete', { id: commitment.id }));
    const file = await step(() =>
      call('meetingFiles.upload', { meetingId: meeting.id, name: 'foto.png', dataBase64: TINY_PNG }),
    );
    await step(() =>
      call('meetingFiles.update', { id: file.id, caption: 'Suasana rapat', agendaItemId: item.id, inAnnex: true }),
    );
    await step(() => call('meetingFiles.delete', { id: file.id }));
    await step(() => call('meetings.delete', { id: meeting.id }));
  });

  it('stamps progress reports with evidence, status moves, approval and unlocking', async () => {
    const [commitment] = seed.commitments as [Commitment];
    await step(() =>
      call('commitments.addUpdate', {
        commitmentId: commitment.id,
        reportedOn: '2025-11-01',
        note: 'Sudah dimulai',
        percent: 30,
        statusAfter: 'in_progress',
        evidence: [{ name: 'foto.png', mediaType: 'image/png', dataBase64: TINY_PNG }],
      }),
    );
    await step(() => call('commitments.setStatus', { id: commitment.id, status: 'done', note: 'Selesai' }));
    await step(() => call('meetings.approve', { id: seed.meeting.id }));
    await step(() => call('meetings.unlock', { id: seed.meeting.id, reason: 'Perbaikan daftar hadir' }));
  });

  it('stamps plans, their rows and the rows’ parts', async () => {
    const [sp01] = await call('interventions.list', {});
    const apbd = (await call('fundingSources.list', {})).find((f) => f.code === 'APBD') as { id: string };
    const plan = await step(() =>
      call('plans.create', {
        areaCode: '73.04.05',
        year: 2026,
        title: 'Rencana Aksi Kelara 2026',
        priorityVillageCodes: ['73.04.05.1001'],
      }),
    );
    await step(() =>
      call('plans.update', {
        id: plan.id,
        title: plan.title,
        priorityVillageCodes: ['73.04.05.1001', '73.04.05.2006'],
      }),
    );
    const change = await step(() =>
      call('planRows.create', {
        planId: plan.id,
        activity: 'Kelas ibu hamil',
        interventionId: sp01?.id ?? null,
        locations: ['73.04.05.1001'],
        supporterIds: [seed.institutions.pkkTolo.id],
        funding: [{ fundingSourceId: apbd.id, amount: 1_000_000 }],
      } as InputOf<'planRows.create'>),
    );
    const row = change.rows[0] as { id: string };
    await step(() =>
      call('planRows.update', {
        id: row.id,
        activity: 'Kelas ibu hamil terpadu',
        interventionId: sp01?.id ?? null,
        locations: ['73.04.05.2006'],
        supporterIds: [seed.institutions.pkkGantarang.id],
        funding: [{ fundingSourceId: apbd.id, amount: 2_000_000 }],
      } as InputOf<'planRows.update'>),
    );
    await step(() => call('planRows.delete', { id: row.id }));
    await step(() => call('plans.delete', { id: plan.id }));
  });

  it('walked every exchanged table: inserted, changed, and the parts of every parent', () => {
    for (const { table } of RECORD_TABLES) {
      expect([...(seen.get(table) ?? [])], table).toEqual(expect.arrayContaining(['insert']));
      // Progress reports and their evidence files have no edit in the API; funding lines are
      // replaced on every row edit (tombstones checked below).
      if (!['commitment_updates', 'evidence_files', 'plan_row_funding'].includes(table))
        expect([...(seen.get(table) ?? [])], table).toEqual(expect.arrayContaining(['update']));
    }
    for (const parent of ['meetings', 'action_plans', 'plan_rows'])
      expect([...(seen.get(parent) ?? [])], parent).toContain('parts');
    // Hard deletions: plan row funding lines are replaced on every row edit.
    expect([...(seen.get('plan_row_funding') ?? [])]).toContain('delete');
  });

  it('never issues a stamp twice: the clock is above every version', () => {
    const db = core.store.db;
    const clock = clockOf(db);
    for (const { table } of RECORD_TABLES) {
      const max = db.prepare(`SELECT max(version) AS v FROM ${table}`).get() as { v: string | null };
      if (max.v) expect(max.v <= clock, table).toBe(true);
    }
  });
});
