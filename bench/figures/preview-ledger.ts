import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { OutputOf } from '../../shared/api/contract';
import type { Figure } from '../figure';
import { staticLedgerHtml } from '../floors/static-ledger';
import { startPreviewSession, stopPreviewSession, type PreviewSession as Session } from '../support/preview-session';

/** The ledger's rows (LedgerTable): the placeholders shown while a page loads are not rows. */
const ROW_SELECTOR = '[role="rowgroup"] [role="row"]';
const WARM_UP = 2;
/** The floor's page, written into the served build folder. */
const FLOOR_PAGE = 'bench-ledger-floor.html';

type LedgerPage = OutputOf<'commitments.ledger'>;

/**
 * Installed before the app's scripts: records `performance.now()` (milliseconds since the
 * navigation started) at the first DOM change after which a ledger row is in the page with a
 * size, i.e. laid out and about to be painted. A string, because bench/ is compiled without DOM.
 */
const RECORD_FIRST_ROW = `(() => {
  const seen = () => {
    const row = document.querySelector(${JSON.stringify(ROW_SELECTOR)});
    if (!row || row.getBoundingClientRect().height === 0) return false;
    window.__firstLedgerRow = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})()`;

let session: Session | null = null;

interface OpenOptions {
  /** Throws when the page does not show what it should, once its first row is there. */
  check?(page: Page): Promise<void>;
  /** Sees the pages of rows the app fetched. */
  onLedgerPage?(page: LedgerPage): void;
}

/**
 * One cold open of `path` in a fresh browser context (no HTTP cache, no storage): milliseconds
 * from navigation start until the first ledger row is laid out.
 */
async function openPage(current: Session, path: string, { check, onLedgerPage }: OpenOptions = {}): Promise<number> {
  const context = await current.browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched: Promise<void>[] = [];
    if (onLedgerPage) {
      page.on('response', (response) => {
        if (!new URL(response.url()).pathname.endsWith('/api/commitments.ledger')) return;
        fetched.push(
          response.json().then((body: { ok: boolean; value: LedgerPage }) => {
            if (body.ok) onLedgerPage(body.value);
          }),
        );
      });
    }
    await page.addInitScript(RECORD_FIRST_ROW);
    await page.goto(`${current.preview.origin}${path}`);
    // A function, not a string: the app's CSP forbids eval, which a string predicate would need.
    const handle = await page.waitForFunction(
      () => (globalThis as { __firstLedgerRow?: number }).__firstLedgerRow,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const millis = Number(await handle.jsonValue());
    await Promise.all(fetched);
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    await check?.(page);
    return millis;
  } finally {
    await context.close();
  }
}

/** The app opened at the ledger; fails unless the ledger shows its total. */
async function openLedger(current: Session, onLedgerPage?: (page: LedgerPage) => void): Promise<number> {
  const url = new URL(current.preview.url);
  return openPage(current, `${url.pathname}${url.search}#/komitmen`, {
    onLedgerPage,
    async check(page) {
      const total = await page.getByTestId('ledger-total').textContent();
      if (!total || !/\d/.test(total)) throw new Error(`the ledger shows no total (${total ?? 'nothing'})`);
    },
  });
}

/**
 * The commitment ledger opened in the browser preview on the ten-year dataset (50,000
 * commitments): the renderer is built once, the preview host started with `--no-build` on a copy
 * of the cached dataset (the cache is never written), and headless Chromium opens
 * `/?token=…#/komitmen`. One sample is one navigation in a fresh browser context, from navigation
 * start until the first ledger row is laid out. Two navigations after the host starts are not
 * counted (they warm the host's SQLite cache and prepared statements).
 */
export const previewLedger: Figure = {
  id: 'preview.ledger',
  label: 'Preview host, headless Chromium: open the ledger (10-year dataset) until rows show',
  unit: 's',
  budget: 1,
  ratioBudget: 20,
  runs: 10,
  async setup() {
    session = await startPreviewSession();
    try {
      // The first page of rows the app shows, kept from the warm-up for the floor's static page.
      let first: LedgerPage | null = null;
      const keepFirst = (page: LedgerPage) => {
        if (!first && page.items.length) first = page;
      };
      for (let i = 0; i < WARM_UP; i++) await openLedger(session, keepFirst);
      if (!first) throw new Error('preview.ledger: the app fetched no rows');
      writeFileSync(join(session.staticDir, FLOOR_PAGE), staticLedgerHtml(first));
      for (let i = 0; i < WARM_UP; i++) await openPage(session, `/${FLOOR_PAGE}`);
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
    label: 'a static HTML page with the same 100 rows, from the same host in the same Chromium',
    async sample() {
      if (!session) throw new Error('preview.ledger: setup did not run');
      return (await openPage(session, `/${FLOOR_PAGE}`)) / 1000;
    },
  },
  async sample() {
    if (!session) throw new Error('preview.ledger: setup did not run');
    return (await openLedger(session)) / 1000;
  },
};
