import type { Figure } from '../figure';
import { datasetDispatch, millis } from './follow-up-dispatch';

/**
 * The chair's dashboard for the whole kabupaten (`dashboard.summary`: open, overdue, done this
 * quarter, rates per institution, sector and kecamatan, the overdue list, the monthly trend) on
 * the ten-year dataset, after one call that prepares the statements. One sample is one call.
 */
export const dashboardAggregates: Figure = {
  id: 'dashboard.aggregates',
  label: "Chair's dashboard aggregates (10-year dataset)",
  unit: 'ms',
  budget: 100,
  runs: 10,
  async sample() {
    const bench = await datasetDispatch();
    try {
      await bench.call('dashboard.summary', { limit: 10 });
      let open = 0;
      const ms = await millis(async () => {
        open = (await bench.call('dashboard.summary', { limit: 10 })).open;
      });
      if (open === 0) throw new Error('dashboard.summary found nothing open');
      return ms;
    } finally {
      bench.close();
    }
  },
};
