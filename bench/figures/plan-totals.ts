import type { PlanDetail, PlanRowsChange } from '../../shared/domain/plans';
import { rowFieldsOf } from '../../shared/plans/rows';
import { timeSeconds, type Figure } from '../figure';
import { planBench } from '../support/plan-bench';

let detail: PlanDetail | null = null;
let edit = 0;

/**
 * One edit in a 3,000-row plan and its new totals: planRows.update of one row's amount through
 * the dispatcher, which answers with the row and the plan's totals recomputed (per source, per
 * institution, per kind). The grid's own recomputation of 3,000 rows in shared/plans/totals.ts is
 * a few milliseconds more on the renderer side, not counted here.
 */
export const planTotalsFigure: Figure = {
  id: 'plan.totals',
  label: 'Totals of a 3,000-row plan after one edit (planRows.update)',
  unit: 'ms',
  budget: 20,
  runs: 20,
  sample: async () => {
    const { planId, call } = await planBench();
    detail ??= await call<PlanDetail>('plans.get', { id: planId });
    const row = detail.rows[(edit * 149) % detail.rows.length];
    if (!row) throw new Error('no row to edit');
    edit++;
    const fields = rowFieldsOf(row);
    const funding = fields.funding.map((line, i) => (i === 0 ? { ...line, amount: line.amount + 1000 * edit } : line));
    let change: PlanRowsChange | null = null;
    const seconds = await timeSeconds(async () => {
      change = await call<PlanRowsChange>('planRows.update', { id: row.id, ...fields, funding });
    });
    if (!(change as PlanRowsChange | null)?.totals.overall) throw new Error('planRows.update returned no totals');
    return seconds * 1000;
  },
};
