import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';

/** Issue 17, the smaller items: the ledger's "clear all filters" and notes on an adopted plan. */
describe('ledger filters and adopted plans, as the screens promise', () => {
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

  it('"Hapus semua filter" clears the search text too, even one typed a moment before', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/komitmen`);
    const total = page.getByTestId('ledger-total');
    await expect.poll(() => total.textContent(), { timeout: 30_000 }).toMatch(/^\d+ komitmen$/);
    const all = await total.textContent();
    await page.getByRole('switch', { name: 'Hanya yang terlambat' }).check();
    await expect.poll(() => total.textContent()).not.toBe(all);
    const search = page.getByRole('textbox', { name: 'Cari', exact: true });
    // Typed, and "clear all" clicked before the search (which waits for a pause in typing) ran.
    await search.fill('posyandu');
    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    await expect.poll(() => total.textContent()).toBe(all);
    expect(await search.inputValue()).toBe('');
    // Nothing comes back once the pause is over: what the box shows is what the list shows.
    await page.waitForTimeout(1000);
    expect(await total.textContent()).toBe(all);
    expect(await search.inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Hapus semua filter' }).count()).toBe(0);

    // A search that ran is cleared as well.
    await search.fill('posyandu');
    await expect.poll(() => total.textContent()).not.toBe(all);
    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    await expect.poll(() => total.textContent()).toBe(all);
    expect(await search.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes notes and realisation typed into an adopted plan, and nothing else', async () => {
    const plan = (await api(preview, 'plans.list', {})).items.find((item) => item.status === 'adopted');
    if (!plan) throw new Error('the demo has an adopted plan');
    const before = await api(preview, 'plans.get', { id: plan.id });
    const row = before.rows[0];
    if (!row) throw new Error('the demo plan has rows');
    const { page, errors } = await openPage(browser, `${preview.url}#/rencana-aksi/${plan.id}/tabel`);
    // The banner folds its explanation away; React renders the folded text at idle priority, so it is read only
    // once opened, as a user reads it.
    const banner = page.getByTestId('plan-locked');
    await banner.getByRole('button', { name: 'Selengkapnya' }).click();
    await expect.poll(() => banner.textContent()).toContain('catatan tetap dapat diisi');
    const cell = (key: string) => page.getByRole('row').nth(1).locator(`[data-col="${key}"]`);
    await cell('notes').waitFor();

    await cell('notes').click();
    await page.keyboard.type('Sudah berjalan di 3 desa');
    const editor = page.getByRole('textbox', { name: 'Catatan' });
    await editor.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('notes').textContent()).toBe('Sudah berjalan di 3 desa');
    await cell('realisationPercent').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const stored = (await api(preview, 'plans.get', { id: plan.id })).rows.find((r) => r.id === row.id);
        return [stored?.notes, stored?.realisationPercent];
      })
      .toEqual(['Sudah berjalan di 3 desa', 40]);

    // What was adopted stays as it was: typing into the activity opens no editor.
    await cell('activity').click();
    await page.keyboard.type('x');
    await page.keyboard.press('Delete');
    expect(await page.getByRole('textbox', { name: 'Kegiatan' }).count()).toBe(0);
    await page.waitForTimeout(500);
    const after = (await api(preview, 'plans.get', { id: plan.id })).rows.find((r) => r.id === row.id);
    expect(after?.activity).toBe(row.activity);
    expect(errors).toEqual([]);
    await page.close();
  });
});
