import { SEED_FUNDING_SOURCES } from '../../electron/db/migrations/004-action-plans';
import { renderPlanModel } from '../../electron/plans/render';
import { actionPlanMatrix } from '../../shared/documents/reports/action-plan';
import { planTotals } from '../../shared/plans/totals';
import { bareDocumentOf, renderBare } from '../floors/bare-document';
import { BENCH_SETTINGS } from './documents';
import { RESOURCES_DIR } from './paths';
import { peakGrowthMb } from './peak-memory';
import { syntheticPlan } from './plan-dataset';

/**
 * Run in a child process by the `*.plan3000.mem` figures: draws the generated 3,000-row plan's
 * matrix once, as the document worker does, and prints how far the peak resident memory rose
 * above the level before drawing, in MB. The plan's rows are built before the baseline (the app
 * has read them from the database by then). With `bare` it draws the matrix's cells as a bare
 * table instead (the figures' floor), its cells taken before the baseline.
 */
async function main(): Promise<void> {
  const [format, mode] = process.argv.slice(2);
  if (format !== 'pdf' && format !== 'docx') throw new Error(`Unknown format ${format}`);
  const { plan, rows } = syntheticPlan(3000);
  const options = { schedule: 'months', date: '2026-01-20', signer: null } as const;
  const settings = { ...BENCH_SETTINGS, paper: 'F4' as const };
  const matrix = (count: number) =>
    actionPlanMatrix(
      plan,
      rows.slice(0, count),
      planTotals(rows.slice(0, count), SEED_FUNDING_SOURCES),
      settings,
      options,
    );
  if (mode === 'bare') {
    const bare = bareDocumentOf(matrix(rows.length));
    await renderBare(format, bareDocumentOf(matrix(70)));
    console.log(JSON.stringify(await peakGrowthMb(() => renderBare(format, bare))));
    return;
  }
  // Fonts and code are loaded before the baseline: they stay loaded in the app as well.
  await renderPlanModel({ model: matrix(70), format, resourcesDir: RESOURCES_DIR });
  console.log(
    JSON.stringify(
      await peakGrowthMb(() => renderPlanModel({ model: matrix(rows.length), format, resourcesDir: RESOURCES_DIR })),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
