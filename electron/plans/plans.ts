import type { ParsedInputOf } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/api/result';
import type { ActionPlan, PlanCoverage, PlanVillage } from '../../shared/domain/plans';
import { computeCoverage } from '../../shared/plans/coverage';
import { rowFieldsOf } from '../../shared/plans/rows';
import { planTotals } from '../../shared/plans/totals';
import type { DataContext } from '../db/clock';
import { newId } from '../db/ids';
import type { Repositories } from '../db/repositories';
import { livePlan, locationProblem } from './rows';
import { conflictIn, invalidFields, notFound } from '../api/errors';

/** The rules of action plans as a whole: one plan per area and year, its meeting and desa lokus. */

type PlanFields = Omit<ParsedInputOf<'plans.update'>, 'id'>;

const PLAN_LEVELS = new Set(['kabupaten', 'kecamatan', 'desa']);

/** The adopting meeting and the desa lokus of a plan of `area`: every problem, by field. */
function checkPlanFields(repos: Repositories, areaCode: string, areaName: string, input: PlanFields): void {
  const issues: FieldIssue[] = [];
  if (input.adoptedMeetingId && repos.meetings.status(input.adoptedMeetingId) === null)
    issues.push({ path: 'adoptedMeetingId', key: 'validation.meetingUnknown' });
  (input.priorityVillageCodes ?? []).forEach((code, index) => {
    const problem = locationProblem(code, areaCode, repos.areas.exists(code));
    if (problem) issues.push({ path: `priorityVillageCodes.${index}`, key: problem, params: { code, area: areaName } });
  });
  if (issues.length) throw invalidFields(issues);
}

function conflictIfTaken(repos: Repositories, areaCode: string, areaName: string, year: number): void {
  if (repos.plans.idOf(areaCode, year)) throw conflictIn('year', 'validation.planExists', { area: areaName, year });
}

/** `… Tahun 2025` → `… Tahun 2026`: every whole-word occurrence of the source year. */
function titleForYear(title: string, from: number, to: number): string {
  const replaced = title.replace(new RegExp(`\\b${from}\\b`, 'g'), String(to));
  return replaced === title ? `${title} Tahun ${to}` : replaced;
}

/** The plan, its rows in order and its totals, read together (call it in one transaction). */
export function planWithRows(repos: Repositories, planId: string) {
  const plan = livePlan(repos, planId);
  const rows = repos.planRows.ofPlan(plan.id);
  return { plan, rows, totals: planTotals(rows, repos.catalogue.fundingSources.list()) };
}

/** A new plan of a kabupaten, kecamatan or desa; refused when the area already has one that year. */
export function createPlan(repos: Repositories, input: ParsedInputOf<'plans.create'>): ActionPlan {
  const area = repos.areas.get(input.areaCode);
  if (!area) throw invalidFields([{ path: 'areaCode', key: 'validation.areaUnknown' }]);
  if (!PLAN_LEVELS.has(area.level)) throw invalidFields([{ path: 'areaCode', key: 'validation.planAreaLevel' }]);
  checkPlanFields(repos, area.code, area.name, input);
  conflictIfTaken(repos, area.code, area.name, input.year);
  return repos.plans.create({ ...input, copiedFromPlanId: null });
}

export function updatePlan(repos: Repositories, input: ParsedInputOf<'plans.update'>): ActionPlan {
  const { id, ...fields } = input;
  const plan = livePlan(repos, id);
  checkPlanFields(repos, plan.areaCode, plan.areaName, fields);
  return repos.plans.update(id, fields) as ActionPlan;
}

export function deletePlan(repos: Repositories, id: string): void {
  if (!repos.plans.remove(id)) throw notFound('plan');
}

/**
 * The plan of another year for the same area: rows with their locations, supporters, schedule
 * and funding; a draft, planned rows, no realisation, no commitments (those belong to the year
 * they were made in). Refused when that year already has a plan.
 */
export function copyPlanToYear(ctx: DataContext, repos: Repositories, input: ParsedInputOf<'plans.copyToYear'>) {
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
  const at = ctx.now().toISOString();
  for (const row of repos.planRows.ofPlan(source.id)) {
    repos.planRows.insert(
      copy.id,
      newId(),
      row.position,
      { ...rowFieldsOf(row), status: 'planned', realisationPercent: null, realisationAmount: null, commitmentIds: [] },
      at,
    );
  }
  return repos.plans.get(copy.id) as ActionPlan;
}

/**
 * Which villages a plan's rows reach, per intervention: over every village of the area, over
 * its desa lokus, or over the villages its rows name (whichever the plan has and the user asked).
 */
export function coverageOf(repos: Repositories, input: ParsedInputOf<'plans.coverage'>): PlanCoverage {
  const plan = livePlan(repos, input.planId);
  const rows = repos.planRows.ofPlan(plan.id);
  const desaPlan = plan.areaLevel === 'desa';
  let villages: PlanVillage[];
  let source: PlanCoverage['villageSource'];
  if (input.villages === 'all' || desaPlan) {
    villages = repos.villages.under(plan.areaCode);
    source = 'all';
  } else if (plan.priorityVillageCodes.length) {
    villages = repos.villages.byCodes(plan.priorityVillageCodes);
    source = 'lokus';
  } else {
    const named = new Map<string, PlanVillage>();
    for (const row of rows) for (const village of row.locations) named.set(village.code, village);
    villages = [...named.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    source = 'rows';
  }
  const kecamatans = new Map(villages.map((village) => [village.kecamatanCode, village.kecamatanName]));
  const kecamatanCode = input.kecamatanCode && kecamatans.has(input.kecamatanCode) ? input.kecamatanCode : null;
  const coverage = computeCoverage({
    planId: plan.id,
    rows,
    villages: kecamatanCode ? villages.filter((village) => village.kecamatanCode === kecamatanCode) : villages,
    villageSource: source,
    interventions: repos.catalogue.interventions.list({}),
    kind: input.kind ?? null,
    planVillageCode: desaPlan ? plan.areaCode : null,
  });
  return {
    ...coverage,
    kecamatans: [...kecamatans].map(([code, name]) => ({ code, name })).sort((a, b) => (a.code < b.code ? -1 : 1)),
    kecamatanCode,
  };
}
