import type { AreaLevel } from '../../../shared/domain/areas';
import type { Page } from '../../../shared/domain/directory';
import type { ActionPlan, PlanStatus, PlanTotals } from '../../../shared/domain/plans';
import { foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';
import { FOREIGN_OWNED } from '../../db/ownership';

export interface PlanFields {
  title: string;
  status: PlanStatus;
  adoptedMeetingId: string | null;
  /** Left out on update: unchanged. */
  priorityVillageCodes?: string[] | undefined;
}

interface PlanRow extends OriginColumns {
  id: string;
  area_code: string;
  area_name: string;
  area_level: AreaLevel;
  year: number;
  title: string;
  status: PlanStatus;
  adopted_meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  copied_from_plan_id: string | null;
  row_count: number;
  total_amount: number;
  created_at: string;
  updated_at: string;
}

/** Row count and total of a plan, from its live rows (index plan_rows_plan, then the row's funding lines). */
const SELECT = `SELECT p.id, p.area_code, a.name AS area_name, a.level AS area_level, p.year, p.title, p.status,
    p.adopted_meeting_id, m.title AS meeting_title, m.date AS meeting_date, p.copied_from_plan_id,
    (SELECT count(*) FROM plan_rows r WHERE r.plan_id = p.id AND r.deleted_at IS NULL) AS row_count,
    (SELECT coalesce(sum(f.amount), 0) FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id
      WHERE r.plan_id = p.id AND r.deleted_at IS NULL) AS total_amount,
    p.created_at, p.updated_at, ${ORIGIN_COLUMNS('p')}
  FROM action_plans p JOIN areas a ON a.code = p.area_code LEFT JOIN meetings m ON m.id = p.adopted_meeting_id`;

const SELECT_LIGHT = `SELECT p.id, p.area_code, a.name AS area_name, a.level AS area_level, p.year, p.title, p.status,
    p.adopted_meeting_id, m.title AS meeting_title, m.date AS meeting_date, p.copied_from_plan_id, p.created_at,
    p.updated_at, ${ORIGIN_COLUMNS('p')}
  FROM action_plans p JOIN areas a ON a.code = p.area_code LEFT JOIN meetings m ON m.id = p.adopted_meeting_id`;

function toPlan(row: PlanRow, priorityVillageCodes: string[]): ActionPlan {
  return {
    id: row.id,
    areaCode: row.area_code,
    areaName: row.area_name,
    areaLevel: row.area_level,
    year: row.year,
    title: row.title,
    status: row.status,
    adoptedMeetingId: row.adopted_meeting_id,
    adoptedMeetingTitle: row.meeting_title,
    adoptedMeetingDate: row.meeting_date,
    copiedFromPlanId: row.copied_from_plan_id,
    priorityVillageCodes,
    rowCount: row.row_count,
    totalAmount: row.total_amount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: originOfRow(row),
  };
}

/** Action plans: one live plan per area and year (index action_plans_area_year_unique). */
export function plansRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], PlanRow>(`${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`);
  const byIdLight = db.prepare<[string], Omit<PlanRow, 'row_count' | 'total_amount'>>(
    `${SELECT_LIGHT} WHERE p.id = ? AND p.deleted_at IS NULL`,
  );
  const villagesOf = db.prepare<[string], { area_code: string }>(
    'SELECT area_code FROM plan_priority_villages WHERE plan_id = ? ORDER BY position, area_code',
  );
  const insert = db.prepare(
    `INSERT INTO action_plans (id, area_code, year, title, status, adopted_meeting_id, copied_from_plan_id,
       created_at, updated_at)
     VALUES (@id, @areaCode, @year, @title, @status, @adoptedMeetingId, @copiedFromPlanId, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE action_plans SET title = @title, status = @status, adopted_meeting_id = @adoptedMeetingId, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const touch = db.prepare('UPDATE action_plans SET updated_at = @at WHERE id = @id');
  const clearVillages = db.prepare('DELETE FROM plan_priority_villages WHERE plan_id = ?');
  const insertVillage = db.prepare(
    'INSERT INTO plan_priority_villages (plan_id, area_code, position) VALUES (@planId, @code, @position)',
  );
  const softDelete = db.prepare(
    'UPDATE action_plans SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const deleteRows = db.prepare(
    'UPDATE plan_rows SET deleted_at = @at, updated_at = @at WHERE plan_id = @id AND deleted_at IS NULL',
  );
  const unlinkCommitments = db.prepare(
    'UPDATE commitments SET plan_row_id = NULL WHERE plan_row_id IN (SELECT id FROM plan_rows WHERE plan_id = ?)',
  );
  const ofAreaYear = db.prepare<{ area: string; year: number }, { id: string }>(
    `SELECT id FROM action_plans p WHERE area_code = @area AND year = @year AND deleted_at IS NULL
     AND NOT ${FOREIGN_OWNED('p')}`,
  );

  return {
    /** The plan; with `totals` at hand (just computed), its row count and total are taken from them. */
    get(id: string, totals?: Pick<PlanTotals, 'rows' | 'overall'>): ActionPlan | null {
      let row: PlanRow | undefined;
      if (totals) {
        const light = byIdLight.get(id);
        row = light ? { ...light, row_count: totals.rows, total_amount: totals.overall } : undefined;
      } else row = byId.get(id);
      return row
        ? toPlan(
            row,
            villagesOf.all(id).map((v) => v.area_code),
          )
        : null;
    },

    /** The live plan of an area and year, if any. */
    idOf(areaCode: string, year: number): string | null {
      return ofAreaYear.get({ area: areaCode, year })?.id ?? null;
    },

    create(
      fields: PlanFields & { areaCode: string; year: number; copiedFromPlanId: string | null },
      id: string = newId(),
    ): ActionPlan {
      insert.run({ ...fields, id, at: now().toISOString() });
      this.setPriorityVillages(id, fields.priorityVillageCodes ?? []);
      return this.get(id) as ActionPlan;
    },

    update(id: string, fields: PlanFields): ActionPlan | null {
      const { priorityVillageCodes, ...columns } = fields;
      if (!update.run({ ...columns, id, at: now().toISOString() }).changes) return null;
      if (priorityVillageCodes) this.setPriorityVillages(id, priorityVillageCodes);
      return this.get(id);
    },

    setPriorityVillages(id: string, codes: readonly string[]): void {
      clearVillages.run(id);
      codes.forEach((code, position) => insertVillage.run({ planId: id, code, position }));
    },

    touch(id: string): void {
      touch.run({ id, at: now().toISOString() });
    },

    /** The plan, its rows (soft) and the commitments' links to them. */
    remove(id: string): boolean {
      const at = now().toISOString();
      if (!softDelete.run({ id, at }).changes) return false;
      unlinkCommitments.run(id);
      deleteRows.run({ id, at });
      return true;
    },

    list(options: {
      query: string;
      areaCode?: string | undefined;
      officeId?: string | undefined;
      year?: number | undefined;
      status?: PlanStatus | undefined;
      limit: number;
      offset: number;
    }): Page<ActionPlan> {
      const conditions = ['p.deleted_at IS NULL'];
      const params: Record<string, string | number> = {};
      if (options.areaCode) {
        conditions.push("(p.area_code = @area OR (p.area_code > @area || '.' AND p.area_code < @area || '/'))");
        params.area = options.areaCode;
      }
      if (options.officeId) {
        conditions.push('p.owner_office_id = @officeId');
        params.officeId = options.officeId;
      }
      if (options.year !== undefined) {
        conditions.push('p.year = @year');
        params.year = options.year;
      }
      if (options.status) {
        conditions.push('p.status = @status');
        params.status = options.status;
      }
      const where = conditions.join(' AND ');
      const query = foldForSearch(options.query);
      // Plans are few (one per area and year): the text filter runs in code on the light columns,
      // and only the page is read in full (with its row counts and totals).
      const matching = db
        .prepare<Record<string, string | number>, { id: string; title: string; area_name: string; year: number }>(
          `SELECT p.id, p.title, a.name AS area_name, p.year FROM action_plans p JOIN areas a ON a.code = p.area_code
           WHERE ${where} ORDER BY p.year DESC, p.area_code, p.id`,
        )
        .all(params)
        .filter((row) => !query || foldForSearch(`${row.title} ${row.area_name} ${row.year}`).includes(query));
      return {
        items: matching
          .slice(options.offset, options.offset + options.limit)
          .map((row) => this.get(row.id))
          .filter((plan): plan is ActionPlan => plan !== null),
        total: matching.length,
      };
    },
  };
}
