import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { repositoriesOf } from '../../../electron/db/repositories';
import {
  areaParams,
  inAreaSql,
  ROWS_SQL,
  type LedgerClock,
  type LedgerFilter,
} from '../../../electron/commitments/repositories/ledger';
import { LEDGER_SORTS, type LedgerSort } from '../../../shared/domain/follow-up';
import { removeTempDirs, tempDir } from '../support/temp';

/**
 * Query plans of the follow-up's hot queries (issue 8: "no full scan" asserted in tests). The app
 * runs no ANALYZE, so SQLite plans from the schema alone: the plans here are the plans on the
 * 50,000-commitment bench dataset too (bench/figures/ledger-page.ts measures them there).
 */
let db: Db;
const clock: LedgerClock = { now: new Date('2025-11-20T02:00:00Z'), officeZone: 'WITA' };
const ID = '01900000-0000-7000-8000-000000000001';

beforeAll(async () => {
  db = openConnection(join(tempDir(), 'plans.sqlite'));
  await migrate(db);
});
afterAll(() => {
  db.close();
  removeTempDirs();
});

function plan(sql: string, params: Record<string, unknown> = {}): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
}

/**
 * A step that reads all of commitments or commitment_updates row by row (not an index, not the
 * FTS index). Small tables (600 institutions for a sector) may be scanned.
 */
function fullScans(lines: string[]): string[] {
  return lines.filter((line) =>
    /^SCAN (c|u|commitments|commitment_updates)( USING (INTEGER )?PRIMARY KEY.*)?$/.test(line),
  );
}

const FILTERS: Record<string, LedgerFilter> = {
  none: {},
  open: { statuses: ['not_started', 'in_progress'] },
  done: { statuses: ['done'] },
  overdue: { overdueOnly: true },
  institution: { institutionId: ID },
  sector: { sector: 'kesehatan' },
  area: { areaCode: '73.04.05' },
  meeting: { meetingId: ID },
  due: { dueFrom: '2025-01-01', dueTo: '2025-12-31' },
  query: { query: 'jamban sehat' },
  areaOpenOverdue: { areaCode: '73.04', statuses: ['not_started', 'in_progress'], overdueOnly: true },
  sectorOpen: { sector: 'kesehatan', statuses: ['in_progress'] },
};

describe('ledger query plans', () => {
  const cases = Object.keys(FILTERS).flatMap((name) => LEDGER_SORTS.map((sort) => [name, sort] as const));

  it.each(cases)('%s sorted %s: page and count read indexes only', (name, sort: LedgerSort) => {
    // With search words both ways: the FTS matches driving (few), or checked per row (many).
    for (const drives of [false, true]) {
      const filter = FILTERS[name] as LedgerFilter;
      const { page, count, params } = repositoriesOf({ db, now: () => new Date() }).ledger.sqlOf(
        filter,
        sort,
        clock,
        filter.query ? { docs: [1, 2], drives } : null,
      );
      const pagePlan = plan(page, { ...params, limit: 100, offset: 0 });
      const countPlan = plan(count, params);
      expect(fullScans(pagePlan)).toEqual([]);
      expect(fullScans(countPlan)).toEqual([]);
      // Neither reads a commitment row: page keys and order, and the count, come from covering indexes.
      expect(pagePlan.filter((line) => /^(SCAN|SEARCH) c USING INDEX/.test(line))).toEqual([]);
      expect(countPlan.some((line) => /^(SCAN|SEARCH) c USING COVERING INDEX commitments_ledger_/.test(line))).toBe(
        true,
      );
    }
  });

  it.each(LEDGER_SORTS)('unfiltered, sorted %s, walks an index in order (no sort of every row)', (sort) => {
    const { page, params } = repositoriesOf({ db, now: () => new Date() }).ledger.sqlOf({}, sort, clock);
    const lines = plan(page, { ...params, limit: 100, offset: 0 });
    expect(lines.filter((line) => line === 'USE TEMP B-TREE FOR ORDER BY')).toEqual([]);
  });

  it('walks the expected index for each sort', () => {
    const first = (sort: LedgerSort) => {
      const { page, params } = repositoriesOf({ db, now: () => new Date() }).ledger.sqlOf({}, sort, clock);
      return plan(page, { ...params, limit: 100, offset: 0 })[0];
    };
    expect(first('due_asc')).toBe('SCAN c USING COVERING INDEX commitments_ledger_due');
    expect(first('due_desc')).toBe('SCAN c USING COVERING INDEX commitments_ledger_due_desc');
    expect(first('updated_desc')).toBe('SCAN c USING COVERING INDEX commitments_ledger_updated');
    expect(first('meeting_desc')).toBe('SCAN c USING COVERING INDEX commitments_ledger_meeting_at');
    expect(first('institution')).toBe('SCAN i USING COVERING INDEX institutions_sort');
  });

  it('counts the common filters from covering indexes', () => {
    const countPlan = (filter: LedgerFilter) => {
      const { count, params } = repositoriesOf({ db, now: () => new Date() }).ledger.sqlOf(filter, 'due_asc', clock);
      return plan(count, params)[0];
    };
    expect(countPlan({ statuses: ['not_started', 'in_progress'] })).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_status (status=?)',
    );
    expect(countPlan({ overdueOnly: true })).toBe('SEARCH c USING COVERING INDEX commitments_ledger_status (status=?)');
    expect(countPlan({ institutionId: ID })).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_institution (institution_id=?)',
    );
    expect(countPlan({ areaCode: '73.04.05' })).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_of_meeting (meeting_id=?)',
    );
    // Search words matching few commitments drive; words matching many are checked per row
    // while an index of the other filters, or the sort's, is walked.
    const words = (drives: boolean, filter: LedgerFilter) => {
      const { count, params } = repositoriesOf({ db, now: () => new Date() }).ledger.sqlOf(filter, 'due_asc', clock, {
        docs: [1, 2],
        drives,
      });
      return plan(count, params)[0];
    };
    expect(words(true, { query: 'jamban' })).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_search (search_doc=?)',
    );
    expect(words(false, { query: 'stunting' })).toMatch(/^SCAN c USING COVERING INDEX commitments_ledger_/);
    expect(words(false, { query: 'stunting', statuses: ['in_progress'] })).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_status (status=?)',
    );
  });

  it('reads a page’s rows, names and last update by key', () => {
    const lines = plan(ROWS_SQL, { ids: '[]', officeZone: 'WITA' });
    expect(fullScans(lines)).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)',
        'SEARCH i USING INDEX sqlite_autoindex_institutions_1 (id=?)',
        'SEARCH p USING INDEX sqlite_autoindex_people_1 (id=?) LEFT-JOIN',
        'SEARCH m USING INDEX sqlite_autoindex_meetings_1 (id=?) LEFT-JOIN',
        'SEARCH u USING INDEX sqlite_autoindex_commitment_updates_1 (id=?) LEFT-JOIN',
        'SEARCH ma USING PRIMARY KEY (meeting_id=?)',
      ]),
    );
    expect(lines[0]).toMatch(/^SCAN j VIRTUAL TABLE/);
  });

  it('finds carry-over candidates through the meeting’s areas', () => {
    const sql = `SELECT c.id FROM commitments c WHERE c.listed = 1 AND c.meeting_id <> @meetingId
      AND c.meeting_at < @meetingAt AND (c.status IN ('not_started', 'in_progress') OR c.id IN (
        SELECT u.commitment_id FROM commitment_updates u WHERE u.meeting_id = @meetingId AND u.deleted_at IS NULL))
      AND c.meeting_id IN (SELECT ma.meeting_id FROM meeting_areas ma
        WHERE ma.area_code IN (SELECT value FROM json_each(@exact)) OR (ma.area_code > @low0 AND ma.area_code < @high0))`;
    const lines = plan(sql, { meetingId: ID, meetingAt: '2025-11-14 09:00', exact: '[]', low0: 'a', high0: 'b' });
    expect(fullScans(lines)).toEqual([]);
    expect(lines[0]).toMatch(/^SEARCH c USING INDEX commitments_ledger_of_meeting \(meeting_id=\?/);
  });
});

describe('dashboard query plans', () => {
  it('aggregates from covering indexes, without reading table rows', () => {
    const scoped = `c.listed = 1 AND ${inAreaSql()}`;
    const params = { ...areaParams('73.04'), todayWib: 'x', todayWita: 'x', todayWit: 'x', officeZone: 'WITA' };
    const queries = [
      'SELECT c.institution_id, count(*) FROM commitments c WHERE c.listed = 1 GROUP BY c.institution_id',
      `SELECT c.institution_id, count(*) FROM commitments c WHERE ${scoped} GROUP BY c.institution_id`,
      `SELECT c.meeting_id, count(*) FROM commitments c WHERE c.listed = 1 AND c.meeting_id IS NOT NULL
       GROUP BY c.meeting_id`,
      `SELECT count(*) FROM commitments c WHERE c.listed = 1 AND c.completed_on >= 'a' AND c.completed_on <= 'b'
       AND +c.status = 'done'`,
      `SELECT substr(c.due_date, 1, 7) AS month, count(*) FROM commitments c
       WHERE c.listed = 1 AND c.due_date >= 'a' AND c.due_date <= 'b' AND c.status <> 'cancelled' GROUP BY month`,
    ];
    for (const sql of queries) {
      const lines = plan(sql, sql.includes('@areaCode') ? params : {});
      expect({ sql, scans: fullScans(lines) }).toEqual({ sql, scans: [] });
    }
    expect(plan(queries[0] as string)[0]).toBe('SCAN c USING COVERING INDEX commitments_ledger_institution');
    expect(plan(queries[3] as string)[0]).toBe(
      'SEARCH c USING INDEX commitments_completed (completed_on>? AND completed_on<?)',
    );
    expect(plan(queries[2] as string)[0]).toBe(
      'SEARCH c USING COVERING INDEX commitments_ledger_of_meeting (meeting_id>?)',
    );
  });
});
