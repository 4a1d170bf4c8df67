import type Database from 'better-sqlite3';
import type { TimeZone } from '../../../shared/domain/areas';
import type { CommitmentStatus } from '../../../shared/domain/commitments';
import type { Sector } from '../../../shared/domain/directory';
import type { LedgerItem, LedgerSort } from '../../../shared/domain/follow-up';
import { isOverdue, localDateIn } from '../../../shared/domain/overdue';
import { parentOfCode } from '../../../shared/domain/areas';
import type { Db } from '../../db/connection';
import { ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';
import { matchExpression, queryWords } from '../../search/fts';
import { linkedIdsSql } from '../../directory/repositories/links';

/**
 * The clock as the ledger needs it: "today" in each Indonesian time zone (overdue compares a due
 * date with the today of the commitment's meeting), and the zone of commitments without a meeting
 * (the office's).
 */
export interface LedgerClock {
  now: Date;
  officeZone: TimeZone;
}

export interface LedgerFilter {
  query?: string;
  statuses?: CommitmentStatus[] | undefined;
  overdueOnly?: boolean;
  institutionId?: string | undefined;
  sector?: Sector | undefined;
  areaCode?: string | undefined;
  meetingId?: string | undefined;
  /** Commitments owned by this office (issue 11: a kabupaten holds many offices' records). */
  officeId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  completedFrom?: string | undefined;
  completedTo?: string | undefined;
}

/** A ledger row with the columns the XLSX export adds. */
export interface LedgerRow extends LedgerItem {
  indicator: string | null;
  target: string | null;
}

type Params = Record<string, string | number>;

interface ItemRow extends OriginColumns {
  id: string;
  institution_id: string;
  institution_name: string;
  institution_sector: Sector;
  contact_person_name: string | null;
  description: string;
  indicator: string | null;
  target: string | null;
  due_date: string | null;
  status: CommitmentStatus;
  zone: TimeZone;
  last_on: string | null;
  last_note: string | null;
  last_percent: number | null;
  meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  area_names: string | null;
  plan_id: string | null;
  plan_title: string | null;
  plan_year: number | null;
  plan_row_position: number | null;
}

const OPEN = "('not_started', 'in_progress')";

/** The zone-aware "today" as three parameters; SQL picks one per row with `zoneToday`. */
export function todayParams(clock: LedgerClock): Params {
  return {
    todayWib: localDateIn('WIB', clock.now),
    todayWita: localDateIn('WITA', clock.now),
    todayWit: localDateIn('WIT', clock.now),
    officeZone: clock.officeZone,
  };
}

/** The "today" of commitment `c`'s zone, from the parameters of `todayParams`. */
export const zoneToday = (c = 'c') =>
  `CASE coalesce(${c}.meeting_zone, @officeZone) WHEN 'WIB' THEN @todayWib WHEN 'WITA' THEN @todayWita ` +
  `ELSE @todayWit END`;

/** Overdue, as `isOverdue` decides it, in SQL. */
export const overdueSql = (c = 'c') => `(${c}.status IN ${OPEN} AND ${c}.due_date < ${zoneToday(c)})`;

/** Commitments of meetings of an area or of any area under it (codes sort `X` < `X.…` < `X/`). */
export const inAreaSql = (c = 'c') =>
  `${c}.meeting_id IN (SELECT ma.meeting_id FROM meeting_areas ma
     WHERE ma.area_code = @areaCode OR (ma.area_code > @areaLow AND ma.area_code < @areaHigh))`;

export function areaParams(areaCode: string): Params {
  return { areaCode, areaLow: `${areaCode}.`, areaHigh: `${areaCode}/` };
}

/** The FTS5 MATCH of a filter's search words over commitments' descriptions; null without words. */
export function descriptionMatch(filter: LedgerFilter): string | null {
  const match = matchExpression(queryWords(filter.query ?? ''), ['title']);
  // The description is the title column of a commitment's row in the index.
  return match ? `${match} AND kind : commitment` : null;
}

/**
 * The commitments' FTS rows matching a filter's search words, read once per call and given to the
 * page and count queries as a list. `drives`: start from them (few); otherwise the unary + keeps
 * SQLite from doing so (a common word matches tens of thousands, each a seek): the other filters
 * or the sort's index drive, and each row's FTS row is looked up in the list.
 */
interface TextMatches {
  docs: readonly number[];
  drives: boolean;
}

/** The WHERE of a filter over `commitments c` (listed ones only) and its parameters. */
function ledgerWhere(
  filter: LedgerFilter,
  clock: LedgerClock,
  text: TextMatches | null = null,
): { where: string; params: Params } {
  const conditions = ['c.listed = 1'];
  const params: Params = {};
  const statuses = filter.statuses ?? [];
  if (statuses.length > 0) {
    conditions.push(`c.status IN (${statuses.map((_, i) => `@status${i}`).join(', ')})`);
    statuses.forEach((status, i) => (params[`status${i}`] = status));
  }
  if (filter.overdueOnly) {
    conditions.push(overdueSql());
    Object.assign(params, todayParams(clock));
  }
  if (filter.institutionId) {
    // An institution's linked copies (another office's record of the same Puskesmas) count as it.
    conditions.push(`c.institution_id IN ${linkedIdsSql('institutions', '@institutionId')}`);
    params.institutionId = filter.institutionId;
  }
  if (filter.sector) {
    conditions.push('c.institution_id IN (SELECT id FROM institutions WHERE sector = @sector)');
    params.sector = filter.sector;
  }
  if (filter.areaCode) {
    conditions.push(inAreaSql());
    Object.assign(params, areaParams(filter.areaCode));
  }
  if (filter.meetingId) {
    conditions.push('c.meeting_id = @meetingId');
    params.meetingId = filter.meetingId;
  }
  if (filter.officeId) {
    conditions.push('c.owner_office_id = @officeId');
    params.officeId = filter.officeId;
  }
  if (filter.dueFrom) {
    conditions.push('c.due_date >= @dueFrom');
    params.dueFrom = filter.dueFrom;
  }
  if (filter.dueTo) {
    conditions.push('c.due_date <= @dueTo');
    params.dueTo = filter.dueTo;
  }
  if (filter.completedFrom) {
    conditions.push('c.completed_on >= @completedFrom');
    params.completedFrom = filter.completedFrom;
  }
  if (filter.completedTo) {
    conditions.push('c.completed_on <= @completedTo');
    params.completedTo = filter.completedTo;
  }
  if (text) {
    conditions.push(`${text.drives ? '' : '+'}c.search_doc IN (SELECT value FROM json_each(@docs))`);
    params.docs = JSON.stringify(text.docs);
  }
  return { where: conditions.join(' AND '), params };
}

// Ties are broken by rowid: every index carries it, so a page's ids and order come from an index
// without reading the (wide) commitment rows.
const ORDER: Record<LedgerSort, string> = {
  due_asc: 'c.due_date IS NULL, c.due_date, c.rowid',
  due_desc: 'c.due_date DESC, c.rowid DESC',
  updated_desc: 'c.updated_at DESC, c.rowid DESC',
  meeting_desc: 'c.meeting_at DESC, c.meeting_id DESC, c.position, c.rowid',
  institution: 'i.name COLLATE NOCASE, i.id, c.due_date IS NULL, c.due_date, c.rowid',
};

/** The filters that pick few commitments through an index of their own. */
function isSelective(filter: LedgerFilter): boolean {
  return Boolean(filter.institutionId || filter.meetingId || filter.areaCode || filter.officeId);
}

/** Search words matching at most this many commitments drive the query (see `ledgerWhere`). */
const TEXT_DRIVES_UP_TO = 5_000;

/** The FROM and ORDER BY of a page query in `sort`. */
function ledgerOrder(
  sort: LedgerSort,
  filter: LedgerFilter,
  text: TextMatches | null = null,
): { from: string; orderBy: string } {
  if (sort !== 'institution') return { from: 'commitments c', orderBy: ORDER[sort] };
  // Unfiltered, walk institutions by name and each one's commitments by due date (no sort of
  // 50,000 rows); with a selective filter, let SQLite start from the few rows it picks.
  const from =
    isSelective(filter) || text?.drives
      ? 'institutions i JOIN commitments c ON c.institution_id = i.id'
      : 'institutions i CROSS JOIN commitments c INDEXED BY commitments_ledger_institution ON c.institution_id = i.id';
  return { from, orderBy: ORDER.institution };
}

const ITEM_COLUMNS = `c.id, c.institution_id, i.name AS institution_name, i.sector AS institution_sector,
  p.name AS contact_person_name, c.description, c.indicator, c.target, c.due_date, c.status,
  coalesce(c.meeting_zone, @officeZone) AS zone, u.reported_on AS last_on, u.note AS last_note,
  u.percent AS last_percent, c.meeting_id, m.title AS meeting_title, m.date AS meeting_date,
  (SELECT json_group_array(name) FROM (SELECT a.name FROM meeting_areas ma JOIN areas a ON a.code = ma.area_code
     WHERE ma.meeting_id = c.meeting_id ORDER BY ma.position)) AS area_names,
  pr.plan_id, pl.title AS plan_title, pl.year AS plan_year, pr.position AS plan_row_position, ${ORIGIN_COLUMNS('c')}`;

const ITEM_JOINS = `JOIN institutions i ON i.id = c.institution_id
  LEFT JOIN people p ON p.id = c.contact_person_id
  LEFT JOIN meetings m ON m.id = c.meeting_id
  LEFT JOIN commitment_updates u ON u.id = c.last_update_id
  LEFT JOIN plan_rows pr ON pr.id = c.plan_row_id
  LEFT JOIN action_plans pl ON pl.id = pr.plan_id`;

/** Rows for a JSON array of ids `@ids`, in that order, each joined by key. */
export const ROWS_SQL = `SELECT ${ITEM_COLUMNS}
  FROM json_each(@ids) j CROSS JOIN commitments c ON c.rowid = j.value ${ITEM_JOINS}
  ORDER BY j.key`;

function toRow(row: ItemRow, now: Date): LedgerRow {
  return {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    institutionSector: row.institution_sector,
    contactPersonName: row.contact_person_name,
    description: row.description,
    indicator: row.indicator,
    target: row.target,
    dueDate: row.due_date,
    status: row.status,
    overdue: isOverdue({ status: row.status, dueDate: row.due_date }, row.zone, now),
    lastUpdateOn: row.last_on,
    lastUpdateNote: row.last_note,
    lastUpdatePercent: row.last_percent,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    meetingDate: row.meeting_date,
    timeZone: row.zone,
    areaNames: row.area_names ? (JSON.parse(row.area_names) as string[]) : [],
    planRow:
      row.plan_id === null
        ? null
        : {
            planId: row.plan_id,
            planTitle: row.plan_title ?? '',
            planYear: row.plan_year ?? 0,
            number: (row.plan_row_position ?? 0) + 1,
          },
    origin: originOfRow(row),
  };
}

/** A LedgerItem without the export's extra columns. */
export function toLedgerItem(row: LedgerRow): LedgerItem {
  const { indicator: _indicator, target: _target, ...item } = row;
  return item;
}

interface LedgerPageOptions {
  sort: LedgerSort;
  limit: number;
  offset: number;
}

/**
 * The follow-up ledger. A page is read in two steps: the ids of the page (filters and sort on the
 * commitments' own indexes, no joins), then the 100 rows with names and the last update by key.
 * The total is a count over the same WHERE, answered from a covering index.
 */
export function ledgerRepository(db: Db) {
  const statements = new Map<string, Database.Statement<Params>>();
  function statement(sql: string): Database.Statement<Params> {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare<Params>(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  }
  const rowsByIds = db.prepare<Params, ItemRow>(ROWS_SQL);
  const matches = db
    .prepare<{ match: string }, number>('SELECT rowid FROM search_index WHERE search_index MATCH @match')
    .pluck();

  /** The FTS rows of the filter's search words; null without words. */
  function textOf(filter: LedgerFilter): TextMatches | null {
    const match = descriptionMatch(filter);
    if (match === null) return null;
    const docs = matches.all({ match });
    return { docs, drives: !isSelective(filter) && docs.length <= TEXT_DRIVES_UP_TO };
  }

  /** Rows by their keys (commitments' rowids, as the page queries return them), in that order. */
  function rows(keys: readonly number[], clock: LedgerClock): LedgerRow[] {
    const out: LedgerRow[] = [];
    for (let i = 0; i < keys.length; i += 1000) {
      const chunk = JSON.stringify(keys.slice(i, i + 1000));
      for (const row of rowsByIds.all({ ids: chunk, officeZone: clock.officeZone })) out.push(toRow(row, clock.now));
    }
    return out;
  }

  return {
    /** The SQL of the page and count queries (also for EXPLAIN QUERY PLAN in tests). */
    sqlOf(filter: LedgerFilter, sort: LedgerSort, clock: LedgerClock, text = textOf(filter)) {
      const { where, params } = ledgerWhere(filter, clock, text);
      const { from, orderBy } = ledgerOrder(sort, filter, text);
      return {
        page: `SELECT c.rowid FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`,
        count: `SELECT count(*) AS n FROM commitments c WHERE ${where}`,
        params,
      };
    },

    page(filter: LedgerFilter, options: LedgerPageOptions, clock: LedgerClock): { items: LedgerItem[]; total: number } {
      const text = textOf(filter);
      if (text?.docs.length === 0) return { items: [], total: 0 };
      const { page, count, params } = this.sqlOf(filter, options.sort, clock, text);
      const keys = statement(page)
        .pluck()
        .all({ ...params, limit: options.limit, offset: options.offset }) as number[];
      const total = statement(count).pluck().get(params) as number;
      return { items: rows(keys, clock).map(toLedgerItem), total };
    },

    /** Every row of a filter, in `sort` order, with the export's columns. */
    all(filter: LedgerFilter, sort: LedgerSort, clock: LedgerClock): LedgerRow[] {
      const text = textOf(filter);
      if (text?.docs.length === 0) return [];
      const { page, params } = this.sqlOf(filter, sort, clock, text);
      const keys = statement(page)
        .pluck()
        .all({ ...params, limit: -1, offset: 0 }) as number[];
      return rows(keys, clock);
    },

    rows,

    /**
     * The commitments a meeting reviews (carry-over): of earlier meetings (`meetingAt` is
     * `YYYY-MM-DD HH:MM`: an earlier date, or the same date and an earlier start) that share an
     * area with it, or whose area lies under or above one of its areas; open, or updated during
     * this meeting; by due date.
     */
    carryOverKeys(meetingId: string, meetingAt: string, areaCodes: readonly string[]): number[] {
      const exact = new Set<string>();
      for (const code of areaCodes) {
        for (let c: string | null = code; c; c = parentOfCode(c)) exact.add(c);
      }
      const params: Params = { meetingId, meetingAt, exact: JSON.stringify([...exact]) };
      const under = areaCodes.map((code, i) => {
        params[`low${i}`] = `${code}.`;
        params[`high${i}`] = `${code}/`;
        return ` OR (ma.area_code > @low${i} AND ma.area_code < @high${i})`;
      });
      const sql = `SELECT c.rowid FROM commitments c
        WHERE c.listed = 1 AND c.meeting_id <> @meetingId AND c.meeting_at < @meetingAt
          AND (c.status IN ${OPEN} OR c.id IN (SELECT u.commitment_id FROM commitment_updates u
            WHERE u.meeting_id = @meetingId AND u.deleted_at IS NULL))
          AND c.meeting_id IN (SELECT ma.meeting_id FROM meeting_areas ma
            WHERE ma.area_code IN (SELECT value FROM json_each(@exact))${under.join('')})
        ORDER BY ${ORDER.due_asc}`;
      return statement(sql).pluck().all(params) as number[];
    },
  };
}
