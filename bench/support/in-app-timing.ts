import type { BrowserContext, Page } from 'playwright-core';
import type { PreviewSession } from './preview-session';

/** A long task since which this many milliseconds passed quietly ends the wait for "interactive". */
const QUIET_MS = 500;

/**
 * Installed before the page's scripts (a string: bench/ is compiled without DOM): long tasks are
 * recorded from the start, and `watch(selector, min)` records `performance.now()` at the first DOM
 * change after which `min` elements match and the last of them is laid out. `interactiveAt()` is
 * then that moment, or the end of the last long task that began before QUIET_MS of quiet after it.
 */
const RECORDER = `(() => {
  const bench = { tasks: [], readyAt: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  bench.watch = (selector, min) => {
    bench.readyAt = null;
    const seen = () => {
      const found = document.querySelectorAll(selector);
      const last = found[found.length - 1];
      if (found.length < min || !last || last.getBoundingClientRect().height === 0) return false;
      bench.readyAt = performance.now();
      return true;
    };
    new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  };
  bench.interactiveAt = () => {
    let at = bench.readyAt;
    for (const task of [...bench.tasks].sort((a, b) => a.start - b.start)) {
      if (task.start <= at + ${QUIET_MS} && task.end > at) at = task.end;
    }
    return at;
  };
})()`;

interface Recorder {
  readyAt: number | null;
  watch(selector: string, min: number): void;
  interactiveAt(): number;
}

/** What one timing waits for: `min` elements matching `selector`, laid out. */
export interface Content {
  selector: string;
  min: number;
}

/** The page's recorder; written out in each function run in the page (they are sent as text, without closures). */
type Window = { __bench: Recorder };

/**
 * A fresh browser context (no HTTP cache, no storage) at 1366×768 in Indonesian, its page at
 * `path` of the host with the recorder installed; `ready` waits until the page is in use.
 */
export async function freshPage(
  session: PreviewSession,
  path: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(RECORDER);
  await page.goto(`${session.preview.origin}${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { context, page, errors };
}

/**
 * Milliseconds from `act` (run in the page, returning `performance.now()` at its start) until
 * `content` is laid out and the main thread has then been free of long tasks for QUIET_MS.
 */
export async function timeUntilInteractive(
  page: Page,
  content: Content,
  act: (arg: string) => number,
  arg: string,
): Promise<number> {
  await page.evaluate(({ selector, min }) => (globalThis as unknown as Window).__bench.watch(selector, min), content);
  const started = await page.evaluate(act, arg);
  return (await untilInteractive(page)) - started;
}

/** `performance.now()` once the watched content is laid out and the page has been quiet for QUIET_MS. */
async function untilInteractive(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as unknown as Window).__bench.readyAt !== null, undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(QUIET_MS + 200);
  return page.evaluate(() => (globalThis as unknown as Window).__bench.interactiveAt());
}

/** Sets the address's hash in the page (as a link inside the app does); returns when it started. */
export function followHash(hash: string): number {
  const started = performance.now();
  (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  return started;
}

/** Clicks the tab named `name` in the page (as a user does); returns when it started. */
export function clickTab(name: string): number {
  interface Element {
    textContent: string | null;
    click(): void;
  }
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<Element> } }).document;
  const tab = [...doc.querySelectorAll('[role="tab"]')].find((element) => element.textContent?.trim() === name);
  if (!tab) throw new Error(`no tab ${name}`);
  const started = performance.now();
  tab.click();
  return started;
}

/** One screen of the app timed in the browser until interactive, beside its bare content drawn in the same browser. */
export interface ScreenTiming {
  /** Where the app is loaded before the timed step (an address inside the app, from `#`), and how to know it is in use. */
  start: { hash: string; ready(page: Page): Promise<void> };
  /** The timed step, run in the page, and its argument. */
  act: (arg: string) => number;
  arg: string;
  content: Content;
  /** Throws when the screen does not show what it should. */
  check(page: Page): Promise<void>;
  /** The screen's content as bare HTML, and what of it to wait for. */
  floor: { html: string; content: Content };
}

/**
 * A figure's measurements: `sample()` loads the app in a fresh context at `start`, then times
 * `act` until `content` is interactive; `floorSample()` opens a static page of the same host
 * holding the bare HTML, timed from its navigation's start the same way. Both in seconds.
 */
export function screenTimer(session: PreviewSession, timing: ScreenTiming, floorPage: string) {
  const url = new URL(session.preview.url);
  return {
    /** The floor's page (its content in a template), written into the served build once. */
    floorPage: {
      name: floorPage,
      html: `<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body>${timing.floor.html}</body></html>`,
    },
    async sample(): Promise<number> {
      const { context, page, errors } = await freshPage(
        session,
        `${url.pathname}${url.search}${timing.start.hash}`,
        timing.start.ready,
      );
      try {
        const millis = await timeUntilInteractive(page, timing.content, timing.act, timing.arg);
        if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
        await timing.check(page);
        return millis / 1000;
      } finally {
        await context.close();
      }
    },
    async floorSample(): Promise<number> {
      const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
      try {
        const page = await context.newPage();
        const { selector, min } = timing.floor.content;
        await page.addInitScript(RECORDER);
        await page.addInitScript(`window.__bench.watch(${JSON.stringify(selector)}, ${min})`);
        await page.goto(`${session.preview.origin}/${floorPage}`);
        // From the navigation's start (performance.now() = 0): the request to the host, parsing, layout.
        return (await untilInteractive(page)) / 1000;
      } finally {
        await context.close();
      }
    },
  };
}
