import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api as contract, METHOD_NAMES } from '../../shared/api/contract';
import { api } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';
import { outreachData, type OutreachFiles } from './support/outreach-data';
import { DIALOGS, demoScreens, LOCALES, openScreen, type Screen } from './support/screens';

const READS = new Set<string>(METHOD_NAMES.filter((method) => contract[method].reads !== null));
/**
 * Reads that are no screen of their own: the start-up reads (a failure there has its own full-window
 * error, tested below), the sample marks, and the names a picker shows for a value already chosen.
 */
const NOT_SCREENS = new Set(['settings.get', 'app.status', 'app.info', 'demo.status', 'areas.get', 'institutions.get']);
/**
 * Dialogs opened by picking or typing into what the failing reads would fill (an institution in the
 * ledger's filter, a file to preview, a number to check, the berita acara's wording): they cannot
 * open while every read fails; their first reads are those of the dialogs opened plainly.
 */
const OPENED_THROUGH_READS = new Set([
  'institution-reminders',
  'progress-form-preview',
  'directory-import-preview',
  'letter-record',
  'print-berita-acara',
]);
const pickerLookup = (method: string, input: unknown) =>
  method === 'people.list' && typeof input === 'object' && input !== null && 'ids' in input;

/**
 * The host answers every read with an IO error, as a full disk or a busy database would, until
 * `heal()` (a screen that reads again on its own, after a failed prefetch, fails again); `failed`
 * lists the reads refused.
 */
async function failFirstReads(page: Page, only?: ReadonlySet<string>) {
  const failed: string[] = [];
  let failing = true;
  await page.route(
    (url) => url.pathname.startsWith('/api/') && url.pathname !== '/api/events',
    async (route) => {
      const method = new URL(route.request().url()).pathname.slice('/api/'.length);
      const input = JSON.parse(route.request().postData() ?? '{}') as unknown;
      const refuse =
        failing &&
        READS.has(method) &&
        (only ? only.has(method) : !NOT_SCREENS.has(method) && !pickerLookup(method, input));
      if (!refuse) return route.continue();
      if (!failed.includes(method)) failed.push(method);
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'IO', message: { key: 'error.diskFull' } } }),
      });
    },
  );
  return {
    failed,
    heal() {
      failing = false;
    },
  };
}

const errors = (page: Page) => page.locator('[data-testid="load-error"]:visible');

/**
 * Clicks Retry until no error is left (a screen made of several reads shows one per failure): the
 * dialog's own first; a screen's read that failed while the dialog opened (a tab the opening
 * switched to) is retried once the dialog is closed.
 */
async function retryAll(page: Page): Promise<number> {
  let clicks = 0;
  for (; clicks < 10; clicks++) {
    const inDialog = page.locator('[role="dialog"] [data-testid="load-retry"]:visible').first();
    const anywhere = page.locator('[data-testid="load-retry"]:visible').first();
    if ((await inDialog.count()) > 0) await inDialog.click();
    else if ((await anywhere.count()) > 0) {
      if ((await page.locator('[role="dialog"]:visible').count()) > 0) await page.keyboard.press('Escape');
      await anywhere.click();
    } else break;
    await page.waitForTimeout(300);
  }
  return clicks;
}

/**
 * Issue 15: a read that fails shows what went wrong and a Retry on every screen and in every
 * drawer or dialog that reads; Retry brings the content.
 */
describe('a failed read shows an error with a Retry', () => {
  let dataDir: string;
  let browser: Browser;
  let preview: RunningPreview;
  let screens: Screen[];
  let files: OutreachFiles;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
    screens = await demoScreens(preview);
    files = await outreachData(preview);
    // The carried-over commitments of the follow-up meeting are on screen with its minutes.
    expect(await api(preview, 'demo.status', {})).toMatchObject({ loaded: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('at start: the settings cannot be read, then can', async () => {
    const page = await browser.newPage();
    const faults = await failFirstReads(page, new Set(['settings.get']));
    await page.goto(preview.url);
    await errors(page).waitFor();
    expect(faults.failed).toEqual(['settings.get']);
    faults.heal();
    await retryAll(page);
    await page.getByTestId('chart-trend').waitFor();
    await page.close();
  });

  it('on every screen', async () => {
    const report: string[] = [];
    for (const screen of screens) {
      const { page, errors: pageErrors } = await openPage(browser, 'about:blank');
      const faults = await failFirstReads(page);
      await page.goto(`${preview.url}#${screen.path}`);
      await errors(page)
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {
          throw new Error(`${screen.name} shows no error after ${faults.failed.join(', ')} failed`);
        });
      expect(await page.locator('[data-testid="load-retry"]:visible').count(), screen.name).toBeGreaterThan(0);
      faults.heal();
      await retryAll(page);
      await openScreen(page, preview, screen);
      expect(await errors(page).count(), screen.name).toBe(0);
      expect(pageErrors, screen.name).toEqual([]);
      report.push(`${screen.name}: ${faults.failed.join(', ')}`);
      await page.close();
    }
    expect(report).toHaveLength(screens.length);
  }, 300_000);

  it('in every dialog and drawer that reads when it opens', async () => {
    const reading: string[] = [];
    for (const dialog of DIALOGS.filter((d) => !OPENED_THROUGH_READS.has(d.name))) {
      const screen = screens.find((s) => s.name === dialog.screen);
      if (!screen) throw new Error(`no screen ${dialog.screen}`);
      const { page, errors: pageErrors } = await openPage(browser, preview.url);
      await openScreen(page, preview, screen);
      const faults = await failFirstReads(page);
      await dialog.open(page, LOCALES.id, files);
      if (dialog.name === 'search') await page.keyboard.type('rakor');
      await page.waitForTimeout(1000);
      if (faults.failed.length > 0) {
        reading.push(`${dialog.name}: ${faults.failed.join(', ')}`);
        await errors(page)
          .first()
          .waitFor({ timeout: 5000 })
          .catch(() => {
            throw new Error(`${dialog.name} shows no error after ${faults.failed.join(', ')} failed`);
          });
        faults.heal();
        await retryAll(page);
        await page.waitForTimeout(500);
        expect(await errors(page).count(), dialog.name).toBe(0);
      }
      expect(pageErrors, dialog.name).toEqual([]);
      await page.close();
    }
    // The drawers and dialogs that read: a commitment, the print dialogs, the search, the removal
    // check, the WhatsApp messages, the progress forms, the next letter number.
    expect(reading.map((line) => line.split(':')[0])).toEqual(
      expect.arrayContaining([
        'search',
        'print-export',
        'commitment-drawer',
        'ledger-report',
        'demo-remove',
        'whatsapp-invitation',
        'reminders',
        'progress-forms',
        'letter-issue',
      ]),
    );
  }, 300_000);
});
