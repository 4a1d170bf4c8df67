import type { PlanDetail } from '../../shared/domain/plans';
import { timeSeconds, type Figure } from '../figure';
import { planBench } from '../support/plan-bench';

/** plans.get of a 3,000-row plan through the dispatcher: the rows with villages, offices, funding, and the totals. */
export const planLoad3000: Figure = {
  id: 'plan.load3000',
  label: 'Load a 3,000-row plan through the API (plans.get)',
  unit: 'ms',
  budget: 100,
  runs: 20,
  sample: async () => {
    const { planId, call } = await planBench();
    let detail: PlanDetail | null = null;
    const seconds = await timeSeconds(async () => {
      detail = await call<PlanDetail>('plans.get', { id: planId });
    });
    if ((detail as PlanDetail | null)?.rows.length !== 3000) throw new Error('plans.get did not return 3,000 rows');
    return seconds * 1000;
  },
};
