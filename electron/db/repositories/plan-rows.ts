import type {
  FundingLine,
  FundingSource,
  InstitutionRef,
  InterventionKind,
  PlanRow,
  PlanRowFields,
  PlanRowStatus,
  PlanTotals,
  PlanVillage,
} from '../../../shared/domain/plans';
import { orderTotals } from '../../../shared/plans/totals';
import type { Db } from '../connection';
import { newId } from '../ids';

interface RowRecord {
  id: string;
  plan_id: string;
  position: number;
  activity: string;
  budget_code: string | null;
  intervention_id: string | null;
  intervention_code: string | null;
  intervention_name: string | null;
  intervention_kind: InterventionKind;
  convergence_action_id: string | null;
  target_group: string | null;
  indicator: string | null;
  target_volume: number | null;
  target_unit: string | null;
  responsible_institution_id: string | null;
  responsible_name: string | null;
  schedule_months: number;
  status: PlanRowStatus;
  realisation_percent: number | null;
  realisation_amount: number | null;
  notes: string | null;
  updated_at: string;
}

interface LocationRecord {
  row_id: string;
  code: string;
  name: string;
  kecamatan_code: string;
  kecamatan_name: string | null;
}

interface SupporterRecord {
  row_id: string;
  id: string;
  name: string;
}

interface FundingRecord {
  row_id: string;
  funding_source_id: string;
  code: string;
  name: string;
  amount: number;
}

const ROW_COLUMNS = `r.id, r.plan_id, r.position, r.activity, r.budget_code, r.intervention_id,
  i.code AS intervention_code, i.name AS intervention_name, r.intervention_kind, r.convergence_action_id,
  r.target_group, r.indicator, r.target_volume, r.target_unit, r.responsible_institution_id,
  inst.name AS responsible_name, r.schedule_months, r.status, r.realisation_percent, r.realisation_amount, r.notes,
  r.updated_at
  FROM plan_rows r LEFT JOIN interventions i ON i.id = r.intervention_id
  LEFT JOIN institutions inst ON inst.id = r.responsible_institution_id`;

/** Where a set of rows is chosen: the live rows of a plan, or live rows by id (a JSON array). */
const OF_PLAN = 'r.plan_id = ? AND r.deleted_at IS NULL';
const OF_IDS = 'r.id IN (SELECT value FROM json_each(?)) AND r.deleted_at IS NULL';

function groupBy<T extends { row_id: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.row_id);
    if (list) list.push(record);
    else map.set(record.row_id, [record]);
  }
  return map;
}

/** What a row stores, with the kind already resolved from its intervention. */
export type StoredRowFields = PlanRowFields;

/**
 * Plan rows with their locations (desa lokus), supporting institutions, funding lines and the
 * commitments linked to them. Reads take a whole plan or a set of ids in a few queries each, so a
 * 3,000-row plan loads in one pass per table.
 */
export function planRowsRepository(db: Db) {
  const statements = (where: string) => ({
    rows: db.prepare<[string], RowRecord>(`SELECT ${ROW_COLUMNS} WHERE ${where} ORDER BY r.position, r.id`),
    locations: db.prepare<[string], LocationRecord>(
      `SELECT l.row_id, a.code, a.name, a.parent_code AS kecamatan_code, k.name AS kecamatan_name
       FROM plan_rows r JOIN plan_row_locations l ON l.row_id = r.id JOIN areas a ON a.code = l.area_code
       LEFT JOIN areas k ON k.code = a.parent_code
       WHERE ${where} ORDER BY l.row_id, a.code`,
    ),
    supporters: db.prepare<[string], SupporterRecord>(
      `SELECT s.row_id, inst.id, inst.name
       FROM plan_rows r JOIN plan_row_supporters s ON s.row_id = r.id JOIN institutions inst ON inst.id = s.institution_id
       WHERE ${where} ORDER BY s.row_id, inst.name, inst.id`,
    ),
    funding: db.prepare<[string], FundingRecord>(
      `SELECT f.row_id, f.funding_source_id, s.code, s.name, f.amount
       FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id JOIN funding_sources s ON s.id = f.funding_source_id
       WHERE ${where} ORDER BY f.row_id, f.position`,
    ),
    commitments: db.prepare<[string], { row_id: string; id: string }>(
      `SELECT c.plan_row_id AS row_id, c.id FROM plan_rows r JOIN commitments c ON c.plan_row_id = r.id
       WHERE ${where} AND c.deleted_at IS NULL ORDER BY c.plan_row_id, c.position, c.id`,
    ),
  });
  const ofPlan = statements(OF_PLAN);
  const ofIds = statements(OF_IDS);

  function read(set: ReturnType<typeof statements>, key: string): PlanRow[] {
    const rows = set.rows.all(key);
    if (rows.length === 0) return [];
    const locations = groupBy(set.locations.all(key));
    const supporters = groupBy(set.supporters.all(key));
    const funding = groupBy(set.funding.all(key));
    const commitments = groupBy(set.commitments.all(key));
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      position: r.position,
      activity: r.activity,
      budgetCode: r.budget_code,
      interventionId: r.intervention_id,
      interventionCode: r.intervention_code,
      interventionName: r.intervention_name,
      interventionKind: r.intervention_kind,
      convergenceActionId: r.convergence_action_id,
      targetGroup: r.target_group,
      indicator: r.indicator,
      targetVolume: r.target_volume,
      targetUnit: r.target_unit,
      locations: (locations.get(r.id) ?? []).map((l): PlanVillage => ({
        code: l.code,
        name: l.name,
        kecamatanCode: l.kecamatan_code,
        kecamatanName: l.kecamatan_name ?? '',
      })),
      responsibleInstitutionId: r.responsible_institution_id,
      responsibleInstitutionName: r.responsible_name,
      supporters: (supporters.get(r.id) ?? []).map((s): InstitutionRef => ({ id: s.id, name: s.name })),
      scheduleMonths: r.schedule_months,
      funding: (funding.get(r.id) ?? []).map((f): FundingLine => ({
        fundingSourceId: f.funding_source_id,
        fundingSourceCode: f.code,
        fundingSourceName: f.name,
        amount: f.amount,
      })),
      status: r.status,
      realisationPercent: r.realisation_percent,
      realisationAmount: r.realisation_amount,
      notes: r.notes,
      commitmentIds: (commitments.get(r.id) ?? []).map((c) => c.id),
      updatedAt: r.updated_at,
    }));
  }

  const refOf = db.prepare<[string], { id: string; plan_id: string; position: number; deleted_at: string | null }>(
    'SELECT id, plan_id, position, deleted_at FROM plan_rows WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO plan_rows (id, plan_id, position, activity, budget_code, intervention_id, intervention_kind,
       convergence_action_id, target_group, indicator, target_volume, target_unit, responsible_institution_id,
       schedule_months, status, realisation_percent, realisation_amount, notes, created_at, updated_at)
     VALUES (@id, @planId, @position, @activity, @budgetCode, @interventionId, @interventionKind, @convergenceActionId,
       @targetGroup, @indicator, @targetVolume, @targetUnit, @responsibleInstitutionId, @scheduleMonths, @status,
       @realisationPercent, @realisationAmount, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE plan_rows SET activity = @activity, budget_code = @budgetCode, intervention_id = @interventionId,
       intervention_kind = @interventionKind, convergence_action_id = @convergenceActionId,
       target_group = @targetGroup, indicator = @indicator, target_volume = @targetVolume, target_unit = @targetUnit,
       responsible_institution_id = @responsibleInstitutionId, schedule_months = @scheduleMonths, status = @status,
       realisation_percent = @realisationPercent, realisation_amount = @realisationAmount, notes = @notes,
       deleted_at = NULL, updated_at = @at
     WHERE id = @id`,
  );
  const setPosition = db.prepare('UPDATE plan_rows SET position = @position WHERE id = @id');
  const softDelete = db.prepare(
    'UPDATE plan_rows SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const clearLocations = db.prepare('DELETE FROM plan_row_locations WHERE row_id = ?');
  const insertLocation = db.prepare('INSERT INTO plan_row_locations (row_id, area_code) VALUES (?, ?)');
  const clearSupporters = db.prepare('DELETE FROM plan_row_supporters WHERE row_id = ?');
  const insertSupporter = db.prepare('INSERT INTO plan_row_supporters (row_id, institution_id) VALUES (?, ?)');
  const clearFunding = db.prepare('DELETE FROM plan_row_funding WHERE row_id = ?');
  const insertFunding = db.prepare(
    'INSERT INTO plan_row_funding (id, row_id, funding_source_id, amount, position) VALUES (?, ?, ?, ?, ?)',
  );
  const unlinkOthers = db.prepare(
    'UPDATE commitments SET plan_row_id = NULL WHERE plan_row_id = @row AND id NOT IN (SELECT value FROM json_each(@ids))',
  );
  const link = db.prepare(
    `UPDATE commitments SET plan_row_id = @row
     WHERE id IN (SELECT value FROM json_each(@ids)) AND plan_row_id IS NOT @row`,
  );
  const unlinkAll = db.prepare('UPDATE commitments SET plan_row_id = NULL WHERE plan_row_id = ?');
  const planSums = db.prepare<{ plan: string }, { total: bigint | null; realisation: bigint | null }>(
    `SELECT (SELECT sum(f.amount) FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id
       WHERE r.plan_id = @plan AND r.deleted_at IS NULL) AS total,
     (SELECT sum(r.realisation_amount) FROM plan_rows r WHERE r.plan_id = @plan AND r.deleted_at IS NULL) AS realisation`,
  );
  planSums.safeIntegers(true);
  const order = db.prepare<[string], { id: string; position: number }>(
    'SELECT id, position FROM plan_rows WHERE plan_id = ? AND deleted_at IS NULL ORDER BY position, id',
  );
  const totalsBySource = db.prepare<[string], { id: string; code: string; name: string; amount: number }>(
    `SELECT f.funding_source_id AS id, s.code, s.name, sum(f.amount) AS amount
     FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id JOIN funding_sources s ON s.id = f.funding_source_id
     WHERE r.plan_id = ? AND r.deleted_at IS NULL GROUP BY f.funding_source_id`,
  );
  const rowTotals = `WITH rt AS (
      SELECT r.intervention_kind AS kind, r.responsible_institution_id AS institution, r.realisation_amount AS real,
        coalesce((SELECT sum(f.amount) FROM plan_row_funding f WHERE f.row_id = r.id), 0) AS amount
      FROM plan_rows r WHERE r.plan_id = ? AND r.deleted_at IS NULL)`;
  const totalsOverall = db.prepare<[string], { rows: number; overall: number; realisation: number }>(
    `${rowTotals} SELECT count(*) AS rows, coalesce(sum(amount), 0) AS overall, coalesce(sum(real), 0) AS realisation FROM rt`,
  );
  const totalsByKind = db.prepare<[string], { kind: InterventionKind; amount: number }>(
    `${rowTotals} SELECT kind, sum(amount) AS amount FROM rt GROUP BY kind`,
  );
  const totalsByInstitution = db.prepare<
    [string],
    { id: string | null; name: string | null; amount: number; rows: number }
  >(
    `${rowTotals} SELECT rt.institution AS id, inst.name, sum(rt.amount) AS amount, count(*) AS rows
     FROM rt LEFT JOIN institutions inst ON inst.id = rt.institution GROUP BY rt.institution`,
  );

  return {
    /** The live rows of a plan, in order. */
    ofPlan(planId: string): PlanRow[] {
      return read(ofPlan, planId);
    },

    /** Live rows by id, in plan order. */
    byIds(ids: readonly string[]): PlanRow[] {
      return ids.length ? read(ofIds, JSON.stringify(ids)) : [];
    },

    /** A row, live or deleted, with its plan: what an upsert or a lock check needs. */
    ref(id: string): { id: string; planId: string; position: number; deleted: boolean } | null {
      const row = refOf.get(id);
      return row ? { id: row.id, planId: row.plan_id, position: row.position, deleted: row.deleted_at !== null } : null;
    },

    /** Ids and stored positions of the live rows of a plan, in order. */
    order(planId: string): { id: string; position: number }[] {
      return order.all(planId);
    },

    insert(planId: string, id: string, position: number, fields: StoredRowFields, at: string): void {
      insert.run({ ...fields, id, planId, position, at });
      this.writeParts(id, fields);
    },

    /** Replaces a row's fields; a deleted row is restored (undo of a delete). */
    update(id: string, fields: StoredRowFields, at: string): void {
      update.run({ ...fields, id, at });
      this.writeParts(id, fields);
    },

    writeParts(id: string, fields: StoredRowFields): void {
      clearLocations.run(id);
      for (const code of fields.locations) insertLocation.run(id, code);
      clearSupporters.run(id);
      for (const institution of fields.supporterIds) insertSupporter.run(id, institution);
      clearFunding.run(id);
      fields.funding.forEach((line, position) =>
        insertFunding.run(newId(), id, line.fundingSourceId, line.amount, position),
      );
      const ids = JSON.stringify(fields.commitmentIds);
      unlinkOthers.run({ row: id, ids });
      if (fields.commitmentIds.length) link.run({ row: id, ids });
    },

    setPosition(id: string, position: number): void {
      setPosition.run({ id, position });
    },

    /** Soft-deletes the row; its commitments are no longer linked to it. */
    remove(id: string, at: string): boolean {
      if (!softDelete.run({ id, at }).changes) return false;
      unlinkAll.run(id);
      return true;
    },

    /**
     * The plan's budget and realisation totals as SQLite's exact 64-bit sums: writes that would take
     * them past the exact range of JavaScript numbers are refused before they commit.
     */
    sums(planId: string): { total: bigint; realisation: bigint } {
      const row = planSums.get({ plan: planId });
      return { total: row?.total ?? 0n, realisation: row?.realisation ?? 0n };
    },

    /** Totals computed by SQLite, ordered as shared/plans/totals.ts orders them. */
    totals(planId: string, sourceOrder: readonly Pick<FundingSource, 'id'>[]): PlanTotals {
      const overall = totalsOverall.get(planId) ?? { rows: 0, overall: 0, realisation: 0 };
      const byKind: Record<InterventionKind, number> = { spesifik: 0, sensitif: 0, lainnya: 0 };
      for (const row of totalsByKind.all(planId)) byKind[row.kind] = row.amount;
      return orderTotals(
        {
          rows: overall.rows,
          overall: overall.overall,
          realisation: overall.realisation,
          bySource: totalsBySource
            .all(planId)
            .map((s) => ({ fundingSourceId: s.id, code: s.code, name: s.name, amount: s.amount })),
          byInstitution: totalsByInstitution
            .all(planId)
            .map((i) => ({ institutionId: i.id, name: i.name, amount: i.amount, rows: i.rows })),
          byKind,
        },
        sourceOrder,
      );
    },
  };
}

export type PlanRowsRepository = ReturnType<typeof planRowsRepository>;
