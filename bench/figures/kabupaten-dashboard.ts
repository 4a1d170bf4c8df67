import type { Figure } from '../figure';
import { exchangeBench } from '../exchange/installations';
import { datasetCallsFigure } from './follow-up-dispatch';

/**
 * The chair's dashboard on the kabupaten installation holding its own records and the full
 * packages of all 11 kecamatan offices (bench/exchange/installations.ts): `dashboard.summary` of
 * the default year as Beranda asks for it, once for the whole kabupaten (every office, with the
 * side-by-side comparison per office) and once per office filter (the kabupaten's own records, each
 * kecamatan office's). One sample is the p95 of those 13 calls, i.e. about the slowest screen a
 * user opens, after a warm-up round that prepares the statements; the floor, the p95 of their SQL
 * run directly, call by call.
 */
export const kabupatenDashboard: Figure = {
  id: 'kabupaten.dashboard',
  label: "Chair's dashboard at the kabupaten holding 11 kecamatan's packages, with and without an office filter, p95",
  unit: 'ms',
  budget: 100,
  ratioBudget: 2,
  runs: 5,
  ...datasetCallsFigure({
    method: 'dashboard.summary',
    file: async () => (await exchangeBench()).kabupatenAll,
    inputs(db) {
      const offices = db.prepare('SELECT id FROM offices ORDER BY level, area_code').pluck().all() as string[];
      const once = [{ limit: 10 }, ...offices.map((officeId) => ({ limit: 10, officeId }))];
      return [...once, ...once];
    },
    warmUp: 13,
    check(summary) {
      if (summary.open === 0) throw new Error('dashboard.summary found nothing open');
    },
  }),
};
