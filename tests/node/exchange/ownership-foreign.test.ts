import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyingPackage } from '../../../electron/db/exchange-functions';
import { localOfficeId } from '../../../electron/db/ownership';
import type { InputOf, MethodName } from '../../../shared/api/contract';
import type { Db } from '../../../electron/db/connection';
import type { Commitment } from '../../../shared/domain/commitments';
import type { Decision } from '../../../shared/domain/minutes';
import type { PlanRow } from '../../../shared/domain/plans';
import { newMeeting, updateOf } from '../support/meetings';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';
import { clockOf, partsSnapshot, snapshot, tombstones } from './ownership-audit';
import { receive } from './receive-records';

/**
 * Records of another office are read only (issue 11): Kantor Camat Rumbia records the seed Rakor
 * on its own installation; its records are copied into Kelara's database as a package import
 * would (applyingPackage), and every change to them through Kelara's API is refused with
 * READ_ONLY, naming Rumbia, with nothing written. Progress reports are the exception: each office
 * reports on the other's commitments with records of its own.
 */
type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let kelara: TestCore;
let rumbia: TestCore;
let call: Call;
let theirs: SeedRakor;
let rumbiaId: string;

const office = (name: string, kecamatanCode: string) =>
  ({ office: { level: 'kecamatan', kabupatenCode: '73.04', kecamatanCode, officeName: name } }) as const;

beforeAll(async () => {
  rumbia = await startTestCore();
  const rumbiaCall = callerOf(rumbia.dispatch);
  await rumbiaCall('settings.update', office('Kantor Camat Rumbia', '73.04.10'));
  theirs = await seedRakor(rumbiaCall, { approve: false });
  rumbiaId = localOfficeId(rumbia.store.db);
  rumbia.store.db.pragma('wal_checkpoint(TRUNCATE)');

  kelara = await startTestCore();
  call = callerOf(kelara.dispatch);
  await call('settings.update', office('Kantor Camat Kelara', '73.04.05'));
  receive(kelara.store.db, rumbia.store.databaseFile, {
    id: rumbiaId,
    name: 'Kantor Camat Rumbia',
    areaCode: '73.04.10',
  });
}, 60_000);
afterAll(() => {
  kelara.close();
  rumbia.close();
});

function state(db: Db) {
  return {
    records: [...snapshot(db)],
    parts: [...partsSnapshot(db)],
    tombstones: [...tombstones(db)],
    clock: clockOf(db),
    history: db.prepare('SELECT count(*) AS n FROM history').get(),
  };
}

describe('records of another office', () => {
  it('arrived whole, with their owner and versions', () => {
    const db = kelara.store.db;
    const meeting = db.prepare('SELECT owner_office_id, version FROM meetings WHERE id = ?').get(theirs.meeting.id);
    const original = rumbia.store.db
      .prepare('SELECT owner_office_id, version FROM meetings WHERE id = ?')
      .get(theirs.meeting.id);
    expect(meeting).toEqual(original);
    expect(db.prepare('SELECT count(*) AS n FROM commitments WHERE owner_office_id = ?').get(rumbiaId)).toEqual({
      n: theirs.commitments.length,
    });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses every change through the API with READ_ONLY, naming the owner, and writes nothing', async () => {
    const db = kelara.store.db;
    const meeting = theirs.meeting;
    const [commitment] = theirs.commitments as [Commitment];
    const item = theirs.agenda.opening;
    const person = theirs.people.meriam;
    const institution = theirs.institutions.dppkb;
    const [firstDecision] = theirs.decisions as [Decision];
    const attempts: [MethodName, unknown][] = [
      ['meetings.update', { ...updateOf(meeting), title: 'Diubah di Kelara' }],
      ['meetings.setStatus', { id: meeting.id, status: 'scheduled' }],
      ['meetings.approve', { id: meeting.id }],
      ['meetings.updateSummary', { id: meeting.id, summary: 'Ringkasan' }],
      ['meetings.delete', { id: meeting.id }],
      ['agenda.create', { meetingId: meeting.id, title: 'Tambahan' }],
      ['agenda.update', { id: item.id, title: 'Diubah' }],
      ['agenda.move', { id: item.id, toPosition: 3 }],
      ['agenda.delete', { id: item.id }],
      ['participants.add', { meetingId: meeting.id, institutionId: theirs.institutions.pemkab.id }],
      ['participants.setAttendance', { id: theirs.participants.chair.id, attendance: 'absent' }],
      ['participants.remove', { id: theirs.participants.koramil.id }],
      ['minutes.create', { meetingId: meeting.id, body: 'Catatan' }],
      ['decisions.create', { meetingId: meeting.id, body: 'Keputusan' }],
      ['decisions.update', { id: firstDecision.id, body: 'Diubah' }],
      ['decisions.delete', { id: firstDecision.id }],
      ['commitments.create', { meetingId: meeting.id, institutionId: institution.id, description: 'Komitmen baru' }],
      [
        'commitments.update',
        { id: commitment.id, institutionId: commitment.institutionId, description: 'Diubah di Kelara' },
      ],
      ['commitments.setStatus', { id: commitment.id, status: 'done' }],
      ['commitments.delete', { id: commitment.id }],
      ['people.update', { id: person.id, name: 'St. Meriam (diubah)', institutionId: person.institutionId }],
      ['people.delete', { id: theirs.people.pkkBontotiro.id }],
      ['institutions.delete', { id: theirs.institutions.koramil.id }],
      [
        'institutions.update',
        {
          id: institution.id,
          name: 'DPPKB (diubah)',
          sector: institution.sector,
          level: institution.level,
          areaCode: institution.areaCode,
        },
      ],
    ];
    const refusals: string[] = [];
    for (const [method, input] of attempts) {
      const before = state(db);
      const result = await kelara.dispatch(method, input);
      if (result.ok) throw new Error(`${method} was accepted on a record of Rumbia`);
      expect(state(db), method).toEqual(before);
      if (result.error.code === 'READ_ONLY') {
        expect(result.error.message, method).toEqual({
          key: 'ownership.foreignRecord',
          params: { office: 'Kantor Camat Rumbia' },
        });
        refusals.push(method);
      } else {
        refusals.push(`${method}: ${result.error.code} ${result.error.message.key}`);
      }
    }
    expect(refusals).toEqual(attempts.map(([method]) => method));
  });

  it('refuses an edit of a foreign plan and of its rows', async () => {
    const rumbiaCall = callerOf(rumbia.dispatch);
    const plan = await rumbiaCall('plans.create', { areaCode: '73.04.10', year: 2026, title: 'Rencana Aksi Rumbia' });
    const change = await rumbiaCall('planRows.create', {
      planId: plan.id,
      activity: 'Kelas ibu hamil',
      locations: ['73.04.10.2001'],
    } as InputOf<'planRows.create'>);
    rumbia.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const db = kelara.store.db;
    const copy = (table: string, id: string) =>
      applyingPackage(db, () => {
        db.prepare('ATTACH DATABASE ? AS other').run(rumbia.store.databaseFile);
        try {
          db.prepare(`INSERT INTO main.${table} SELECT * FROM other.${table} WHERE id = ?`).run(id);
        } finally {
          db.prepare('DETACH DATABASE other').run();
        }
      });
    const [row] = change.rows as [PlanRow];
    copy('action_plans', plan.id);
    copy('plan_rows', row.id);
    applyingPackage(db, () =>
      db.prepare('INSERT INTO plan_row_locations (row_id, area_code) VALUES (?, ?)').run(row.id, '73.04.10.2001'),
    );
    for (const [method, input] of [
      ['plans.update', { id: plan.id, title: 'Diubah' }],
      ['planRows.create', { planId: plan.id, activity: 'Tambahan' }],
      ['planRows.update', { id: row.id, activity: 'Diubah', locations: [] }],
      ['planRows.delete', { id: row.id }],
      ['plans.delete', { id: plan.id }],
    ] as [MethodName, unknown][]) {
      const before = state(db);
      expect(errorOf(await kelara.dispatch(method, input)).code, method).toBe('READ_ONLY');
      expect(state(db), method).toEqual(before);
    }
  });

  it('lets this office report progress on another office’s commitment, leaving the commitment as it was', async () => {
    const db = kelara.store.db;
    const [commitment] = theirs.commitments as [Commitment];
    const row = () => db.prepare('SELECT status, version, updated_at FROM commitments WHERE id = ?').get(commitment.id);
    const before = row();
    const update = await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-03',
      note: 'Kabupaten memantau: sudah berjalan',
      statusAfter: 'done',
    });
    expect(row()).toEqual(before);
    expect(db.prepare('SELECT owner_office_id FROM commitment_updates WHERE id = ?').get(update.id)).toEqual({
      owner_office_id: localOfficeId(db),
    });
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail.updates.map((u) => u.id)).toContain(update.id);
  });

  it('counts another office’s progress report on a local commitment in its status', async () => {
    const db = kelara.store.db;
    const institution = await call('institutions.create', {
      name: 'UPT Puskesmas Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    });
    const meeting = await newMeeting(call);
    const ours = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: institution.id,
      description: 'Pemberian TTD remaja putri',
    });
    const version = () =>
      (db.prepare('SELECT version FROM commitments WHERE id = ?').get(ours.id) as { version: string }).version;
    const before = version();
    const stamp = `2025-11-05T02:00:00.000Z_0000_${rumbiaId}`;
    applyingPackage(db, () =>
      db
        .prepare(
          `INSERT INTO commitment_updates (id, commitment_id, reported_on, note, status_after, created_at, updated_at,
             owner_office_id, version)
           VALUES ('01990000-0000-7000-8000-00000000feed', ?, '2025-11-05', 'Dilaporkan Rumbia', 'done', ?, ?, ?, ?)`,
        )
        .run(ours.id, '2025-11-05T02:00:00.000Z', '2025-11-05T02:00:00.000Z', rumbiaId, stamp),
    );
    const detail = await call('commitments.detail', { id: ours.id });
    expect(detail.commitment.status).toBe('done');
    expect(db.prepare('SELECT completed_on FROM commitments WHERE id = ?').get(ours.id)).toEqual({
      completed_on: '2025-11-05',
    });
    expect(detail.updates.map((u) => u.note)).toContain('Dilaporkan Rumbia');
    // Still this office's record, stamped by its own clock.
    expect(version() > before).toBe(true);
    expect(version().endsWith(localOfficeId(db))).toBe(true);
    const ledger = await call('commitments.ledger', { statuses: ['done'] } as InputOf<'commitments.ledger'>);
    expect(ledger.items.map((i) => i.id)).toContain(ours.id);
  });
});
