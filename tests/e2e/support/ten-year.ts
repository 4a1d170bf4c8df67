import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { benchDataset } from '../../../bench/dataset/cache';
import { launchBrowser } from './browser';
import { startPreview, type RunningPreview } from './preview-host';

/**
 * The ten-year dataset of a kabupaten (6,000 meetings, 50,000 commitments; `npm run bench` builds
 * the same file) in the preview host, for the e2e tests of issue 17. The dataset is built once per
 * machine (or CI run) into `.cache/bench/` by `benchDataset()` and copied, never written, so every
 * test file starts from the same data.
 */
export interface TenYearSession {
  preview: RunningPreview;
  browser: Browser;
  dataDir: string;
  /** The last day the dataset holds data for (its "today"). */
  datasetToday: string;
  /** A page at 1366×768 in Indonesian, with long tasks recorded from the first script on. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openTenYear(): Promise<TenYearSession> {
  const { file, today } = await benchDataset({ log: (line) => console.log(line) });
  const workDir = mkdtempSync(join(tmpdir(), 'sirakor-ten-year-'));
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir);
  copyFileSync(file, join(dataDir, 'sirakor.sqlite'));
  let preview: RunningPreview | null = null;
  try {
    preview = await startPreview(dataDir);
    const browser = await launchBrowser();
    const running = preview;
    return {
      preview: running,
      browser,
      dataDir,
      datasetToday: today,
      async newPage() {
        const page = await browser.newPage({
          viewport: { width: 1366, height: 768 },
          locale: 'id-ID',
          timezoneId: 'Asia/Makassar',
        });
        await page.addInitScript(LONG_TASK_RECORDER);
        return page;
      },
      async close() {
        await browser.close();
        await running.stop();
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await preview?.stop();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs in the page before its own scripts: every long task (> 50 ms) into `window.__longTasks`. */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { window.__longTasks = null; }
`;

export interface LongTask {
  start: number;
  duration: number;
}

/** The long tasks recorded so far; throws when the browser does not report long tasks at all. */
export async function longTasks(page: Page): Promise<LongTask[]> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] | null }).__longTasks);
  if (tasks === null) throw new Error('this Chromium does not report long tasks');
  return tasks;
}

/** Forgets the long tasks recorded so far (call after the page's first load to watch one action). */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recorder = window as unknown as { __longTasks: LongTask[] | null };
    if (recorder.__longTasks) recorder.__longTasks.length = 0;
  });
}

/** The longest task over `limitMs` since the last reset, or null: what the acceptance checks. */
export async function longestTaskOver(page: Page, limitMs = 200): Promise<LongTask | null> {
  const over = (await longTasks(page)).filter((task) => task.duration > limitMs);
  return over.sort((a, b) => b.duration - a.duration)[0] ?? null;
}
