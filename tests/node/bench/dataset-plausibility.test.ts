import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_TODAY, isWorkingDay } from '../../../bench/dataset/calendar';
import { freshDatabase } from '../../../bench/dataset/fresh';
import { generateDataset } from '../../../bench/dataset/generate';
import type { Db } from '../../../electron/db/connection';
import { removeTempDirs, tempDir } from '../support/temp';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NIP = /^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([12])(\d{3})$/;
const RANK = /^(Pengatur|Penata|Pembina)[A-Za-z ]*, (II|III|IV)\/[a-e]$/;

let db: Db;

function all<T>(sql: string): T[] {
  return db.prepare(sql).all() as T[];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

beforeAll(async () => {
  db = await freshDatabase(join(tempDir(), 'sirakor.sqlite'));
  generateDataset(db, { seed: 'plausible', scale: 0.05 });
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('the generated dataset reads like a real office database', () => {
  it('gives civil servants NIPs of the real structure, unique, with a pangkat, and the sex digit their titles imply', () => {
    const people = all<{ name: string; nip: string | null; rank: string | null }>('SELECT name, nip, rank FROM people');
    const servants = people.filter((p) => p.nip !== null);
    expect(servants.length).toBeGreaterThan(people.length * 0.2);
    expect(new Set(servants.map((p) => p.nip)).size).toBe(servants.length);
    for (const { name, nip, rank } of people) {
      expect(rank === null, name).toBe(nip === null);
      if (!nip) continue;
      const match = NIP.exec(nip);
      expect(match, nip).not.toBeNull();
      const [birthYear = 0, birthMonth = 0, birthDay = 0, year = 0, month = 0, sex = 0, sequence = 0] = (match ?? [])
        .slice(1)
        .map(Number);
      expect(birthYear, nip).toBeGreaterThanOrEqual(1960);
      expect(isCalendarDate(birthYear, birthMonth, birthDay), nip).toBe(true);
      expect(month, nip).toBeGreaterThanOrEqual(1);
      expect(month, nip).toBeLessThanOrEqual(12);
      expect(year - birthYear, nip).toBeGreaterThanOrEqual(18);
      expect(year, nip).toBeLessThanOrEqual(2025);
      expect(sequence, nip).toBeGreaterThan(0);
      expect(rank, nip).toMatch(RANK);
      if (name.startsWith('Hj.')) expect(sex, name).toBe(2);
      if (name.startsWith('H.')) expect(sex, name).toBe(1);
    }
  });

  it('writes names with their titles as written', () => {
    const names = all<{ name: string }>('SELECT name FROM people').map((p) => p.name);
    const titled = names.filter((n) => /^(H|Hj|dr|Drs|Dra|Ns)\. |, [A-Z][A-Za-z.]*\./.test(n));
    expect(titled.length).toBeGreaterThan(names.length * 0.4);
    expect(names.some((n) => /^Hj?\. /.test(n))).toBe(true);
    expect(names.some((n) => /, S\.[A-Za-z]+\./.test(n))).toBe(true);
  });

  it('dates meetings on working days of 2016–2025, with statuses that follow the fixed clock', () => {
    const meetings = all<{
      id: string;
      date: string;
      start_time: string;
      end_time: string;
      status: string;
      approved_at: string | null;
      created_at: string;
      time_zone: string;
    }>('SELECT id, date, start_time, end_time, status, approved_at, created_at, time_zone FROM meetings');
    for (const m of meetings) {
      expect(m.date >= '2016-01-01' && m.date <= '2025-12-31', m.date).toBe(true);
      expect(isWorkingDay(m.date), m.date).toBe(true);
      expect(m.end_time > m.start_time).toBe(true);
      expect(m.time_zone).toBe('WITA');
      expect(m.date > DATASET_TODAY ? ['draft', 'scheduled'] : ['held', 'approved']).toContain(m.status);
      expect(m.approved_at !== null).toBe(m.status === 'approved');
      if (m.approved_at) expect(m.approved_at.slice(0, 10) >= m.date).toBe(true);
      expect(m.id).toMatch(UUID_V7);
      // The id carries the creation instant, as the app's UUIDv7 ids do.
      expect(parseInt(m.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(m.created_at));
    }
    expect(meetings.filter((m) => m.status === 'approved').length).toBeGreaterThan(meetings.length * 0.8);
    const outside = all("SELECT area_code FROM meeting_areas WHERE area_code NOT LIKE '73.04%'");
    expect(outside).toEqual([]);
  });

  it('records attendance only for meetings that took place, with stand-ins named', () => {
    const wrong = all(
      `SELECT p.id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
       WHERE (m.status IN ('draft', 'scheduled') AND p.attendance <> 'unknown')
          OR (m.status IN ('held', 'approved') AND p.attendance = 'unknown')
          OR (p.attendance = 'represented' AND p.stand_in_name IS NULL)`,
    );
    expect(wrong).toEqual([]);
    const afterTheFact = all(
      `SELECT id FROM minutes_entries WHERE meeting_id IN (SELECT id FROM meetings WHERE status IN ('draft', 'scheduled'))
       UNION ALL SELECT id FROM commitments WHERE meeting_id IN (SELECT id FROM meetings WHERE status IN ('draft', 'scheduled'))`,
    );
    expect(afterTheFact).toEqual([]);
    expect(all("SELECT 1 FROM meeting_participants WHERE attendance = 'represented'").length).toBeGreaterThan(0);
    expect(all('SELECT 1 FROM meeting_participants WHERE invited = 0').length).toBeGreaterThan(0);
  });

  it('keeps each commitment status equal to what its last status-changing report set, with history to match', () => {
    const mismatched = all(
      `SELECT c.id FROM commitments c
       WHERE c.status <> coalesce((SELECT u.status_after FROM commitment_updates u
         WHERE u.commitment_id = c.id AND u.status_after IS NOT NULL ORDER BY u.created_at DESC LIMIT 1), 'not_started')`,
    );
    expect(mismatched).toEqual([]);
    const outOfRange = all(
      `SELECT u.id FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id JOIN meetings m ON m.id = c.meeting_id
       WHERE u.reported_on < m.date OR u.reported_on > '${DATASET_TODAY}' OR c.due_date < m.date`,
    );
    expect(outOfRange).toEqual([]);
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM history WHERE entity = 'commitment' AND action = 'status') AS history,
                (SELECT count(*) FROM commitment_updates WHERE status_after IS NOT NULL) AS changes,
                (SELECT count(*) FROM history WHERE entity = 'commitment' AND action = 'create') AS created,
                (SELECT count(*) FROM commitments) AS commitments`,
      )
      .get() as { history: number; changes: number; created: number; commitments: number };
    expect(counts.history).toBe(counts.changes);
    expect(counts.created).toBe(counts.commitments);
    const statuses = new Set(all<{ status: string }>('SELECT DISTINCT status FROM commitments').map((r) => r.status));
    expect(statuses).toEqual(new Set(['not_started', 'in_progress', 'done', 'cancelled']));
  });

  it('dates done commitments when the schema keeps a completion date (migration 003)', () => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('commitments')").pluck().all();
    if (!columns.includes('completed_on')) return;
    const wrong = all(
      `SELECT id FROM commitments WHERE (status = 'done') <> (completed_on IS NOT NULL)
         OR completed_on < substr(meeting_at, 1, 10) OR completed_on > '${DATASET_TODAY}'`,
    );
    expect(wrong).toEqual([]);
  });

  it('funds plan rows in whole Rupiah, schedules months, and locates rows in the kabupaten’s villages', () => {
    expect(all("SELECT id FROM plan_row_funding WHERE typeof(amount) <> 'integer' OR amount <= 0")).toEqual([]);
    const overspent = all(
      `SELECT r.id FROM plan_rows r WHERE r.realisation_amount >
         (SELECT sum(f.amount) FROM plan_row_funding f WHERE f.row_id = r.id)`,
    );
    expect(overspent).toEqual([]);
    expect(all('SELECT id FROM plan_rows WHERE schedule_months = 0')).toEqual([]);
    const elsewhere = all(
      `SELECT l.area_code FROM plan_row_locations l JOIN areas a ON a.code = l.area_code
       WHERE a.level <> 'desa' OR l.area_code NOT LIKE '73.04.%'`,
    );
    expect(elsewhere).toEqual([]);
    expect(all("SELECT id FROM interventions WHERE is_seeded = 0 AND code NOT LIKE 'GEN-%'")).toEqual([]);
  });

  it('writes Indonesian texts from the domain, not placeholder text', () => {
    const texts = all<{ body: string }>(
      `SELECT body FROM minutes_entries UNION ALL SELECT description FROM commitments
       UNION ALL SELECT title FROM meetings UNION ALL SELECT activity FROM plan_rows`,
    ).map((r) => r.body);
    expect(texts.every((t) => t.trim().length > 10 && !/lorem|ipsum|undefined|\{/.test(t))).toBe(true);
    const joined = texts.join(' ');
    for (const word of ['stunting', 'posyandu', 'TPK', 'Dana Desa', 'TTD', 'jamban sehat', 'PMT']) {
      expect(joined, word).toContain(word);
    }
  });
});
