import type { PlanDetail } from '../../shared/domain/plans';
import { millis, type Figure } from '../figure';
import { record, replayOn, type Replay } from '../floors/sql-replay';
import { planBench } from '../support/plan-bench';

let replay: Replay | null = null;

/**
 * plans.get of a 3,000-row plan through the dispatcher: the rows with villages, offices, funding,
 * and the totals. The floor runs the SQL of that call directly on the same connection.
 */
export const planLoad3000: Figure = {
  id: 'plan.load3000',
  label: 'Load a 3,000-row plan through the API (plans.get)',
  unit: 'ms',
  budget: 100,
  ratioBudget: 2,
  runs: 20,
  async setup() {
    const { core, planId, call } = await planBench();
    replay = replayOn(core.store.db, await record(() => call('plans.get', { id: planId })));
  },
  floor: {
    label: 'the same SQL statements run directly with better-sqlite3',
    async sample() {
      const current = replay;
      if (!current) throw new Error('plan.load3000: setup did not run');
      return millis(() => current.run());
    },
  },
  sample: async () => {
    const { planId, call } = await planBench();
    let detail: PlanDetail | null = null;
    const ms = await millis(async () => {
      detail = await call<PlanDetail>('plans.get', { id: planId });
    });
    if ((detail as PlanDetail | null)?.rows.length !== 3000) throw new Error('plans.get did not return 3,000 rows');
    return ms;
  },
};
