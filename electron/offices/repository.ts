import type { ConsolidatedLine, ConsolidatedPlan, OfficeSummary, PlanConsolidation } from '../../shared/domain/offices';
import type { Db } from '../db/connection';
import { localOfficeId, officeName, ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../db/ownership';

interface OfficeRow {
  id: string;
  name: string;
  level: OfficeSummary['level'];
  area_code: string | null;
  area_name: string | null;
}

interface PlanRow extends OriginColumns {
  plan_id: string;
  title: string;
  area_code: string;
  area_name: string;
  status: ConsolidatedPlan['status'];
}

/** Offices whose records this installation holds, and the year's plans of all of them. */
export function officesRepository(db: Db) {
  // Each EXISTS is one seek: meetings_list_office, commitments_ledger_office (listed ones), and
  // the few action plans.
  const holding = db.prepare<{ local: string }, OfficeRow>(
    `SELECT o.id, coalesce(nullif(o.name, ''), o.id) AS name, o.level, o.area_code, a.name AS area_name
     FROM offices o LEFT JOIN areas a ON a.code = o.area_code
     WHERE o.id = @local
       OR EXISTS (SELECT 1 FROM meetings m WHERE m.owner_office_id = o.id)
       OR EXISTS (SELECT 1 FROM commitments c WHERE c.owner_office_id = o.id AND c.listed = 1)
       OR EXISTS (SELECT 1 FROM action_plans p WHERE p.owner_office_id = o.id)
     ORDER BY o.id <> @local, name COLLATE NOCASE, o.id`,
  );
  const years = db
    .prepare<[], number>('SELECT DISTINCT year FROM action_plans WHERE deleted_at IS NULL ORDER BY year DESC')
    .pluck();
  const plansOfYear = db.prepare<{ year: number }, PlanRow>(
    `SELECT p.id AS plan_id, p.title, p.area_code, a.name AS area_name, p.status, ${ORIGIN_COLUMNS('p')}
     FROM action_plans p JOIN areas a ON a.code = p.area_code
     WHERE p.year = @year AND p.deleted_at IS NULL ORDER BY p.area_code, p.id`,
  );
  // One pass over the year's live rows and their funding lines; a row without funding counts with 0.
  const rowTotals = db.prepare<
    { year: number },
    { plan_id: string; intervention_id: string | null; intervention_name: string | null; rows: number; amount: number }
  >(
    `SELECT r.plan_id, r.intervention_id, i.name AS intervention_name, count(*) AS rows,
       coalesce(sum((SELECT sum(f.amount) FROM plan_row_funding f WHERE f.row_id = r.id)), 0) AS amount
     FROM action_plans p JOIN plan_rows r ON r.plan_id = p.id AND r.deleted_at IS NULL
     LEFT JOIN interventions i ON i.id = r.intervention_id
     WHERE p.year = @year AND p.deleted_at IS NULL GROUP BY r.plan_id, r.intervention_id`,
  );
  const fundingTotals = db.prepare<
    { year: number },
    { plan_id: string; source_id: string; source_name: string; rows: number; amount: number }
  >(
    `SELECT r.plan_id, f.funding_source_id AS source_id, s.name AS source_name, count(DISTINCT r.id) AS rows,
       sum(f.amount) AS amount
     FROM action_plans p JOIN plan_rows r ON r.plan_id = p.id AND r.deleted_at IS NULL
     JOIN plan_row_funding f ON f.row_id = r.id JOIN funding_sources s ON s.id = f.funding_source_id
     WHERE p.year = @year AND p.deleted_at IS NULL GROUP BY r.plan_id, f.funding_source_id
     ORDER BY s.position, s.name`,
  );

  /** Adds one plan's figures to the line `key` of `lines`. */
  function addTo(
    lines: Map<string, ConsolidatedLine & { planIds: Set<string> }>,
    id: string | null,
    name: string,
    planId: string,
    rows: number,
    amount: number,
  ): void {
    const key = id ?? '';
    let line = lines.get(key);
    if (!line) {
      line = { id, name, plans: 0, rows: 0, amount: 0, planIds: new Set() };
      lines.set(key, line);
    }
    line.planIds.add(planId);
    line.plans = line.planIds.size;
    line.rows += rows;
    line.amount += amount;
  }

  const lineOut = ({ planIds: _planIds, ...line }: ConsolidatedLine & { planIds: Set<string> }): ConsolidatedLine =>
    line;

  const card = db.prepare<[string], Pick<OfficeRow, 'name' | 'level' | 'area_code'>>(
    'SELECT name, level, area_code FROM offices WHERE id = ?',
  );
  return {
    /** An office as this installation knows it (its name, level and area), or null. */
    card(id: string): Pick<OfficeRow, 'name' | 'level' | 'area_code'> | null {
      return card.get(id) ?? null;
    },

    /** This installation's office's name (its id until the office settings name it). */
    ownName(): string {
      return officeName(db, localOfficeId(db));
    },

    /** This installation's office first, then the others that own meetings, commitments or plans here. */
    holding(): OfficeSummary[] {
      const local = localOfficeId(db);
      return holding.all({ local }).map((row) => ({
        id: row.id,
        name: row.name,
        level: row.level,
        areaCode: row.area_code,
        areaName: row.area_name,
        local: row.id === local,
      }));
    },

    /** The latest year with plans up to `currentYear` (else the first later one, else `currentYear`). */
    defaultYear(currentYear: number): number {
      const all = years.all();
      return all.find((year) => year <= currentYear) ?? all[all.length - 1] ?? currentYear;
    },

    /** The plans of `year`, of every office (or of one), with their totals. */
    consolidation(year: number, officeId?: string): PlanConsolidation {
      const plans = new Map<string, ConsolidatedPlan>();
      for (const row of plansOfYear.all({ year })) {
        const origin = originOfRow(row);
        if (officeId && (origin?.officeId ?? localOfficeId(db)) !== officeId) continue;
        plans.set(row.plan_id, {
          planId: row.plan_id,
          title: row.title,
          areaCode: row.area_code,
          areaName: row.area_name,
          status: row.status,
          origin,
          rows: 0,
          amount: 0,
          byFunding: {},
        });
      }
      const interventions = new Map<string, ConsolidatedLine & { planIds: Set<string> }>();
      for (const row of rowTotals.all({ year })) {
        const plan = plans.get(row.plan_id);
        if (!plan) continue;
        plan.rows += row.rows;
        plan.amount += row.amount;
        addTo(interventions, row.intervention_id, row.intervention_name ?? '', row.plan_id, row.rows, row.amount);
      }
      const funding = new Map<string, ConsolidatedLine & { planIds: Set<string> }>();
      for (const row of fundingTotals.all({ year })) {
        const plan = plans.get(row.plan_id);
        if (!plan) continue;
        plan.byFunding[row.source_id] = (plan.byFunding[row.source_id] ?? 0) + row.amount;
        addTo(funding, row.source_id, row.source_name, row.plan_id, row.rows, row.amount);
      }
      const all = [...plans.values()];
      return {
        year,
        years: years.all(),
        plans: all,
        interventions: [...interventions.values()]
          .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name))
          .map(lineOut),
        funding: [...funding.values()].map(lineOut),
        total: {
          plans: all.length,
          rows: all.reduce((sum, plan) => sum + plan.rows, 0),
          amount: all.reduce((sum, plan) => sum + plan.amount, 0),
        },
      };
    },
  };
}
