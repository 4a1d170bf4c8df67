import { AppError, type FieldIssue } from '../../../shared/api/result';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ActionPlan, PlanCoverage, PlanVillage } from '../../../shared/domain/plans';
import { computeCoverage } from '../../../shared/plans/coverage';
import { rowFieldsOf } from '../../../shared/plans/rows';
import { planTotals } from '../../../shared/plans/totals';
import type { Db } from '../../db/connection';
import { newId, nowIso } from '../../db/ids';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { invalidFields, planNotFound } from '../errors';
import { livePlan, locationProblem } from '../rows';
import { villagesByCodes, villagesUnder } from '../repositories/villages';
import type { HandlerGroup } from '../../api/handler-types';

type PlanInput = ParsedInputOf<'plans.update'>;

const PLAN_LEVELS = new Set(['kabupaten', 'kecamatan', 'desa']);

function areaOf(db: Db, code: string): { code: string; name: string; level: string } | undefined {
  return db
    .prepare<[string], { code: string; name: string; level: string }>(
      'SELECT code, name, level FROM areas WHERE code = ?',
    )
    .get(code);
}

/** The adopting meeting and the desa lokus of a plan of `area`: every problem, by field. */
function checkPlanFields(db: Db, areaCode: string, areaName: string, input: Omit<PlanInput, 'id'>): void {
  const issues: FieldIssue[] = [];
  if (input.adoptedMeetingId) {
    const meeting = db
      .prepare<[string], { id: string }>('SELECT id FROM meetings WHERE id = ? AND deleted_at IS NULL')
      .get(input.adoptedMeetingId);
    if (!meeting) issues.push({ path: 'adoptedMeetingId', key: 'planErrors.meetingUnknown' });
  }
  (input.priorityVillageCodes ?? []).forEach((code, index) => {
    const problem = locationProblem(code, areaCode, areaOf(db, code) !== undefined);
    if (problem) issues.push({ path: `priorityVillageCodes.${index}`, key: problem, params: { code, area: areaName } });
  });
  if (issues.length) throw invalidFields(issues);
}

function conflictIfTaken(repos: Repositories, areaCode: string, areaName: string, year: number): void {
  if (repos.plans.idOf(areaCode, year))
    throw new AppError('CONFLICT', 'planErrors.planExists', { area: areaName, year });
}

/** `… Tahun 2025` → `… Tahun 2026`: every whole-word occurrence of the source year. */
export function titleForYear(title: string, from: number, to: number): string {
  const replaced = title.replace(new RegExp(`\\b${from}\\b`, 'g'), String(to));
  return replaced === title ? `${title} Tahun ${to}` : replaced;
}

function coverageOf(db: Db, repos: Repositories, input: ParsedInputOf<'plans.coverage'>): PlanCoverage {
  const plan = livePlan(repos, input.planId);
  const rows = repos.planRows.ofPlan(plan.id);
  const desaPlan = plan.areaLevel === 'desa';
  let villages: PlanVillage[];
  let source: PlanCoverage['villageSource'];
  if (input.villages === 'all' || desaPlan) {
    villages = villagesUnder(db, plan.areaCode);
    source = 'all';
  } else if (plan.priorityVillageCodes.length) {
    villages = villagesByCodes(db, plan.priorityVillageCodes);
    source = 'lokus';
  } else {
    const named = new Map<string, PlanVillage>();
    for (const row of rows) for (const village of row.locations) named.set(village.code, village);
    villages = [...named.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    source = 'rows';
  }
  return computeCoverage({
    planId: plan.id,
    rows,
    villages,
    villageSource: source,
    interventions: repos.catalogue.interventions.list({}),
    kind: input.kind ?? null,
    planVillageCode: desaPlan ? plan.areaCode : null,
  });
}

export const plansHandlers: HandlerGroup<
  'plans.list' | 'plans.get' | 'plans.create' | 'plans.update' | 'plans.delete' | 'plans.copyToYear' | 'plans.coverage'
> = {
  'plans.list': (input, ctx) => repositoriesOf(ctx.db).plans.list(input),

  /** The plan, its rows in order and its totals, read in one transaction so they agree. */
  'plans.get': (input, ctx) =>
    ctx.db.transaction(() => {
      const repos = repositoriesOf(ctx.db);
      const plan = livePlan(repos, input.id);
      const rows = repos.planRows.ofPlan(plan.id);
      return { plan, rows, totals: planTotals(rows, repos.catalogue.fundingSources.list()) };
    })(),

  'plans.create': (input, ctx) =>
    ctx.db.transaction((): ActionPlan => {
      const repos = repositoriesOf(ctx.db);
      const area = areaOf(ctx.db, input.areaCode);
      if (!area) throw invalidFields([{ path: 'areaCode', key: 'validation.areaUnknown' }]);
      if (!PLAN_LEVELS.has(area.level)) throw invalidFields([{ path: 'areaCode', key: 'planErrors.areaLevel' }]);
      checkPlanFields(ctx.db, area.code, area.name, input);
      conflictIfTaken(repos, area.code, area.name, input.year);
      return repos.plans.create({ ...input, copiedFromPlanId: null });
    })(),

  'plans.update': (input, ctx) =>
    ctx.db.transaction((): ActionPlan => {
      const repos = repositoriesOf(ctx.db);
      const { id, ...fields } = input;
      const plan = livePlan(repos, id);
      checkPlanFields(ctx.db, plan.areaCode, plan.areaName, fields);
      return repos.plans.update(id, fields) as ActionPlan;
    })(),

  'plans.delete': (input, ctx) =>
    ctx.db.transaction(() => {
      if (!repositoriesOf(ctx.db).plans.remove(input.id)) throw planNotFound();
      return { id: input.id };
    })(),

  /**
   * The plan of another year for the same area: rows with their locations, supporters, schedule
   * and funding; a draft, planned rows, no realisation, no commitments (those belong to the year
   * they were made in). Refused when that year already has a plan.
   */
  'plans.copyToYear': (input, ctx) =>
    ctx.db.transaction((): ActionPlan => {
      const repos = repositoriesOf(ctx.db);
      const source = livePlan(repos, input.id);
      conflictIfTaken(repos, source.areaCode, source.areaName, input.year);
      const copy = repos.plans.create({
        areaCode: source.areaCode,
        year: input.year,
        title: input.title ?? titleForYear(source.title, source.year, input.year),
        status: 'draft',
        adoptedMeetingId: null,
        copiedFromPlanId: source.id,
        priorityVillageCodes: source.priorityVillageCodes,
      });
      const at = nowIso();
      for (const row of repos.planRows.ofPlan(source.id)) {
        repos.planRows.insert(
          copy.id,
          newId(),
          row.position,
          {
            ...rowFieldsOf(row),
            status: 'planned',
            realisationPercent: null,
            realisationAmount: null,
            commitmentIds: [],
          },
          at,
        );
      }
      return repos.plans.get(copy.id) as ActionPlan;
    })(),

  'plans.coverage': (input, ctx) => ctx.db.transaction(() => coverageOf(ctx.db, repositoriesOf(ctx.db), input))(),
};
