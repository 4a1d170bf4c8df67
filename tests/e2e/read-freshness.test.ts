import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';

/** The API calls a page makes, by method, with their inputs, from the moment it is asked. */
function recordCalls(page: Page) {
  const calls: { method: string; input: unknown }[] = [];
  page.on('request', (request) => {
    const match = /\/api\/([A-Za-z.]+)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) calls.push({ method: match[1], input: JSON.parse(request.postData() ?? '{}') as unknown });
  });
  return {
    since(mark: number) {
      return calls.slice(mark);
    },
    get mark() {
      return calls.length;
    },
  };
}

const count = (calls: { method: string }[], method: string) => calls.filter((call) => call.method === method).length;

/**
 * Issue 15: reads declare what they read, writes what they changed (and which records), and only
 * the screens showing what changed read again.
 */
describe('reads follow what changed', () => {
  let dataDir: string;
  let browser: Browser;
  let preview: RunningPreview;
  let seed: string;
  let followUp: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
    [seed = '', followUp = ''] = (await api(preview, 'demo.status', {})).meetingIds;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a minutes autosave re-reads the meeting, not the ledger, the dashboard or another meeting', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    const calls = recordCalls(page);
    await page.getByTestId('chart-trend').waitFor();
    await page.evaluate(() => (window.location.hash = '#/komitmen'));
    await page.getByTestId('ledger-scroller').getByRole('row').first().waitFor();
    // The approved seed Rakor, then the follow-up meeting, held and still open for minutes.
    await page.evaluate((id) => (window.location.hash = `#/rapat/${id}/pelaksanaan`), seed);
    await page.getByTestId('locked-banner').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/rapat/${id}/pelaksanaan`), followUp);
    const box = page.getByRole('textbox', { name: 'Catatan baru' }).first();
    await box.waitFor();
    await page.waitForTimeout(500);

    const typing = calls.mark;
    await box.click();
    for (const words of ['Camat membuka rapat', ' dan meminta laporan', ' dari setiap desa.']) {
      await page.keyboard.type(words, { delay: 60 });
      await page.waitForTimeout(1500); // a pause: the text is saved
    }
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1000);
    // A picker naming the speaker of the new entry asks for that one person (people.list by ids).
    const during = calls
      .since(typing)
      .filter((call) => !(call.method === 'people.list' && 'ids' in (call.input as object)));
    const writes = count(during, 'minutes.create') + count(during, 'minutes.update');
    expect(writes, JSON.stringify(during.map((call) => call.method))).toBeGreaterThanOrEqual(3);
    // The meeting on screen reads itself again…
    expect(count(during, 'meetings.workspace')).toBeGreaterThanOrEqual(1);
    expect(during.filter((call) => call.method === 'meetings.workspace').map((call) => call.input)).toEqual(
      during.filter((call) => call.method === 'meetings.workspace').map(() => ({ id: followUp })),
    );
    // …and nothing of the screens not shown: the ledger, its count, the dashboard, the lists.
    for (const method of [
      'commitments.ledger',
      'dashboard.summary',
      'meetings.list',
      'people.list',
      'institutions.list',
      'plans.list',
    ])
      expect(count(during, method), method).toBe(0);
    // Only reads of the meeting screen (its workspace, the carried-over commitments, its files) and the writes.
    const meetingScreen = ['meetings.workspace', 'commitments.carryOver', 'meetingFiles.list'];
    expect(
      [...new Set(during.map((call) => call.method))].filter(
        (method) => !['minutes.create', 'minutes.update', ...meetingScreen].includes(method),
      ),
    ).toEqual([]);
    expect(during.filter((call) => call.method === 'meetingFiles.list').map((call) => call.input)).toEqual(
      during.filter((call) => call.method === 'meetingFiles.list').map(() => ({ meetingId: followUp })),
    );

    // Back to the other meeting: what it showed is still current (its meeting did not change)…
    const back = calls.mark;
    await page.evaluate((id) => (window.location.hash = `#/rapat/${id}/pelaksanaan`), seed);
    await page.getByTestId('locked-banner').waitFor();
    await page.waitForTimeout(500);
    expect(count(calls.since(back), 'meetings.workspace')).toBe(0);
    // …while the ledger, which shows meetings, reads itself once when shown again.
    const ledger = calls.mark;
    await page.evaluate(() => (window.location.hash = '#/komitmen'));
    await page.getByTestId('ledger-scroller').getByRole('row').first().waitFor();
    await page.waitForTimeout(500);
    expect(count(calls.since(ledger), 'commitments.ledger')).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
