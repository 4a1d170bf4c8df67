import type {
  ConvergenceAction,
  ConvergenceScheme,
  FundingSource,
  Intervention,
  InterventionKind,
} from '../../../shared/domain/plans';
import { foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { FOREIGN_OWNED } from '../../db/ownership';

/**
 * The catalogue plan rows draw on: interventions, convergence actions, funding sources. Seeded by
 * migration 004 (fixed ids, `is_seeded = 1`) and editable by the office; deletion is soft.
 * "Used" means referenced by a live row of a live plan.
 */

interface InterventionFields {
  kind: InterventionKind;
  code: string | null;
  name: string;
  indicator: string | null;
  unit: string | null;
  nationalTarget: string | null;
  targetGroup: string | null;
  position?: number | undefined;
}

interface ConvergenceActionFields {
  scheme: ConvergenceScheme;
  number: number;
  name: string;
  grouping: string | null;
}

interface FundingSourceFields {
  code: string;
  name: string;
  parentId: string | null;
  position?: number | undefined;
}

interface InterventionRow {
  id: string;
  kind: InterventionKind;
  code: string | null;
  name: string;
  indicator: string | null;
  unit: string | null;
  national_target: string | null;
  target_group: string | null;
  position: number;
  is_seeded: number;
  created_at: string;
  updated_at: string;
}

interface ActionRow {
  id: string;
  scheme: ConvergenceScheme;
  number: number;
  name: string;
  grouping: string | null;
  is_seeded: number;
  created_at: string;
  updated_at: string;
}

interface SourceRow {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  position: number;
  is_seeded: number;
  created_at: string;
  updated_at: string;
}

function toIntervention(row: InterventionRow): Intervention {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    indicator: row.indicator,
    unit: row.unit,
    nationalTarget: row.national_target,
    targetGroup: row.target_group,
    position: row.position,
    isSeeded: row.is_seeded === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toAction(row: ActionRow): ConvergenceAction {
  return {
    id: row.id,
    scheme: row.scheme,
    number: row.number,
    name: row.name,
    grouping: row.grouping,
    isSeeded: row.is_seeded === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSource(row: SourceRow): FundingSource {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    position: row.position,
    isSeeded: row.is_seeded === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const KIND_ORDER = "CASE kind WHEN 'spesifik' THEN 0 WHEN 'sensitif' THEN 1 ELSE 2 END";
const LIVE_ROW = `r.deleted_at IS NULL AND EXISTS (
  SELECT 1 FROM action_plans p WHERE p.id = r.plan_id AND p.deleted_at IS NULL)`;

export function catalogueRepository(db: Db, now: Clock) {
  const interventionColumns = `id, kind, code, name, indicator, unit, national_target, target_group, position, is_seeded,
    created_at, updated_at`;
  const interventionById = db.prepare<[string], InterventionRow>(
    `SELECT ${interventionColumns} FROM interventions WHERE id = ? AND deleted_at IS NULL`,
  );
  const interventionsAll = db.prepare<[], InterventionRow>(
    `SELECT ${interventionColumns} FROM interventions WHERE deleted_at IS NULL ORDER BY ${KIND_ORDER}, position, name`,
  );
  const interventionInsert = db.prepare(
    `INSERT INTO interventions (id, kind, code, name, indicator, unit, national_target, target_group, position,
       is_seeded, created_at, updated_at)
     VALUES (@id, @kind, @code, @name, @indicator, @unit, @nationalTarget, @targetGroup, @position, 0, @at, @at)`,
  );
  const interventionUpdate = db.prepare(
    `UPDATE interventions SET kind = @kind, code = @code, name = @name, indicator = @indicator, unit = @unit,
       national_target = @nationalTarget, target_group = @targetGroup, position = coalesce(@position, position),
       updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const interventionDelete = db.prepare(
    'UPDATE interventions SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const interventionCodeOwner = db.prepare<{ code: string }, { id: string }>(
    `SELECT id FROM interventions x WHERE code = @code COLLATE NOCASE AND deleted_at IS NULL AND NOT ${FOREIGN_OWNED('x')}`,
  );
  const interventionNextPosition = db.prepare<[string], { n: number }>(
    'SELECT coalesce(max(position) + 1, 0) AS n FROM interventions WHERE kind = ? AND deleted_at IS NULL',
  );
  const interventionUsage = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM plan_rows r WHERE r.intervention_id = ? AND ${LIVE_ROW}`,
  );
  const syncRowKinds = db.prepare(
    'UPDATE plan_rows SET intervention_kind = @kind WHERE intervention_id = @id AND intervention_kind <> @kind',
  );

  const actionColumns = 'id, scheme, number, name, grouping, is_seeded, created_at, updated_at';
  const actionById = db.prepare<[string], ActionRow>(
    `SELECT ${actionColumns} FROM convergence_actions WHERE id = ? AND deleted_at IS NULL`,
  );
  const actionsAll = db.prepare<[], ActionRow>(
    `SELECT ${actionColumns} FROM convergence_actions WHERE deleted_at IS NULL ORDER BY scheme, number`,
  );
  const actionInsert = db.prepare(
    `INSERT INTO convergence_actions (id, scheme, number, name, grouping, is_seeded, created_at, updated_at)
     VALUES (@id, @scheme, @number, @name, @grouping, 0, @at, @at)`,
  );
  const actionUpdate = db.prepare(
    `UPDATE convergence_actions SET scheme = @scheme, number = @number, name = @name, grouping = @grouping,
       updated_at = @at WHERE id = @id AND deleted_at IS NULL`,
  );
  const actionDelete = db.prepare(
    'UPDATE convergence_actions SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const actionNumberOwner = db.prepare<{ scheme: string; number: number }, { id: string }>(
    `SELECT id FROM convergence_actions x WHERE scheme = @scheme AND number = @number AND deleted_at IS NULL
     AND NOT ${FOREIGN_OWNED('x')}`,
  );
  const actionUsage = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM plan_rows r WHERE r.convergence_action_id = ? AND ${LIVE_ROW}`,
  );

  const sourceColumns = 'id, code, name, parent_id, position, is_seeded, created_at, updated_at';
  const sourceById = db.prepare<[string], SourceRow>(
    `SELECT ${sourceColumns} FROM funding_sources WHERE id = ? AND deleted_at IS NULL`,
  );
  const sourcesAll = db.prepare<[], SourceRow>(
    `SELECT ${sourceColumns} FROM funding_sources WHERE deleted_at IS NULL ORDER BY position, code`,
  );
  const sourceInsert = db.prepare(
    `INSERT INTO funding_sources (id, code, name, parent_id, position, is_seeded, created_at, updated_at)
     VALUES (@id, @code, @name, @parentId, @position, 0, @at, @at)`,
  );
  const sourceUpdate = db.prepare(
    `UPDATE funding_sources SET code = @code, name = @name, parent_id = @parentId,
       position = coalesce(@position, position), updated_at = @at WHERE id = @id AND deleted_at IS NULL`,
  );
  const sourceDelete = db.prepare(
    'UPDATE funding_sources SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const sourceCodeOwner = db.prepare<{ code: string }, { id: string }>(
    `SELECT id FROM funding_sources x WHERE code = @code COLLATE NOCASE AND deleted_at IS NULL AND NOT ${FOREIGN_OWNED('x')}`,
  );
  const sourceNextPosition = db.prepare<[], { n: number }>(
    'SELECT coalesce(max(position) + 1, 0) AS n FROM funding_sources WHERE deleted_at IS NULL',
  );
  const sourceUsage = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM plan_row_funding f JOIN plan_rows r ON r.id = f.row_id
     WHERE f.funding_source_id = ? AND ${LIVE_ROW}`,
  );
  const sourceChildren = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM funding_sources WHERE parent_id = ? AND deleted_at IS NULL',
  );

  return {
    interventions: {
      list(options: { kind?: InterventionKind | undefined; query?: string }): Intervention[] {
        const query = foldForSearch(options.query ?? '');
        const all = interventionsAll.all().map(toIntervention);
        return all.filter(
          (i) =>
            (!options.kind || i.kind === options.kind) &&
            (!query || foldForSearch(`${i.code ?? ''} ${i.name} ${i.indicator ?? ''}`).includes(query)),
        );
      },
      get(id: string): Intervention | null {
        const row = interventionById.get(id);
        return row ? toIntervention(row) : null;
      },
      codeOwner(code: string): string | null {
        return interventionCodeOwner.get({ code })?.id ?? null;
      },
      create(fields: InterventionFields): Intervention {
        const id = newId();
        const position = fields.position ?? interventionNextPosition.get(fields.kind)?.n ?? 0;
        interventionInsert.run({ ...fields, id, position, at: now().toISOString() });
        return this.get(id) as Intervention;
      },
      /** Rows naming the intervention follow a change of its kind (a row's kind is its intervention's). */
      update(id: string, fields: InterventionFields): Intervention | null {
        const changed = interventionUpdate.run({
          ...fields,
          position: fields.position ?? null,
          id,
          at: now().toISOString(),
        });
        if (!changed.changes) return null;
        syncRowKinds.run({ id, kind: fields.kind });
        return this.get(id);
      },
      remove(id: string): boolean {
        return interventionDelete.run({ id, at: now().toISOString() }).changes > 0;
      },
      usage(id: string): number {
        return interventionUsage.get(id)?.n ?? 0;
      },
    },

    convergenceActions: {
      list(scheme?: ConvergenceScheme): ConvergenceAction[] {
        return actionsAll
          .all()
          .map(toAction)
          .filter((a) => !scheme || a.scheme === scheme);
      },
      get(id: string): ConvergenceAction | null {
        const row = actionById.get(id);
        return row ? toAction(row) : null;
      },
      numberOwner(scheme: ConvergenceScheme, number: number): string | null {
        return actionNumberOwner.get({ scheme, number })?.id ?? null;
      },
      create(fields: ConvergenceActionFields): ConvergenceAction {
        const id = newId();
        actionInsert.run({ ...fields, id, at: now().toISOString() });
        return this.get(id) as ConvergenceAction;
      },
      update(id: string, fields: ConvergenceActionFields): ConvergenceAction | null {
        return actionUpdate.run({ ...fields, id, at: now().toISOString() }).changes ? this.get(id) : null;
      },
      remove(id: string): boolean {
        return actionDelete.run({ id, at: now().toISOString() }).changes > 0;
      },
      usage(id: string): number {
        return actionUsage.get(id)?.n ?? 0;
      },
    },

    fundingSources: {
      list(): FundingSource[] {
        return sourcesAll.all().map(toSource);
      },
      get(id: string): FundingSource | null {
        const row = sourceById.get(id);
        return row ? toSource(row) : null;
      },
      codeOwner(code: string): string | null {
        return sourceCodeOwner.get({ code })?.id ?? null;
      },
      create(fields: FundingSourceFields): FundingSource {
        const id = newId();
        const position = fields.position ?? sourceNextPosition.get()?.n ?? 0;
        sourceInsert.run({ ...fields, id, position, at: now().toISOString() });
        return this.get(id) as FundingSource;
      },
      update(id: string, fields: FundingSourceFields): FundingSource | null {
        return sourceUpdate.run({ ...fields, position: fields.position ?? null, id, at: now().toISOString() }).changes
          ? this.get(id)
          : null;
      },
      remove(id: string): boolean {
        return sourceDelete.run({ id, at: now().toISOString() }).changes > 0;
      },
      usage(id: string): number {
        return sourceUsage.get(id)?.n ?? 0;
      },
      children(id: string): number {
        return sourceChildren.get(id)?.n ?? 0;
      },
    },
  };
}
