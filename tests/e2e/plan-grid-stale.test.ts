import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * Issue 15: the grid reads its plan again after each write (the write's change event), and each
 * next write is computed from the rows the grid shows. An answer read before the grid's next write
 * ended must not put the older rows back: the write after it would undo that one.
 */
describe('the plan grid and answers older than its writes', () => {
  let dataDir: string;
  let browser: Browser;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('three months ticked one after another while each reread answer arrives late: all three kept', async () => {
    const adopted = (await api(preview, 'plans.list', {})).items[0];
    if (!adopted) throw new Error('the demo has a plan');
    // The demo's plan is adopted (read-only); next year's copy is a draft with the same rows.
    const plan = await api(preview, 'plans.copyToYear', { id: adopted.id, year: adopted.year + 1 });
    const before = await api(preview, 'plans.get', { id: plan.id });
    const row = before.rows[0];
    if (!row) throw new Error('the demo plan has rows');
    // Three months the first row does not have yet.
    const free = [...Array(12).keys()].filter((month) => (row.scheduleMonths & (1 << month)) === 0).slice(0, 3);
    expect(free).toHaveLength(3);

    const { page, errors } = await openPage(browser, 'about:blank');
    // The host's change events reach the page late when asked (a busy PC): the grid's reread of
    // the plan after a write then starts late too.
    await page.addInitScript(() => {
      const Source = window.EventSource;
      const late = window as unknown as { eventDelay: number };
      late.eventDelay = 0;
      window.EventSource = class extends Source {
        override set onmessage(handler: ((event: MessageEvent) => void) | null) {
          super.onmessage = handler && ((event) => setTimeout(() => handler.call(this, event), late.eventDelay));
        }
      };
    });
    await page.goto(`${preview.url}#/rencana-aksi/${plan.id}/tabel`);
    const cell = (month: number) =>
      page
        .getByRole('row')
        .filter({ has: page.locator(`[data-col="activity"][title="${row.activity}"]`) })
        .locator(`[data-col="m${month + 1}"]`);
    await cell(free[0] ?? 0).waitFor();
    await page.evaluate(() => ((window as unknown as { eventDelay: number }).eventDelay = 1000));
    // The plan as the host had it when read, handed over 400 ms later.
    await page.route(
      (url) => url.pathname === '/api/plans.get',
      async (route) => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.fulfill({ response });
      },
    );
    const written = () => page.waitForResponse((response) => response.url().includes('/api/planRows.applyBatch'));

    let write = written();
    await cell(free[0] ?? 0).dispatchEvent('mousedown');
    await write;
    // The first tick's reread starts: the second tick is written while its answer is on its way…
    await page.waitForRequest((request) => request.url().includes('/api/plans.get'));
    write = written();
    await cell(free[1] ?? 0).dispatchEvent('mousedown');
    await write;
    // …and arrives, older than the second tick, before the second tick's own change event.
    await page.waitForTimeout(600);
    write = written();
    await cell(free[2] ?? 0).dispatchEvent('mousedown');
    await write;
    await page.waitForTimeout(2500);

    const after = await api(preview, 'plans.get', { id: plan.id });
    const ticked = free.reduce((months, month) => months | (1 << month), row.scheduleMonths);
    expect(after.rows[0]?.scheduleMonths).toBe(ticked);
    expect(errors).toEqual([]);
    await page.close();
  });
});
