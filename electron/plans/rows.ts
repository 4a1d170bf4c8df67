import type { FieldIssue } from '../../shared/api/result';
import { isWithinArea, levelOfCode } from '../../shared/domain/areas';
import {
  MAX_PLAN_ROWS,
  type ActionPlan,
  type InterventionKind,
  type PlanRowFields,
  type PlanRowsChange,
} from '../../shared/domain/plans';
import { rowFieldsOf } from '../../shared/plans/rows';
import type { DataContext } from '../db/clock';
import { newId } from '../db/ids';
import { repositoriesOf, type Repositories } from '../db/repositories';
import { invalidFields, notFound, refused } from '../api/errors';

/**
 * Writing plan rows: every entry point (create, update, delete, move, the grid's batch, the XLSX
 * import) goes through `writeRows`, which validates everything first, then writes in the caller's
 * transaction, renumbers the order and answers with what changed and the new totals.
 */

/** A row as it arrives from the schema: the kind may be left out. */
type RowInput = Omit<PlanRowFields, 'interventionKind'> & { interventionKind?: InterventionKind | undefined };

interface Upsert {
  id?: string | undefined;
  position?: number | undefined;
  fields: RowInput;
  /** Dotted prefix of the fields in error details (`upserts.3.`, or `` for a single row). */
  path: string;
}

interface RowOperations {
  upserts: Upsert[];
  deletes: { id: string; path: string }[];
  moves?: { id: string; toPosition: number }[];
}

/** Per-call lookups for validation: the catalogue is small, areas and institutions are cached as asked. */
class References {
  private readonly interventions: Map<string, InterventionKind>;
  private readonly actions: Set<string>;
  private readonly sources: Set<string>;
  private readonly institutions = new Map<string, boolean>();
  private readonly areas = new Map<string, boolean>();

  constructor(private readonly repos: Repositories) {
    this.interventions = new Map(repos.catalogue.interventions.list({}).map((i) => [i.id, i.kind]));
    this.actions = new Set(repos.catalogue.convergenceActions.list().map((a) => a.id));
    this.sources = new Set(repos.catalogue.fundingSources.list().map((s) => s.id));
  }

  interventionKind(id: string): InterventionKind | null {
    return this.interventions.get(id) ?? null;
  }

  action(id: string): boolean {
    return this.actions.has(id);
  }

  source(id: string): boolean {
    return this.sources.has(id);
  }

  institution(id: string): boolean {
    let known = this.institutions.get(id);
    if (known === undefined) {
      known = this.repos.institutions.exists(id);
      this.institutions.set(id, known);
    }
    return known;
  }

  area(code: string): boolean {
    let known = this.areas.get(code);
    if (known === undefined) {
      known = this.repos.areas.exists(code);
      this.areas.set(code, known);
    }
    return known;
  }

  commitments(ids: readonly string[]): Set<string> {
    return this.repos.commitments.liveIds(ids);
  }
}

/**
 * Whether a village may be a location of a plan of `areaCode`: a desa/kelurahan under it (a
 * desa-level plan: only itself). Returns the `validation.*` key of the problem, or null.
 */
export function locationProblem(code: string, areaCode: string, known: boolean): string | null {
  if (levelOfCode(code) !== 'desa') return 'validation.locationNotVillage';
  if (!isWithinArea(code, areaCode)) return 'validation.locationOutsideArea';
  if (!known) return 'validation.locationUnknown';
  return null;
}

function checkRow(
  plan: ActionPlan,
  input: RowInput,
  path: string,
  refs: References,
  issues: FieldIssue[],
): PlanRowFields {
  const at = (field: string): string => `${path}${field}`;
  let kind: InterventionKind = input.interventionKind ?? 'lainnya';
  if (input.interventionId) {
    const interventionKind = refs.interventionKind(input.interventionId);
    if (interventionKind === null) issues.push({ path: at('interventionId'), key: 'validation.interventionUnknown' });
    else {
      if (input.interventionKind && input.interventionKind !== interventionKind)
        issues.push({
          path: at('interventionKind'),
          key: 'validation.kindMismatch',
          params: { kind: interventionKind },
        });
      kind = interventionKind;
    }
  }
  if (input.convergenceActionId && !refs.action(input.convergenceActionId))
    issues.push({ path: at('convergenceActionId'), key: 'validation.convergenceActionUnknown' });
  if (input.responsibleInstitutionId && !refs.institution(input.responsibleInstitutionId))
    issues.push({ path: at('responsibleInstitutionId'), key: 'validation.institutionUnknown' });
  input.supporterIds.forEach((id, index) => {
    const field = at(`supporterIds.${index}`);
    if (input.supporterIds.indexOf(id) !== index) issues.push({ path: field, key: 'validation.duplicateInstitution' });
    else if (id === input.responsibleInstitutionId)
      issues.push({ path: field, key: 'validation.supporterIsResponsible' });
    else if (!refs.institution(id)) issues.push({ path: field, key: 'validation.institutionUnknown' });
  });
  input.locations.forEach((code, index) => {
    const problem = locationProblem(code, plan.areaCode, refs.area(code));
    if (problem) issues.push({ path: at(`locations.${index}`), key: problem, params: { code, area: plan.areaName } });
  });
  input.funding.forEach((line, index) => {
    const field = at(`funding.${index}.fundingSourceId`);
    if (input.funding.findIndex((l) => l.fundingSourceId === line.fundingSourceId) !== index)
      issues.push({ path: field, key: 'validation.duplicateFundingSource' });
    else if (!refs.source(line.fundingSourceId)) issues.push({ path: field, key: 'validation.fundingSourceUnknown' });
  });
  const live = refs.commitments(input.commitmentIds);
  input.commitmentIds.forEach((id, index) => {
    const field = at(`commitmentIds.${index}`);
    if (input.commitmentIds.indexOf(id) !== index) issues.push({ path: field, key: 'validation.duplicateCommitment' });
    else if (!live.has(id)) issues.push({ path: field, key: 'validation.commitmentUnknown' });
  });
  return { ...input, interventionKind: kind };
}

/** What the printed plan says about a row: frozen while the plan is adopted. */
function plannedContent(fields: PlanRowFields): string {
  return JSON.stringify([
    fields.activity,
    fields.budgetCode,
    fields.interventionId,
    fields.interventionKind,
    fields.convergenceActionId,
    fields.targetGroup,
    fields.indicator,
    fields.targetVolume,
    fields.targetUnit,
    [...fields.locations].sort(),
    fields.responsibleInstitutionId,
    [...fields.supporterIds].sort(),
    fields.scheduleMonths,
    fields.funding.map((line) => [line.fundingSourceId, line.amount]),
  ]);
}

export function livePlan(repos: Repositories, planId: string): ActionPlan {
  const plan = repos.plans.get(planId);
  if (!plan) throw notFound('plan');
  return plan;
}

/** The live plan of a live row, or NOT_FOUND. */
export function planOfRow(repos: Repositories, rowId: string): ActionPlan {
  const ref = repos.planRows.ref(rowId);
  if (!ref || ref.deleted) throw notFound('planRow');
  return livePlan(repos, ref.planId);
}

/**
 * Applies deletes, then upserts (in order), then moves to the plan's rows, all or nothing: call
 * it inside a transaction. Returns what the grid needs to update its copy.
 */
export function writeRows(ctx: DataContext, plan: ActionPlan, operations: RowOperations): PlanRowsChange {
  const repos = repositoriesOf(ctx);
  const refs = new References(repos);
  const issues: FieldIssue[] = [];
  const adopted = plan.status === 'adopted';

  // Validate everything before the first write, so one bad row changes nothing and every problem is named.
  const deletes: string[] = [];
  for (const { id, path } of operations.deletes) {
    const ref = repos.planRows.ref(id);
    if (!ref) issues.push({ path, key: 'validation.rowUnknown' });
    else if (ref.planId !== plan.id) issues.push({ path, key: 'validation.rowOtherPlan' });
    else if (!ref.deleted) deletes.push(id);
  }
  const seen = new Set<string>();
  const checked = operations.upserts.map((upsert) => {
    const fields = checkRow(plan, upsert.fields, upsert.path, refs, issues);
    const ref = upsert.id ? repos.planRows.ref(upsert.id) : null;
    if (ref && ref.planId !== plan.id) issues.push({ path: `${upsert.path}id`, key: 'validation.rowOtherPlan' });
    if (upsert.id && seen.has(upsert.id)) issues.push({ path: `${upsert.path}id`, key: 'validation.duplicateRow' });
    if (upsert.id) seen.add(upsert.id);
    return { upsert, fields, ref };
  });
  const moves = operations.moves ?? [];
  for (const move of moves) {
    const ref = repos.planRows.ref(move.id);
    if (!ref || ref.deleted || ref.planId !== plan.id) issues.push({ path: 'id', key: 'validation.rowUnknown' });
  }
  if (issues.length) throw invalidFields(issues);

  // The order is read (3,000 positions) only when rows come, go or move; an edit in place keeps it.
  const reorders =
    deletes.length > 0 ||
    moves.length > 0 ||
    checked.some(({ upsert, ref }) => !ref || ref.deleted || upsert.position !== undefined);
  const stored = new Map(reorders ? repos.planRows.order(plan.id).map((r) => [r.id, r.position]) : []);
  const order = [...stored.keys()];

  if (adopted) {
    if (deletes.length || moves.some((m) => order.indexOf(m.id) !== m.toPosition)) throw refused('planAdopted');
    const current = new Map(
      repos.planRows
        .byIds(checked.filter((c) => c.ref && !c.ref.deleted).map((c) => c.ref?.id as string))
        .map((row) => [row.id, row]),
    );
    for (const { upsert, fields, ref } of checked) {
      const row = ref ? current.get(ref.id) : undefined;
      if (!row || plannedContent(rowFieldsOf(row)) !== plannedContent(fields)) throw refused('planAdopted');
      if (upsert.position !== undefined && upsert.position !== order.indexOf(row.id)) throw refused('planAdopted');
    }
  }

  const at = ctx.now().toISOString();
  const removed = new Set(deletes);
  for (const id of deletes) repos.planRows.remove(id, at);
  const kept = order.filter((id) => !removed.has(id));
  const place = (id: string, position: number | undefined, isNew: boolean): void => {
    const index = kept.indexOf(id);
    if (position === undefined) {
      if (index < 0 || isNew) kept.push(id);
      return;
    }
    if (index >= 0) kept.splice(index, 1);
    kept.splice(Math.min(position, kept.length), 0, id);
  };
  const written: string[] = [];
  for (const { upsert, fields, ref } of checked) {
    if (ref) {
      repos.planRows.update(ref.id, fields, at);
      if (ref.deleted) stored.delete(ref.id);
      place(ref.id, upsert.position, ref.deleted);
      written.push(ref.id);
    } else {
      const id = upsert.id ?? newId();
      repos.planRows.insert(plan.id, id, -1, fields, at);
      place(id, upsert.position, true);
      written.push(id);
    }
  }
  for (const move of moves) place(move.id, move.toPosition, false);
  if (kept.length > MAX_PLAN_ROWS)
    throw invalidFields([{ path: 'upserts', key: 'validation.planRowsLimit', params: { max: MAX_PLAN_ROWS } }]);

  const positions: { id: string; position: number }[] = [];
  if (reorders) {
    kept.forEach((id, position) => {
      if (stored.get(id) !== position) {
        repos.planRows.setPosition(id, position);
        positions.push({ id, position });
      }
    });
  }

  const sums = repos.planRows.sums(plan.id);
  if (sums.total > BigInt(Number.MAX_SAFE_INTEGER) || sums.realisation > BigInt(Number.MAX_SAFE_INTEGER))
    throw invalidFields([{ path: 'funding', key: 'validation.totalTooLarge' }]);
  repos.plans.touch(plan.id);

  const totals = repos.planRows.totals(plan.id, repos.catalogue.fundingSources.list());
  return {
    plan: repos.plans.get(plan.id, totals) as ActionPlan,
    rows: repos.planRows.byIds([...new Set(written)]),
    deletedIds: deletes,
    positions,
    totals,
  };
}
