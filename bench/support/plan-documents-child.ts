import { SEED_FUNDING_SOURCES } from '../../electron/db/migrations/004-action-plans';
import { renderPlanModel } from '../../electron/documents/worker/render';
import { actionPlanMatrix } from '../../shared/documents/reports/action-plan';
import { planTotals } from '../../shared/plans/totals';
import { BENCH_SETTINGS } from './documents';
import { RESOURCES_DIR } from './paths';
import { syntheticPlan } from './plan-dataset';

/**
 * Run in a child process by the `*.plan3000.mem` figures: draws the generated 3,000-row plan's
 * matrix once, as the document worker does, and prints how far the peak resident memory rose
 * above the level before drawing, in MB. The plan's rows are built before the baseline (the app
 * has read them from the database by then).
 */
async function main(): Promise<void> {
  const format = process.argv[2];
  if (format !== 'pdf' && format !== 'docx') throw new Error(`Unknown format ${format}`);
  const { plan, rows } = syntheticPlan(3000);
  const options = { schedule: 'months', date: '2026-01-20', signer: null } as const;
  const settings = { ...BENCH_SETTINGS, paper: 'F4' as const };
  // Fonts and code are loaded before the baseline: they stay loaded in the app as well.
  await renderPlanModel({
    model: actionPlanMatrix(plan, rows.slice(0, 70), planTotals(rows.slice(0, 70)), settings, options),
    format,
    resourcesDir: RESOURCES_DIR,
  });
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const model = actionPlanMatrix(plan, rows, planTotals(rows, SEED_FUNDING_SOURCES), settings, options);
  const bytes = (await renderPlanModel({ model, format, resourcesDir: RESOURCES_DIR })).length;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ extraMb: Math.max(0, peak - baseline) / 1024 / 1024, bytes }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
