import type { Sector } from '../../../shared/domain/directory';
import type { Db } from '../../db/connection';
import { areaParams, inAreaSql, overdueSql, todayParams, zoneToday, type LedgerClock } from './ledger';
import { groupRepresentativesSql } from '../../directory/repositories/links';

type Params = Record<string, string | number>;

/** First and last day, inclusive, `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Counts of one group of commitments. */
export interface GroupCounts {
  total: number;
  done: number;
  cancelled: number;
  open: number;
  overdue: number;
}

interface InstitutionCounts extends GroupCounts {
  institutionId: string;
  name: string;
  sector: Sector;
}

interface OfficeCounts extends GroupCounts {
  officeId: string;
  name: string;
}

/** Which commitments a dashboard looks at: of meetings in an area, owned by an office (issue 11), or all. */
export interface DashboardScope {
  areaCode?: string | undefined;
  officeId?: string | undefined;
}

interface AreaCounts extends GroupCounts {
  code: string;
  name: string;
}

const COUNTS = (c: string) => `count(*) AS total, sum(${c}.status = 'done') AS done,
  sum(${c}.status = 'cancelled') AS cancelled, sum(${c}.status IN ('not_started', 'in_progress')) AS open,
  sum(${overdueSql(c)}) AS overdue`;

/**
 * The chair's dashboard for a period. Each figure is one grouped pass over a covering index of the
 * listed commitments due in the period (`commitments_ledger_due` starts with the due date): per institution (sectors and the totals are sums of those rows), per meeting
 * (then per area of the meeting), completions by `completed_on`, due dates by month. Completions
 * are found by date (`+c.status` keeps SQLite from reading every done commitment instead).
 */
export function dashboardRepository(db: Db) {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  function statement(sql: string) {
    let prepared = cache.get(sql);
    if (!prepared) {
      prepared = db.prepare(sql);
      cache.set(sql, prepared);
    }
    return prepared;
  }

  function scope({ areaCode, officeId }: DashboardScope): { where: string; params: Params } {
    const conditions = ['c.listed = 1'];
    const params: Params = {};
    if (officeId) {
      conditions.push('c.owner_office_id = @officeId');
      params.officeId = officeId;
    }
    if (areaCode) {
      conditions.push(inAreaSql());
      Object.assign(params, areaParams(areaCode));
    }
    return { where: conditions.join(' AND '), params };
  }

  /** The commitments due in a period (inclusive dates), in an area or everywhere. */
  function dueIn(filter: DashboardScope, range: DateRange): { where: string; params: Params } {
    const { where, params } = scope(filter);
    return {
      where: `${where} AND c.due_date >= @dueFrom AND c.due_date <= @dueTo`,
      params: { ...params, dueFrom: range.from, dueTo: range.to },
    };
  }

  return {
    /** The extent of the data: the first and last due dates (null without any). */
    dueExtent(filter: DashboardScope): { from: string; to: string } | null {
      const { where, params } = scope(filter);
      const first = statement(
        `SELECT min(c.due_date) FROM commitments c WHERE ${where} AND c.due_date IS NOT NULL`,
      ).pluck();
      const last = statement(`SELECT max(c.due_date) FROM commitments c WHERE ${where}`).pluck();
      const from = first.get(params) as string | null;
      const to = last.get(params) as string | null;
      return from && to ? { from, to } : null;
    },

    /** The last due date up to `to`, and the first after it (what the default period is chosen from). */
    dueAround(filter: DashboardScope, to: string): { latestUpTo: string | null; firstAfter: string | null } {
      const { where, params } = scope(filter);
      const latest = statement(`SELECT max(c.due_date) FROM commitments c WHERE ${where} AND c.due_date <= @to`);
      const first = statement(`SELECT min(c.due_date) FROM commitments c WHERE ${where} AND c.due_date > @to`);
      return {
        latestUpTo: latest.pluck().get({ ...params, to }) as string | null,
        firstAfter: first.pluck().get({ ...params, to }) as string | null,
      };
    },

    perInstitution(filter: DashboardScope, range: DateRange, clock: LedgerClock): InstitutionCounts[] {
      const { where, params } = dueIn(filter, range);
      // Linked copies of one institution (the shared directory) are one row, under the record the directory shows.
      const rows = statement(
        `SELECT r.groupId AS institutionId, sum(r.total) AS total, sum(r.done) AS done, sum(r.cancelled) AS cancelled,
           sum(r.open) AS open, sum(r.overdue) AS overdue, i.name, i.sector FROM (
           SELECT coalesce(k.rep, g.institutionId) AS groupId, g.total, g.done, g.cancelled, g.open, g.overdue FROM (
             SELECT c.institution_id AS institutionId, ${COUNTS('c')} FROM commitments c WHERE ${where}
             GROUP BY c.institution_id) g
           LEFT JOIN ${groupRepresentativesSql('institutions')} k ON k.id = g.institutionId) r
         JOIN institutions i ON i.id = r.groupId GROUP BY r.groupId`,
      ).all({ ...params, ...todayParams(clock) });
      return rows as InstitutionCounts[];
    },

    /**
     * Per office that owns commitments due in the period (a kabupaten holding kecamatan's data,
     * issue 11), one grouped pass; named as this installation knows it.
     */
    perOffice(filter: DashboardScope, range: DateRange, clock: LedgerClock): OfficeCounts[] {
      const { where, params } = dueIn(filter, range);
      const rows = statement(
        `SELECT g.*, coalesce(nullif(o.name, ''), g.officeId) AS name FROM (
           SELECT c.owner_office_id AS officeId, ${COUNTS('c')} FROM commitments c
           WHERE ${where} AND c.owner_office_id IS NOT NULL GROUP BY c.owner_office_id) g
         LEFT JOIN offices o ON o.id = g.officeId ORDER BY name COLLATE NOCASE`,
      ).all({ ...params, ...todayParams(clock) });
      return rows as OfficeCounts[];
    },

    /**
     * Per area of the meetings: each meeting area cut to `keyLength` characters of its code
     * (8 = kecamatan `73.04.05`, 13 = desa); a commitment counts once for each distinct key of its
     * meeting, so a two-kecamatan Rakor counts for both. With an area filter, only keys within it.
     */
    perArea(filter: DashboardScope, range: DateRange, keyLength: number, clock: LedgerClock): AreaCounts[] {
      const { where, params } = dueIn(filter, range);
      const keysWhere = filter.areaCode
        ? 'WHERE ma.area_code = @areaCode OR (ma.area_code > @areaLow AND ma.area_code < @areaHigh)'
        : '';
      const rows = statement(
        `WITH per_meeting AS (
           SELECT c.meeting_id, ${COUNTS('c')} FROM commitments c
           WHERE ${where} AND c.meeting_id IS NOT NULL GROUP BY c.meeting_id),
         keys AS (SELECT DISTINCT ma.meeting_id, substr(ma.area_code, 1, @keyLength) AS code
           FROM meeting_areas ma ${keysWhere})
         SELECT k.code, a.name, sum(pm.total) AS total, sum(pm.done) AS done, sum(pm.cancelled) AS cancelled,
           sum(pm.open) AS open, sum(pm.overdue) AS overdue
         FROM per_meeting pm JOIN keys k ON k.meeting_id = pm.meeting_id JOIN areas a ON a.code = k.code
         GROUP BY k.code ORDER BY k.code`,
      ).all({ ...params, ...todayParams(clock), keyLength });
      return rows as AreaCounts[];
    },

    /** Per month `YYYY-MM` of the due dates in a period: the commitments due (not cancelled) and, of those, done. */
    monthly(filter: DashboardScope, range: DateRange): { month: string; due: number; done: number }[] {
      const { where, params } = dueIn(filter, range);
      return statement(
        `SELECT substr(c.due_date, 1, 7) AS month, count(*) AS due, sum(c.status = 'done') AS done FROM commitments c
         WHERE ${where} AND c.status <> 'cancelled' GROUP BY month`,
      ).all(params) as { month: string; due: number; done: number }[];
    },

    /**
     * The overdue commitments due in a period, most days late first (days counted in each one's
     * zone): their keys (rowids) for the ledger's rows.
     */
    topOverdueKeys(filter: DashboardScope, range: DateRange, limit: number, clock: LedgerClock): number[] {
      const { where, params } = dueIn(filter, range);
      return statement(
        `SELECT c.rowid FROM commitments c WHERE ${where} AND ${overdueSql('c')}
         ORDER BY julianday(${zoneToday('c')}) - julianday(c.due_date) DESC, c.due_date, c.rowid LIMIT @limit`,
      )
        .pluck()
        .all({ ...params, ...todayParams(clock), limit }) as number[];
    },
  };
}
