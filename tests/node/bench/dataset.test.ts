import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../bench/dataset/fresh';
import { generateDataset } from '../../../bench/dataset/generate';
import type { Db } from '../../../electron/db/connection';
import { removeTempDirs, tempDir } from '../support/temp';

/** Every user table hashed in a total order; `schema_migrations` holds when it ran, so it is left out. */
function checksums(db: Db): Record<string, string> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const columns = (db.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns() as unknown[]).length;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      const hash = createHash('sha256');
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().iterate()) {
        hash.update(
          JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
        );
      }
      return [table, hash.digest('hex')];
    }),
  );
}

function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

async function generated(seed: string, scale: number): Promise<Db> {
  const db = await freshDatabase(join(tempDir(), 'sirakor.sqlite'));
  generateDataset(db, { seed, scale });
  return db;
}

describe('generateDataset', () => {
  const open: Db[] = [];
  let small: Db;
  let double: Db;

  beforeAll(async () => {
    small = await generated('test', 0.01);
    double = await generated('test', 0.02);
    open.push(small, double);
  });

  afterAll(() => {
    for (const db of open) db.close();
    removeTempDirs();
  });

  it('writes byte-identical data for the same seed and different data for another', async () => {
    const again = await generated('test', 0.01);
    const other = await generated('other', 0.01);
    open.push(again, other);
    const first = checksums(small);
    expect(checksums(again)).toEqual(first);
    const changed = checksums(other);
    for (const table of ['people', 'meetings', 'minutes_entries', 'commitments', 'plan_rows']) {
      expect(changed[table], table).not.toBe(first[table]);
    }
  });

  it('keeps every foreign key and passes the integrity check', () => {
    for (const db of [small, double]) {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    }
  });

  it('writes the target counts at its scale, exactly where they are apportioned', () => {
    const exact = {
      institutions: 6,
      people: 50,
      meetings: 60,
      agenda_items: 600,
      meeting_participants: 1_200,
      minutes_entries: 2_000,
      decisions: 180,
      commitments: 500,
      action_plans: 10,
      plan_rows: 300,
    };
    for (const [table, expected] of Object.entries(exact)) {
      expect(count(small, table), table).toBe(expected);
      expect(count(double, table), table).toBe(table === 'action_plans' ? 10 : expected * 2);
    }
    // A commitment that moved has at least one report, so updates slightly exceed their share.
    expect(count(small, 'commitment_updates')).toBeGreaterThanOrEqual(1_500);
    expect(count(small, 'commitment_updates')).toBeLessThan(1_500 * 1.1);
    expect(count(double, 'commitment_updates') / count(small, 'commitment_updates')).toBeCloseTo(2, 0);
  });

  it('records the names of every approved meeting as of its approval, as the app does', () => {
    const approved = small.prepare("SELECT id, approved_at FROM meetings WHERE status = 'approved'").all() as {
      id: string;
      approved_at: string;
    }[];
    expect(approved.length).toBeGreaterThan(10);
    const recorded = small.prepare('SELECT recorded_at FROM meeting_recorded_names WHERE meeting_id = ?').pluck();
    for (const meeting of approved) expect(recorded.get(meeting.id)).toBe(meeting.approved_at);
    expect(count(small, 'meeting_recorded_names')).toBe(approved.length);
  });

  it('refuses a database that already holds data', async () => {
    await expect(async () => generateDataset(small, { seed: 'test', scale: 0.01 })).rejects.toThrow(/empty database/);
  });
});
