import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../bench/dataset/fresh';
import { generateDataset } from '../../../bench/dataset/generate';
import { openConnection, type Db } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { RECORD_TABLES } from '../../../electron/db/migrations/009-ownership';
import { localOfficeId } from '../../../electron/db/ownership';
import { parseStamp } from '../../../shared/exchange/stamp';
import { callerOf } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, startTestCore, tempDir } from '../support/temp';
import { clockOf } from './ownership-audit';

/** Migration 009 on a database of the previous schema, and the clock under a PC clock that goes back. */
cleanTempDirsAfterEach();

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FIXTURE_V8 = join(import.meta.dirname, '../../fixtures/db/v8.sqlite');

function fixtureCopy(): { db: Db; file: string } {
  const file = join(tempDir(), 'sirakor.sqlite');
  copyFileSync(FIXTURE_V8, file);
  return { db: openConnection(file), file };
}

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(
    RECORD_TABLES.map(({ table }) => [
      table,
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );
}

describe('migration 009 on a database of schema 8', () => {
  it('gives every existing record the local office and one stamp, and the office its row', async () => {
    const { db } = fixtureCopy();
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    const before = counts(db);
    expect(before.meetings).toBeGreaterThan(0);
    await migrate(db);
    expect(counts(db)).toEqual(before);

    const office = localOfficeId(db);
    expect(office).toMatch(UUID_V7);
    const clock = clockOf(db);
    expect(parseStamp(clock)?.office).toBe(office);
    for (const { table, seeded } of RECORD_TABLES) {
      const rows = db
        .prepare(`SELECT owner_office_id AS owner, version, count(*) AS n FROM ${table} GROUP BY 1, 2`)
        .all() as { owner: string | null; version: string | null; n: number }[];
      const expected = seeded
        ? (
            db.prepare(`SELECT is_seeded, count(*) AS n FROM ${table} GROUP BY 1`).all() as {
              is_seeded: number;
              n: number;
            }[]
          ).map((r) =>
            r.is_seeded ? { owner: null, version: null, n: r.n } : { owner: office, version: clock, n: r.n },
          )
        : before[table]
          ? [{ owner: office, version: clock, n: before[table] }]
          : [];
      expect(rows, table).toEqual(expect.arrayContaining(expected));
      expect(rows.length, table).toBe(expected.length);
    }
    expect(db.prepare('SELECT id, name, level, area_code FROM offices').all()).toEqual([
      { id: office, name: 'Kantor Camat Kelara', level: 'kecamatan', area_code: '73.04.05' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM exchange_tombstones').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps an office id that is already there', async () => {
    const { db } = fixtureCopy();
    const id = '01990000-1111-7222-8333-444455556666';
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('exchange.officeId', ?, 'x')").run(
      JSON.stringify(id),
    );
    await migrate(db);
    expect(localOfficeId(db)).toBe(id);
    expect(db.prepare('SELECT DISTINCT owner_office_id AS o FROM meetings').all()).toEqual([{ o: id }]);
    db.close();
  });
});

describe('the office row and the clock', () => {
  it('follows the office settings', async () => {
    const core = await startTestCore();
    try {
      const call = callerOf(core.dispatch);
      await call('settings.update', {
        office: { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda Kabupaten Jeneponto' },
      });
      const db = core.store.db;
      expect(db.prepare('SELECT name, level, area_code FROM offices WHERE id = ?').get(localOfficeId(db))).toEqual({
        name: 'Bappeda Kabupaten Jeneponto',
        level: 'kabupaten',
        area_code: '73.04',
      });
    } finally {
      core.close();
    }
  });

  it('issues strictly increasing stamps when the PC clock goes back, across connections', async () => {
    let now = Date.parse('2031-03-01T08:00:00.000Z');
    const core = await startTestCore({ now: () => new Date(now) });
    try {
      const call = callerOf(core.dispatch);
      const db = core.store.db;
      const institution = await call('institutions.create', {
        name: 'UPT Puskesmas Kelara',
        sector: 'kesehatan',
        level: 'kecamatan',
        areaCode: '73.04.05',
      });
      const versionOf = (connection: Db) =>
        (connection.prepare('SELECT version FROM institutions WHERE id = ?').get(institution.id) as { version: string })
          .version;
      // A second connection to the same file whose clock is a day behind (a worker, another process).
      const other = openConnection(core.store.databaseFile, { now: () => new Date(now - 86_400_000) });
      const versions = [versionOf(db)];
      try {
        for (let i = 0; i < 12; i += 1) {
          if (i === 4) now -= 3 * 3_600_000; // the PC clock is set back three hours
          if (i % 3 === 2) {
            other.transaction(() =>
              other.prepare('UPDATE institutions SET short_name = ? WHERE id = ?').run(`P${i}`, institution.id),
            )();
          } else {
            await call('institutions.update', {
              id: institution.id,
              name: `UPT Puskesmas Kelara ${i}`,
              sector: 'kesehatan',
              level: 'kecamatan',
              areaCode: '73.04.05',
            } as never);
          }
          versions.push(versionOf(db));
        }
      } finally {
        other.close();
      }
      for (let i = 1; i < versions.length; i += 1)
        expect((versions[i] ?? '') > (versions[i - 1] ?? ''), `${versions[i - 1]} < ${versions[i]}`).toBe(true);
      expect(new Set(versions).size).toBe(versions.length);
      expect(versions.at(-1)).toBe(clockOf(db));
      // After the clock went back, the wall part stays where it was and the counter moves on.
      expect(parseStamp(versions.at(-1) ?? '')?.wall).toBe(Date.parse('2031-03-01T08:00:00.000Z'));
    } finally {
      core.close();
    }
  });
});

describe('the bench dataset', () => {
  it('is owned by its office and stamped with its clock, the same bytes for the same seed', async () => {
    const db = await freshDatabase(join(tempDir(), 'sirakor.sqlite'));
    try {
      generateDataset(db, { seed: 'ownership', scale: 0.01 });
      const office = localOfficeId(db);
      const clock = clockOf(db);
      expect(parseStamp(clock)?.office).toBe(office);
      for (const { table, seeded } of RECORD_TABLES) {
        const unowned = db
          .prepare(
            `SELECT count(*) AS n FROM ${table} WHERE (owner_office_id IS NOT ? OR version IS NOT ?)${seeded ? ' AND is_seeded = 0' : ''}`,
          )
          .get(office, clock);
        expect(unowned, table).toEqual({ n: 0 });
      }
      expect(db.prepare('SELECT id, name FROM offices').all()).toEqual([
        { id: office, name: 'Sekretariat TPPS Kabupaten Jeneponto' },
      ]);
    } finally {
      db.close();
    }
  });
});
