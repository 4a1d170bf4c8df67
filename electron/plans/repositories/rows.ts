import type {
  FundingLine,
  FundingSource,
  InstitutionRef,
  InstitutionTotal,
  InterventionKind,
  PlanRow,
  PlanRowFields,
  PlanRowStatus,
  PlanTotals,
  PlanVillage,
} from '../../../shared/domain/plans';
import { addExact, orderTotals } from '../../../shared/plans/totals';
import type { Db } from '../../db/connection';
import { newId } from '../../db/ids';

interface RowRecord {
  id: string;
  plan_id: string;
  position: number;
  activity: string;
  budget_code: string | null;
  intervention_id: string | null;
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
}

interface SupporterRecord {
  row_id: string;
  id: string;
  name: string;
}

interface FundingRecord {
  row_id: string;
  funding_source_id: string;
  amount: number;
  position: number;
}

const ROW_COLUMNS = `r.id, r.plan_id, r.position, r.activity, r.budget_code, r.intervention_id, r.intervention_kind,
  r.convergence_action_id, r.target_group, r.indicator, r.target_volume, r.target_unit, r.responsible_institution_id,
  inst.name AS responsible_name, r.schedule_months, r.status, r.realisation_percent, r.realisation_amount, r.notes,
  r.updated_at
  FROM plan_rows r LEFT JOIN institutions inst ON inst.id = r.responsible_institution_id`;

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

/** Plain code-unit order, as SQLite's BINARY collation sorts. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a row stores, with the kind already resolved from its intervention. */
type StoredRowFields = PlanRowFields;

/**
 * Plan rows with their locations (desa lokus), supporting institutions, funding lines and the
 * commitments linked to them. Reads take a whole plan or a set of ids in a few queries each (no
 * sorting in SQLite: parts are ordered per row here), and names of the catalogue and of villages
 * come from small lookups instead of a join per part, so a 3,000-row plan loads in one pass per table.
 */
export function planRowsRepository(db: Db) {
  const statements = (where: string) => ({
    rows: db.prepare<[string], RowRecord>(`SELECT ${ROW_COLUMNS} WHERE ${where} ORDER BY r.position`),
    locations: db.prepare<[string], LocationRecord>(
      `SELECT l.row_id, l.area_code AS code FROM plan_rows r JOIN plan_row_locations l ON l.row_id = r.id
       WHERE ${where}`,
    ),
    supporters: db.prepare<[string], SupporterRecord>(
      `SELECT s.row_id, inst.id, inst.name
       FROM plan_rows r JOIN plan_row_supporters s ON s.row_id = r.id JOIN institutions inst ON inst.id = s.institution_id
       WHERE ${where}`,
    ),
    funding: db.prepare<[string], FundingRecord>(
      `SELECT f.row_id, f.funding_source_id, f.amount, f.position FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id
       WHERE ${where}`,
    ),
    commitments: db.prepare<[string], { row_id: string; id: string }>(
      `SELECT c.plan_row_id AS row_id, c.id FROM plan_rows r JOIN commitments c ON c.plan_row_id = r.id
       WHERE ${where} AND c.deleted_at IS NULL ORDER BY c.plan_row_id, c.position, c.id`,
    ),
  });
  const ofPlan = statements(OF_PLAN);
  const ofIds = statements(OF_IDS);
  // Deleted entries too: a restored row may name one.
  const interventionNames = db.prepare<[], { id: string; code: string | null; name: string }>(
    'SELECT id, code, name FROM interventions',
  );
  const sourceNames = db.prepare<[], { id: string; code: string; name: string }>(
    'SELECT id, code, name FROM funding_sources',
  );
  const villageNames = db.prepare<
    [string],
    { code: string; name: string; kecamatan_code: string; kecamatan_name: string }
  >(
    `SELECT v.code, v.name, v.parent_code AS kecamatan_code, coalesce(k.name, '') AS kecamatan_name
     FROM areas v LEFT JOIN areas k ON k.code = v.parent_code WHERE v.code IN (SELECT value FROM json_each(?))`,
  );

  function read(set: ReturnType<typeof statements>, key: string): PlanRow[] {
    const rows = set.rows.all(key);
    if (rows.length === 0) return [];
    const locations = groupBy(set.locations.all(key));
    const supporters = groupBy(set.supporters.all(key));
    const funding = groupBy(set.funding.all(key));
    const commitments = groupBy(set.commitments.all(key));
    const interventions = new Map(interventionNames.all().map((i) => [i.id, i]));
    const sources = new Map(sourceNames.all().map((s) => [s.id, s]));
    const codes = new Set<string>();
    for (const list of locations.values()) for (const l of list) codes.add(l.code);
    const villages = new Map<string, PlanVillage>(
      villageNames
        .all(JSON.stringify([...codes]))
        .map((v) => [
          v.code,
          { code: v.code, name: v.name, kecamatanCode: v.kecamatan_code, kecamatanName: v.kecamatan_name },
        ]),
    );
    return rows.map((r) => {
      const intervention = r.intervention_id ? interventions.get(r.intervention_id) : undefined;
      const rowLocations = (locations.get(r.id) ?? []).map(
        (l): PlanVillage =>
          villages.get(l.code) ?? { code: l.code, name: l.code, kecamatanCode: '', kecamatanName: '' },
      );
      if (rowLocations.length > 1) rowLocations.sort((a, b) => byText(a.code, b.code));
      const rowSupporters = (supporters.get(r.id) ?? []).map((s): InstitutionRef => ({ id: s.id, name: s.name }));
      if (rowSupporters.length > 1) rowSupporters.sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
      const lines = funding.get(r.id) ?? [];
      if (lines.length > 1) lines.sort((a, b) => a.position - b.position);
      return {
        id: r.id,
        planId: r.plan_id,
        position: r.position,
        activity: r.activity,
        budgetCode: r.budget_code,
        interventionId: r.intervention_id,
        interventionCode: intervention?.code ?? null,
        interventionName: intervention?.name ?? null,
        interventionKind: r.intervention_kind,
        convergenceActionId: r.convergence_action_id,
        targetGroup: r.target_group,
        indicator: r.indicator,
        targetVolume: r.target_volume,
        targetUnit: r.target_unit,
        locations: rowLocations,
        responsibleInstitutionId: r.responsible_institution_id,
        responsibleInstitutionName: r.responsible_name,
        supporters: rowSupporters,
        scheduleMonths: r.schedule_months,
        funding: lines.map((f): FundingLine => {
          const source = sources.get(f.funding_source_id);
          return {
            fundingSourceId: f.funding_source_id,
            fundingSourceCode: source?.code ?? '',
            fundingSourceName: source?.name ?? '',
            amount: f.amount,
          };
        }),
        status: r.status,
        realisationPercent: r.realisation_percent,
        realisationAmount: r.realisation_amount,
        notes: r.notes,
        commitmentIds: (commitments.get(r.id) ?? []).map((c) => c.id),
        updatedAt: r.updated_at,
      };
    });
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
  const totalsBySource = db.prepare<[string], { id: string; amount: number }>(
    `SELECT f.funding_source_id AS id, sum(f.amount) AS amount
     FROM plan_rows r JOIN plan_row_funding f ON f.row_id = r.id
     WHERE r.plan_id = ? AND r.deleted_at IS NULL GROUP BY f.funding_source_id`,
  );
  const totalsByGroup = db.prepare<
    [string],
    {
      kind: InterventionKind;
      id: string | null;
      name: string | null;
      rows: number;
      amount: number;
      realisation: number;
    }
  >(
    `SELECT r.intervention_kind AS kind, r.responsible_institution_id AS id, inst.name, count(*) AS rows,
       coalesce(sum((SELECT sum(f.amount) FROM plan_row_funding f WHERE f.row_id = r.id)), 0) AS amount,
       coalesce(sum(r.realisation_amount), 0) AS realisation
     FROM plan_rows r LEFT JOIN institutions inst ON inst.id = r.responsible_institution_id
     WHERE r.plan_id = ? AND r.deleted_at IS NULL GROUP BY r.intervention_kind, r.responsible_institution_id`,
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

    /**
     * The plan's totals summed by SQLite (two grouped passes, no row text read), in the order the
     * shared code puts them: plans.get computes the same totals from the loaded rows with
     * shared/plans/totals.ts, and the tests check both agree.
     */
    totals(planId: string, catalogue: readonly Pick<FundingSource, 'id'>[]): PlanTotals {
      const sources = new Map(sourceNames.all().map((s) => [s.id, s]));
      const byKind: Record<InterventionKind, number> = { spesifik: 0, sensitif: 0, lainnya: 0 };
      const byInstitution = new Map<string | null, InstitutionTotal>();
      let rows = 0;
      let overall = 0;
      let realisation = 0;
      for (const group of totalsByGroup.all(planId)) {
        rows += group.rows;
        overall = addExact(overall, group.amount);
        realisation = addExact(realisation, group.realisation);
        byKind[group.kind] = addExact(byKind[group.kind], group.amount);
        const institution = byInstitution.get(group.id);
        if (institution) {
          institution.amount = addExact(institution.amount, group.amount);
          institution.rows += group.rows;
        } else
          byInstitution.set(group.id, {
            institutionId: group.id,
            name: group.name,
            amount: group.amount,
            rows: group.rows,
          });
      }
      return orderTotals(
        {
          rows,
          overall,
          realisation,
          bySource: totalsBySource.all(planId).map((s) => ({
            fundingSourceId: s.id,
            code: sources.get(s.id)?.code ?? '',
            name: sources.get(s.id)?.name ?? '',
            amount: s.amount,
          })),
          byInstitution: [...byInstitution.values()],
          byKind,
        },
        catalogue,
      );
    },
  };
}
