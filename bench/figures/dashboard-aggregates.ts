import type { Figure } from '../figure';
import { datasetCallsFigure } from './follow-up-dispatch';

/**
 * The chair's dashboard for the whole kabupaten (`dashboard.summary` of the default period, the
 * dataset's last year: open, overdue, done, rates per institution, sector and kecamatan, the
 * overdue list, the monthly trend) on the ten-year dataset, after one call that prepares the statements. One sample is one call, and
 * its floor one run of the same SQL directly.
 */
export const dashboardAggregates: Figure = {
  id: 'dashboard.aggregates',
  label: "Chair's dashboard aggregates (10-year dataset)",
  unit: 'ms',
  budget: 100,
  ratioBudget: 2,
  runs: 10,
  ...datasetCallsFigure({
    method: 'dashboard.summary',
    inputs: () => [{ limit: 10 }],
    warmUp: 1,
    check(summary) {
      if (summary.open === 0) throw new Error('dashboard.summary found nothing open');
    },
  }),
};
