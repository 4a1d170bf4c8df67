import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { removeTempDirs, tempDir } from '../support/temp';

afterAll(removeTempDirs);

const AT = '2025-10-17T01:00:00.000Z';
const ids = {
  inst: '01900000-0000-7000-8000-0000000000a1',
  live: '01900000-0000-7000-8000-0000000000b1',
  template: '01900000-0000-7000-8000-0000000000b2',
  deleted: '01900000-0000-7000-8000-0000000000b3',
  done: '01900000-0000-7000-8000-0000000000c1',
  open: '01900000-0000-7000-8000-0000000000c2',
  ofTemplate: '01900000-0000-7000-8000-0000000000c3',
  ofDeleted: '01900000-0000-7000-8000-0000000000c4',
  gone: '01900000-0000-7000-8000-0000000000c5',
};

/**
 * An office that used the meeting workflow (schema 2) before the follow-up: migration 003 fills
 * the new columns and the search index from the rows already there.
 */
describe('migration 003 on an existing database', () => {
  it('fills completion dates, the newest update, the meeting copies and the search index', async () => {
    const db = openConnection(join(tempDir(), 'v2.sqlite'));
    await migrate(db, { migrations: MIGRATIONS.slice(0, 2) });
    db.prepare(
      `INSERT INTO institutions (id, name, sector, level, created_at, updated_at)
       VALUES (?, 'Dinas Kesehatan', 'kesehatan', 'kabupaten', ?, ?)`,
    ).run(ids.inst, AT, AT);
    const meeting = db.prepare(
      `INSERT INTO meetings (id, title, kind, host_level, date, start_time, time_zone, venue, is_template, created_at,
         updated_at, deleted_at) VALUES (?, ?, 'rakor_tpps', 'kecamatan', '2025-10-17', '09:00', ?, ?, ?, ?, ?, ?)`,
    );
    meeting.run(ids.live, 'Rakor TPPS Kelara', 'WITA', 'Aula Kantor Camat Kelara', 0, AT, AT, null);
    meeting.run(ids.template, 'Templat Rakor', 'WITA', null, 1, AT, AT, null);
    meeting.run(ids.deleted, 'Rakor dihapus', 'WIB', null, 0, AT, AT, AT);
    const commitment = db.prepare(
      `INSERT INTO commitments (id, meeting_id, institution_id, description, due_date, status, created_at, updated_at,
         deleted_at) VALUES (?, ?, ?, ?, '2025-12-31', ?, ?, ?, ?)`,
    );
    commitment.run(ids.done, ids.live, ids.inst, 'Pembangunan jamban sehat', 'done', AT, '2025-11-02T03:00:00Z', null);
    commitment.run(ids.open, ids.live, ids.inst, 'Kelas ibu hamil', 'in_progress', AT, AT, null);
    commitment.run(ids.ofTemplate, ids.template, ids.inst, 'Contoh komitmen templat', 'not_started', AT, AT, null);
    commitment.run(ids.ofDeleted, ids.deleted, ids.inst, 'Komitmen rapat dihapus', 'not_started', AT, AT, null);
    commitment.run(ids.gone, ids.live, ids.inst, 'Komitmen dihapus', 'not_started', AT, AT, AT);
    const update = db.prepare(
      `INSERT INTO commitment_updates (id, commitment_id, reported_on, note, status_after, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    update.run('01900000-0000-7000-8000-0000000000d1', ids.done, '2025-10-30', 'Selesai dibangun', 'done', AT, AT);
    update.run('01900000-0000-7000-8000-0000000000d2', ids.done, '2025-10-20', 'Dicatat belakangan', null, AT, AT);
    update.run('01900000-0000-7000-8000-0000000000d3', ids.open, '2025-10-25', 'Kelas pertama', null, AT, AT);
    db.prepare(
      `INSERT INTO minutes_entries (id, meeting_id, position, body, created_at, updated_at)
       VALUES ('01900000-0000-7000-8000-0000000000e1', ?, 0, 'Hilangkan ego sektoral', ?, ?)`,
    ).run(ids.live, AT, AT);

    expect(await migrate(db, { migrations: MIGRATIONS.slice(0, 3) })).toMatchObject({ from: 2, to: 3, applied: [3] });
    const rows = db
      .prepare(
        `SELECT c.description, c.listed, c.meeting_zone, c.meeting_at, c.completed_on, u.note AS last_note,
           c.search_doc IS NOT NULL AS indexed
         FROM commitments c LEFT JOIN commitment_updates u ON u.id = c.last_update_id ORDER BY c.id`,
      )
      .all();
    expect(rows).toEqual([
      {
        description: 'Pembangunan jamban sehat',
        listed: 1,
        meeting_zone: 'WITA',
        meeting_at: '2025-10-17 09:00',
        completed_on: '2025-10-30',
        last_note: 'Selesai dibangun',
        indexed: 1,
      },
      {
        description: 'Kelas ibu hamil',
        listed: 1,
        meeting_zone: 'WITA',
        meeting_at: '2025-10-17 09:00',
        completed_on: null,
        last_note: 'Kelas pertama',
        indexed: 1,
      },
      {
        description: 'Contoh komitmen templat',
        listed: 0,
        meeting_zone: 'WITA',
        meeting_at: '2025-10-17 09:00',
        completed_on: null,
        last_note: null,
        indexed: 0,
      },
      {
        description: 'Komitmen rapat dihapus',
        listed: 0,
        meeting_zone: 'WIB',
        meeting_at: '2025-10-17 09:00',
        completed_on: null,
        last_note: null,
        indexed: 1,
      },
      {
        description: 'Komitmen dihapus',
        listed: 0,
        meeting_zone: 'WITA',
        meeting_at: '2025-10-17 09:00',
        completed_on: null,
        last_note: null,
        indexed: 0,
      },
    ]);
    const found = (match: string) =>
      db
        .prepare(
          `SELECT d.kind, d.ref_id FROM search_index s JOIN search_docs d ON d.doc = s.rowid
           WHERE search_index MATCH ? ORDER BY d.kind`,
        )
        .all(match);
    expect(found('ego')).toEqual([{ kind: 'minutes', ref_id: '01900000-0000-7000-8000-0000000000e1' }]);
    expect(found('jamban')).toEqual([{ kind: 'commitment', ref_id: ids.done }]);
    expect(found('aula')).toEqual([{ kind: 'meeting', ref_id: ids.live }]);
    expect(found('templat')).toEqual([]);
    // Throws when the index does not match its content.
    db.prepare("INSERT INTO search_index(search_index) VALUES ('integrity-check')").run();
    db.close();
  });
});
