import type { CoverageCell, Intervention, InterventionKind, PlanCoverage, PlanRow, PlanVillage } from '../domain/plans';
import { rowAmount } from './rows';
import { addExact } from './totals';

export type CoverageRow = Pick<PlanRow, 'id' | 'interventionId' | 'interventionKind' | 'locations' | 'funding'>;

/**
 * Priority villages × interventions: which villages have which interventions planned, whether
 * the rows behind a cell carry money (`funded`) or not (`unfunded`), and the gaps (no row). A row
 * without locations in a desa-level plan is about that desa; elsewhere it names no village.
 */
export function computeCoverage(input: {
  planId: string;
  rows: readonly CoverageRow[];
  villages: readonly PlanVillage[];
  villageSource: PlanCoverage['villageSource'];
  interventions: readonly Pick<Intervention, 'id' | 'kind' | 'code' | 'name'>[];
  kind: InterventionKind | null;
  /** The plan's own desa, for a desa-level plan. */
  planVillageCode?: string | null;
}): Omit<PlanCoverage, 'kecamatans' | 'kecamatanCode'> {
  const interventions = input.interventions.filter((i) => input.kind === null || i.kind === input.kind);
  const wantedInterventions = new Set(interventions.map((i) => i.id));
  const wantedVillages = new Set(input.villages.map((v) => v.code));
  const cells = new Map<string, CoverageCell>();
  for (const row of input.rows) {
    if (!row.interventionId || !wantedInterventions.has(row.interventionId)) continue;
    const codes = row.locations.length
      ? row.locations.map((l) => l.code)
      : input.planVillageCode
        ? [input.planVillageCode]
        : [];
    const amount = rowAmount(row);
    for (const code of codes) {
      if (!wantedVillages.has(code)) continue;
      const key = `${code}|${row.interventionId}`;
      const cell = cells.get(key) ?? {
        villageCode: code,
        interventionId: row.interventionId,
        rowIds: [],
        amount: 0,
        state: 'unfunded',
      };
      cell.rowIds.push(row.id);
      cell.amount = addExact(cell.amount, amount);
      cell.state = cell.amount > 0 ? 'funded' : 'unfunded';
      cells.set(key, cell);
    }
  }
  const gaps: PlanCoverage['gaps'] = [];
  for (const village of input.villages) {
    for (const intervention of interventions) {
      if (!cells.has(`${village.code}|${intervention.id}`))
        gaps.push({ villageCode: village.code, interventionId: intervention.id });
    }
  }
  // Cells in the order of the matrix: villages, then interventions.
  const villageRank = new Map(input.villages.map((v, i) => [v.code, i]));
  const interventionRank = new Map(interventions.map((v, i) => [v.id, i]));
  const ordered = [...cells.values()].sort(
    (a, b) =>
      (villageRank.get(a.villageCode) ?? 0) - (villageRank.get(b.villageCode) ?? 0) ||
      (interventionRank.get(a.interventionId) ?? 0) - (interventionRank.get(b.interventionId) ?? 0),
  );
  const funded = ordered.filter((c) => c.state === 'funded').length;
  return {
    planId: input.planId,
    kind: input.kind,
    villageSource: input.villageSource,
    villages: [...input.villages],
    interventions: interventions.map(({ id, kind, code, name }) => ({ id, kind, code, name })),
    cells: ordered,
    gaps,
    summary: { cells: ordered.length, funded, unfunded: ordered.length - funded, gaps: gaps.length },
  };
}
