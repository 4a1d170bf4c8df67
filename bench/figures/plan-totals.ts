import type { PlanDetail, PlanRowsChange } from '../../shared/domain/plans';
import { rowFieldsOf } from '../../shared/plans/rows';
import { millis, type Figure, type Measurement } from '../figure';
import { record, replayOn } from '../floors/sql-replay';
import { planBench } from '../support/plan-bench';

let detail: PlanDetail | null = null;
let edit = 0;

/**
 * One edit in a 3,000-row plan and its new totals: planRows.update of one row's amount through
 * the dispatcher, which answers with the row and the plan's totals recomputed (per source, per
 * institution, per kind). The grid's own recomputation of 3,000 rows in shared/plans/totals.ts is
 * a few milliseconds more on the renderer side, not counted here.
 *
 * The floor is the same edit's SQL run directly: recorded from the same call in a transaction
 * that is then rolled back (so the ids it drew are free again), and run after the measured call.
 */
export const planTotalsFigure: Figure = {
  id: 'plan.totals',
  label: 'Totals of a 3,000-row plan after one edit (planRows.update)',
  unit: 'ms',
  budget: 20,
  ratioBudget: 3,
  runs: 20,
  floor: { label: 'the same SQL statements run directly with better-sqlite3, in one transaction' },
  sample: async (): Promise<Measurement> => {
    const { core, planId, call } = await planBench();
    detail ??= await call<PlanDetail>('plans.get', { id: planId });
    const row = detail.rows[(edit * 149) % detail.rows.length];
    if (!row) throw new Error('no row to edit');
    edit++;
    const fields = rowFieldsOf(row);
    const funding = fields.funding.map((line, i) => (i === 0 ? { ...line, amount: line.amount + 1000 * edit } : line));
    const input = { id: row.id, ...fields, funding };
    const { db } = core.store;
    db.exec('BEGIN');
    let recording;
    try {
      recording = await record(() => call<PlanRowsChange>('planRows.update', input));
    } finally {
      db.exec('ROLLBACK');
    }
    const replay = replayOn(db, recording);
    let change: PlanRowsChange | null = null;
    const value = await millis(async () => {
      change = await call<PlanRowsChange>('planRows.update', input);
    });
    if (!(change as PlanRowsChange | null)?.totals.overall) throw new Error('planRows.update returned no totals');
    return { value, floor: await millis(() => replay.run()) };
  },
};
