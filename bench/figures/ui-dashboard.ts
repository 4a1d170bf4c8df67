import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { DashboardPeriod } from '../../shared/domain/dashboard-period';
import type { DashboardSummary } from '../../shared/domain/follow-up';
import { api } from '../../tests/e2e/support/api';
import type { Figure } from '../figure';
import { staticDashboardHtml } from '../floors/static-dashboard';
import { startPreviewSession, stopPreviewSession, type PreviewSession } from '../support/preview-session';

const WARM_UP = 2;
/** The floor's page, written into the served build folder. */
const FLOOR_PAGE = 'bench-dashboard-floor.html';
/** Where the dashboard keeps the period the user chose (renderer/features/home/period-choice.ts). */
const PERIOD_KEY = 'sirakor.dashboard.period';

/**
 * Installed before the page's scripts: records `performance.now()` at the first DOM change after
 * which the trend's lines and the institutions' bars are laid out (the last figures to appear).
 * A string, because bench/ is compiled without DOM.
 */
const RECORD_CHARTS = `(() => {
  const shown = (selector) => {
    const element = document.querySelector(selector);
    return Boolean(element && element.getBoundingClientRect().width > 0);
  };
  new MutationObserver((_, observer) => {
    if (!shown('[data-testid="chart-trend"] .recharts-line-curve')) return;
    if (!shown('[data-testid="chart-institution"] [data-testid="rate-row"]')) return;
    window.__chartsShown = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

let session: PreviewSession | null = null;
/** The dataset's year with the most commitments due: the heaviest a chair can choose. */
let period: DashboardPeriod | null = null;
/** Its summary, as the host answers it: what each sample checks the page shows. */
let expectedSummary: DashboardSummary | null = null;

function busiestYear(dataFile: string): DashboardPeriod {
  const db = new Database(dataFile, { readonly: true });
  try {
    const year = db
      .prepare(
        `SELECT substr(due_date, 1, 4) FROM commitments WHERE listed = 1 AND due_date IS NOT NULL
         GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    return { kind: 'year', year: Number(year), index: 1 };
  } finally {
    db.close();
  }
}

/**
 * One cold open of `path` in a fresh browser context (no HTTP cache; the period chosen before, as
 * a returning user has it): milliseconds from navigation start until the charts are laid out.
 */
async function openPage(current: PreviewSession, path: string, check?: (page: Page) => Promise<void>) {
  const context = await current.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(
      `localStorage.setItem(${JSON.stringify(PERIOD_KEY)}, ${JSON.stringify(JSON.stringify(period))})`,
    );
    await page.addInitScript(RECORD_CHARTS);
    await page.goto(`${current.preview.origin}${path}`);
    // A function, not a string: the app's CSP forbids eval, which a string predicate would need.
    const handle = await page.waitForFunction(
      () => (globalThis as { __chartsShown?: number }).__chartsShown,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const millis = Number(await handle.jsonValue());
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    await check?.(page);
    return millis;
  } finally {
    await context.close();
  }
}

/** The app opened on Beranda; fails unless the dashboard shows the chosen year's open commitments. */
async function openDashboard(current: PreviewSession, expected: DashboardSummary): Promise<number> {
  const url = new URL(current.preview.url);
  return openPage(current, `${url.pathname}${url.search}#/`, async (page) => {
    const open = await page.getByTestId('stat-open-value').textContent();
    if (open !== expected.open.toLocaleString('id-ID')) {
      throw new Error(`the dashboard shows ${open ?? 'nothing'} open, not ${expected.open}`);
    }
  });
}

/**
 * The chair's dashboard opened in the browser preview on the ten-year dataset: the renderer built
 * once, the host on a copy of the cached dataset, the dataset's busiest year chosen (8,130
 * commitments due in 2024). One sample is one navigation to `/?token=…#/` in a fresh browser
 * context, from navigation start until the trend's lines and the institutions' bars are laid out:
 * the scripts, the settings, the counts, `dashboard.summary` for the year and the drawing of every
 * figure. Two navigations after the host starts are not counted (they warm its caches).
 */
export const uiDashboard: Figure = {
  id: 'ui.dashboard',
  label: 'Preview host, headless Chromium: Beranda (10-year dataset, busiest year) until the charts show',
  unit: 's',
  budget: 1,
  ratioBudget: 20,
  runs: 10,
  async setup() {
    session = await startPreviewSession();
    try {
      period = busiestYear(session.dataFile);
      const summary = await api(session.preview, 'dashboard.summary', { limit: 10, period });
      for (let i = 0; i < WARM_UP; i++) await openDashboard(session, summary);
      writeFileSync(join(session.staticDir, FLOOR_PAGE), staticDashboardHtml(summary));
      for (let i = 0; i < WARM_UP; i++) await openPage(session, `/${FLOOR_PAGE}`);
      expectedSummary = summary;
    } catch (error) {
      await this.teardown?.();
      throw error;
    }
  },
  async teardown() {
    const current = session;
    session = null;
    if (current) await stopPreviewSession(current);
  },
  floor: {
    label: 'a static HTML page with the same figures as bars, lines and a table, from the same host',
    async sample() {
      if (!session) throw new Error('ui.dashboard: setup did not run');
      return (await openPage(session, `/${FLOOR_PAGE}`)) / 1000;
    },
  },
  async sample() {
    if (!session || !expectedSummary) throw new Error('ui.dashboard: setup did not run');
    return (await openDashboard(session, expectedSummary)) / 1000;
  },
};
