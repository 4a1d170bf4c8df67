import { api } from '../../tests/e2e/support/api';
import { bareCoverageHtml } from '../floors/bare-screens';
import { clickTab } from '../support/in-app-timing';
import { datasetRow } from '../support/preview-session';
import { screenFigure } from '../support/screen-figure';

/** The dataset's latest plan (2025, 3,000 rows). */
const LATEST_PLAN = 'SELECT id FROM action_plans WHERE deleted_at IS NULL ORDER BY year DESC LIMIT 1';

/**
 * The coverage view (113 villages × 40 interventions) of the 2025 plan, opened by its tab from the
 * plan's table: from the click until the matrix is laid out and the main thread has had 500 ms
 * without a long task. Each sample loads the plan in a fresh browser context first (not timed).
 */
export const uiCoverage = screenFigure(
  {
    id: 'ui.coverage',
    label: 'Preview host, Chromium: the 2025 plan’s coverage tab (113 × 40), from the table until interactive',
    budget: 0.3,
    ratioBudget: 2,
    runs: 8,
    floorLabel: 'the whole matrix as a bare HTML table of symbols, a static page from the same host',
  },
  async (session) => {
    const { id: planId } = datasetRow<{ id: string }>(session, LATEST_PLAN);
    const coverage = await api(session.preview, 'plans.coverage', { planId });
    const columns = coverage.interventions.length;
    return {
      start: {
        hash: `#/rencana-aksi/${planId}/tabel`,
        ready: (page) => page.getByTestId('plan-grid').waitFor({ timeout: 60_000 }),
      },
      act: clickTab,
      arg: 'Cakupan desa lokus',
      // The first ten villages' cells: what fills the view.
      content: { selector: '[role="grid"] [role="gridcell"]', min: columns * 10 },
      async check(page) {
        const summary = (await page.getByTestId('coverage-summary').textContent()) ?? '';
        if (!/\d+ celah/.test(summary)) throw new Error(`the coverage shows no summary (${summary})`);
      },
      floor: {
        html: bareCoverageHtml(coverage),
        content: { selector: '[role="grid"] [role="gridcell"]', min: columns * coverage.villages.length },
      },
    };
  },
);
