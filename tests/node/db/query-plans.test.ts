import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_TODAY } from '../../../bench/dataset/calendar';
import { freshDatabase } from '../../../bench/dataset/fresh';
import { generateDataset } from '../../../bench/dataset/generate';
import { createDispatcher, type Dispatch } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { Db } from '../../../electron/db/connection';
import { localOfficeId } from '../../../electron/db/ownership';
import type { MethodName, OutputOf } from '../../../shared/api/contract';
import { RESOURCES_DIR } from '../support/paths';
import { removeTempDirs, tempDir } from '../support/temp';

/**
 * Query plans of the hot screens (issue 8), taken from the statements the handlers really run:
 * every statement prepared on the connection is recorded with its parameters while one call is
 * dispatched, and each SELECT is explained with those parameters. The app runs no ANALYZE, so
 * SQLite plans from the schema alone and the plans on this small generated dataset are the plans
 * on the ten-year one (bench/figures/*-page.ts measure those). The ledger's page and count are
 * asserted filter by filter in follow-up-plans.test.ts; here they are checked with the rest.
 */

/** Tables that grow with the years of use (the ten-year dataset holds thousands to 200,000 rows). */
const BIG_TABLES = new Set([
  'meetings',
  'meeting_areas',
  'agenda_items',
  'meeting_participants',
  'minutes_entries',
  'decisions',
  'commitments',
  'commitment_updates',
  'history',
  'people',
  'areas',
  'search_docs',
  'plan_rows',
  'plan_row_locations',
  'plan_row_supporters',
  'plan_row_funding',
]);

interface Executed {
  sql: string;
  args: unknown[];
}

let db: Db;
let dispatch: Dispatch;
const executed: Executed[] = [];

/** Records every statement run through `all`, `get` or `iterate` (reads) with its parameters. */
function recordStatements(connection: Db): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'iterate'] as const) {
      const run = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          executed.push({ sql, args });
          return run(...args);
        },
      });
    }
    return statement;
  }) as Db['prepare'];
}

beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'sirakor.sqlite');
  db = await freshDatabase(file);
  generateDataset(db, { seed: 'query-plans', scale: 0.01 });
  recordStatements(db);
  const now = new Date(`${DATASET_TODAY}T02:00:00Z`);
  dispatch = createDispatcher({
    ctx: {
      db,
      dataDir: dir,
      databaseFile: file,
      resourcesDir: RESOURCES_DIR,
      host: 'preview',
      appVersion: 'test',
      now: () => now,
    },
    handlers,
    emit: () => undefined,
    logError: (method, error) => console.error(method, error),
  });
}, 60_000);

afterAll(() => {
  db.close();
  removeTempDirs();
});

interface Explained {
  sql: string;
  plan: string[];
}

/** Dispatches one call and explains every distinct SELECT it ran. */
async function plansOf<M extends MethodName>(
  method: M,
  input: unknown,
): Promise<{ value: OutputOf<M>; queries: Explained[] }> {
  executed.length = 0;
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  const seen = new Set<string>();
  const queries: Explained[] = [];
  for (const { sql, args } of executed.splice(0)) {
    if (seen.has(sql) || !/^\s*(SELECT|WITH)\b/i.test(sql)) continue;
    seen.add(sql);
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
    queries.push({ sql: sql.replace(/\s+/g, ' ').trim(), plan: rows.map((row) => row.detail) });
  }
  return { value: result.value as OutputOf<M>, queries };
}

/** `FROM meetings m`, `JOIN people chair` → alias → table (a table without alias is its own). */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const keywords = /^(WHERE|ON|JOIN|LEFT|INNER|CROSS|GROUP|ORDER|LIMIT|USING|UNION|AND|OR|SET)$/i;
  for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = match[1] as string;
    const alias = match[2] && !keywords.test(match[2]) ? match[2] : table;
    aliases.set(alias, table);
  }
  return aliases;
}

/**
 * Steps that read a big table row by row: `SCAN t` (the table) or `SCAN t USING INDEX i` (every
 * entry of an index, then the row of each). A covering index walked whole (`SCAN t USING
 * COVERING INDEX`, e.g. an unfiltered count) reads no table rows; `SEARCH` narrows by key.
 */
function fullScans({ sql, plan }: Explained): string[] {
  const aliases = tablesByAlias(sql);
  return plan.filter((line) => {
    const match = /^SCAN (\w+)(?: USING (INDEX|PRIMARY KEY|INTEGER PRIMARY KEY)\b.*)?$/.exec(line);
    if (!match) return false;
    const table = aliases.get(match[1] as string) ?? (match[1] as string);
    return BIG_TABLES.has(table);
  });
}

/** Every query of a call with its full scans, for a readable failure. */
function scansOf(queries: Explained[]): { sql: string; scans: string[] }[] {
  return queries.map((query) => ({ sql: query.sql, scans: fullScans(query) })).filter((q) => q.scans.length > 0);
}

function find(queries: Explained[], pattern: RegExp): Explained {
  const found = queries.find((query) => pattern.test(query.sql));
  if (!found) throw new Error(`no query matching ${pattern} among:\n${queries.map((q) => q.sql).join('\n')}`);
  return found;
}

const PAGE = { query: '', limit: 50, offset: 0 };

describe('meetings list', () => {
  const FILTERS: [string, Record<string, unknown>][] = [
    ['no filter', {}],
    ['upcoming (from a date, oldest first)', { dateFrom: '2025-10-01', order: 'asc' }],
    ['past (to a date)', { dateTo: '2025-09-30' }],
    ['status', { status: 'held' }],
    ['kind', { kind: 'rakor_tpps' }],
    ['kecamatan', { areaCode: '73.04.05' }],
    ['kabupaten (every area under it)', { areaCode: '73.04' }],
    ['text', { query: 'rakor' }],
    ['text and dates', { query: 'kelara', dateFrom: '2020-01-01', dateTo: '2025-09-30' }],
    [
      'everything',
      { query: 'tpps', status: 'approved', kind: 'rakor_tpps', areaCode: '73.04', dateFrom: '2020-01-01' },
    ],
    ['templates', { templates: true }],
    ['a later page', { offset: 20 }],
  ];

  it.each(FILTERS)('%s: page and total without a full scan, in index order', async (name, filter) => {
    const { value, queries } = await plansOf('meetings.list', { ...PAGE, ...filter });
    expect(scansOf(queries)).toEqual([]);
    const page = find(queries, /^SELECT m\.id, m\.title/);
    const total = find(queries, /^SELECT count\(\*\) AS n FROM meetings m/);
    expect(page.plan[0]).toMatch(/^SEARCH m USING INDEX meetings_(list|status) \(/);
    expect(total.plan[0]).toMatch(/^SEARCH m USING (COVERING )?INDEX meetings_(list|status) \(/);
    // The order comes from the index (the areas of each row are sorted separately, a few rows each).
    expect(page.plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    if (name === 'no filter') expect(value.total).toBeGreaterThan(50);
  });

  it('counts from the index alone unless a text filter has to read the rows', async () => {
    const total = async (filter: Record<string, unknown>) =>
      find((await plansOf('meetings.list', { ...PAGE, ...filter })).queries, /^SELECT count\(\*\)/).plan[0];
    expect(await total({})).toBe('SEARCH m USING COVERING INDEX meetings_list (is_template=? AND deleted_at=?)');
    expect(await total({ dateTo: '2025-09-30' })).toBe(
      'SEARCH m USING COVERING INDEX meetings_list (is_template=? AND deleted_at=? AND date<?)',
    );
    expect(await total({ kind: 'rakor_tpps' })).toBe(
      'SEARCH m USING COVERING INDEX meetings_list (is_template=? AND deleted_at=?)',
    );
    expect(await total({ areaCode: '73.04.05' })).toBe(
      'SEARCH m USING COVERING INDEX meetings_list (is_template=? AND deleted_at=?)',
    );
    // `search_text LIKE '%…%'` cannot use an index: the meetings in range are read (≈3 ms for 6,000).
    expect(await total({ query: 'rakor' })).toBe('SEARCH m USING INDEX meetings_list (is_template=? AND deleted_at=?)');
  });
});

describe('commitment ledger', () => {
  it.each([
    ['first page', { limit: 100, offset: 0 }],
    ['open, kecamatan, overdue', { statuses: ['not_started', 'in_progress'], areaCode: '73.04.05', overdueOnly: true }],
    ['search words, sorted by institution', { query: 'posyandu', sort: 'institution' }],
    ['completed this quarter', { completedFrom: '2025-10-01', completedTo: '2025-12-31' }],
  ])('%s: page, count and rows without a full scan', async (_name, filter) => {
    const { queries } = await plansOf('commitments.ledger', { limit: 100, offset: 0, ...filter });
    expect(queries.length).toBeGreaterThanOrEqual(3);
    expect(scansOf(queries)).toEqual([]);
  });
});

describe('dashboard', () => {
  it.each([
    ['the whole kabupaten', {}],
    ['a kecamatan', { areaCode: '73.04.05' }],
    ['a desa', { areaCode: '73.04.05.2001' }],
    ['a quarter of the whole kabupaten', { period: { kind: 'quarter', year: 2024, index: 2 } }],
    ['a semester of a kecamatan', { areaCode: '73.04.05', period: { kind: 'semester', year: 2023, index: 2 } }],
  ] as const)('%s: every aggregate from indexes', async (name, input) => {
    const { queries } = await plansOf('dashboard.summary', input);
    expect(queries.length).toBeGreaterThanOrEqual(6);
    const scans = scansOf(queries);
    if (!('areaCode' in input)) {
      // Per area of every meeting: all meeting areas are read once, from the table's own key
      // (WITHOUT ROWID, so the scan is of a covering b-tree of 6,000 short rows).
      expect(scans).toEqual([{ sql: expect.stringMatching(/^WITH per_meeting AS/), scans: ['SCAN ma'] }]);
    } else {
      expect(scans).toEqual([]);
    }
    for (const query of queries.filter((q) => /FROM commitments c/.test(q.sql))) {
      expect(query.plan.some((line) => /^(SEARCH|SCAN) c USING (COVERING INDEX|INDEX commitments_)/.test(line))).toBe(
        true,
      );
    }
  });
});

describe('views across offices (issue 11)', () => {
  // The dataset has one office; a kabupaten holds many: each filter must narrow by its own index.
  const office = () => localOfficeId(db);

  it('the meetings list of one office: page and total from meetings_list_office, in index order', async () => {
    const { value, queries } = await plansOf('meetings.list', { ...PAGE, officeId: office() });
    expect(scansOf(queries)).toEqual([]);
    expect(find(queries, /^SELECT m\.id, m\.title/).plan[0]).toMatch(/^SEARCH m USING INDEX meetings_list_office \(/);
    expect(find(queries, /^SELECT count\(\*\) AS n FROM meetings m/).plan[0]).toBe(
      'SEARCH m USING COVERING INDEX meetings_list_office (owner_office_id=? AND is_template=? AND deleted_at=?)',
    );
    expect(find(queries, /^SELECT m\.id, m\.title/).plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    expect(value.total).toBeGreaterThan(50);
  });

  it.each([
    ['one office', {}],
    ['one office, overdue', { overdueOnly: true }],
    ['one office and kecamatan', { areaCode: '73.04.05' }],
  ])('the ledger of %s: the count from commitments_ledger_office alone', async (_name, filter) => {
    const { queries } = await plansOf('commitments.ledger', { limit: 100, offset: 0, officeId: office(), ...filter });
    expect(scansOf(queries)).toEqual([]);
    const total = find(queries, /^SELECT count\(\*\) AS n FROM commitments c/);
    expect(total.plan.join('\n')).toMatch(
      /SEARCH c USING COVERING INDEX commitments_ledger_office \(owner_office_id=\?/,
    );
  });

  it('the dashboard of one office and the offices compared: every aggregate from indexes', async () => {
    const { value, queries } = await plansOf('dashboard.summary', { officeId: office() });
    expect(value.byOffice).toHaveLength(1);
    expect(scansOf(queries)).toEqual([{ sql: expect.stringMatching(/^WITH per_meeting AS/), scans: ['SCAN ma'] }]);
    const perOffice = find(queries, /GROUP BY c\.owner_office_id/);
    expect(perOffice.plan.join('\n')).toMatch(/SEARCH c USING COVERING INDEX commitments_ledger_office/);
    const all = await plansOf('dashboard.summary', {});
    const compared = find(all.queries, /GROUP BY c\.owner_office_id/);
    expect(fullScans(compared)).toEqual([]);
  });

  it('the offices held: one seek per table and office', async () => {
    const { value, queries } = await plansOf('offices.list', {});
    expect(value).toHaveLength(1);
    expect(scansOf(queries)).toEqual([]);
  });
});

describe('search', () => {
  it.each(['stunting', 'posyandu kelara', 'r'])('“%s”: the FTS index, then each hit by key', async (query) => {
    const { queries } = await plansOf('search.query', { query });
    expect(queries.length).toBeGreaterThan(0);
    expect(scansOf(queries)).toEqual([]);
    for (const step of queries.filter((q) => /FROM search_index WHERE search_index MATCH/.test(q.sql))) {
      expect(step.plan[0]).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX \d+:M/);
    }
    const hits = queries.find((q) => /FROM search_docs d/.test(q.sql));
    if (hits) expect(hits.plan[0]).toBe('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
  });
});

describe('meeting workspace', () => {
  it('reads the meeting, its agenda, participants, minutes, decisions, commitments and history by meeting', async () => {
    const { value: list } = await plansOf('meetings.list', { ...PAGE, status: 'approved' });
    const id = list.items[0]?.id as string;
    const { value, queries } = await plansOf('meetings.workspace', { id });
    expect(value.agenda.length).toBeGreaterThan(0);
    expect(scansOf(queries)).toEqual([]);
    const first = (pattern: RegExp) => find(queries, pattern).plan[0];
    expect(first(/ FROM agenda_items a /)).toBe('SEARCH a USING INDEX agenda_items_meeting (meeting_id=?)');
    expect(first(/ FROM meeting_participants mp /)).toBe(
      'SEARCH mp USING INDEX meeting_participants_meeting (meeting_id=?)',
    );
    expect(first(/ FROM minutes_entries e /)).toBe('SEARCH e USING INDEX minutes_entries_meeting (meeting_id=?)');
    expect(first(/ FROM decisions WHERE meeting_id/)).toBe(
      'SEARCH decisions USING INDEX decisions_meeting (meeting_id=?)',
    );
    expect(first(/ FROM commitments c .*WHERE c\.meeting_id = /)).toBe(
      'SEARCH c USING INDEX commitments_meeting (meeting_id=?)',
    );
    expect(find(queries, / FROM history WHERE meeting_id/).plan).toContain(
      'SEARCH history USING INDEX history_meeting (meeting_id=?)',
    );
  });
});

describe('action plan', () => {
  it('opens a plan with all its rows, places, supporters, funding and commitments by plan', async () => {
    const { value: plans, queries: listQueries } = await plansOf('plans.list', { ...PAGE });
    expect(scansOf(listQueries)).toEqual([]);
    const id = plans.items[0]?.id as string;
    const { value, queries } = await plansOf('plans.get', { id });
    expect(value.rows.length).toBeGreaterThan(0);
    expect(scansOf(queries)).toEqual([]);
    const byPlan = queries.filter((q) => /FROM plan_rows r /.test(q.sql) && /r\.plan_id = \?/.test(q.sql));
    expect(byPlan.length).toBeGreaterThanOrEqual(5);
    for (const query of byPlan) expect(query.plan[0]).toBe('SEARCH r USING INDEX plan_rows_plan (plan_id=?)');
  });
});
