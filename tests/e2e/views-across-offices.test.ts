import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKabupaten, type HeldOffice } from '../node/support/kabupaten';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { launchBrowser, openPage, screenshotsAtBothSizes } from './support/browser';
import { field, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * Views across offices (issue 11) in the UI of a kabupaten holding its own data and three
 * kecamatan offices' (received as a package import receives them): the dashboard compares the
 * offices and opens each one's overdue commitments, or every office's, in the ledger; the ledger
 * and the meetings list filter by office; other offices' rows show where they came from and offer
 * no edit or delete; the year's action plans are consolidated per kecamatan, intervention and
 * funding source.
 */
describe('a kabupaten’s views across its kecamatan offices', () => {
  let browser: Browser;
  let dir: string;
  let preview: RunningPreview;
  let kabupaten: HeldOffice;
  let kecamatan: HeldOffice[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-kabupaten-'));
    ({ kabupaten, kecamatan } = await buildKabupaten(async (dataDir) => {
      const host = await startPreview(dataDir);
      return { call: (method, input) => api(host, method, input), close: () => host.stop() };
    }, dir));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dir)]);
  }, 180_000);

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rumbia = () => kecamatan.find((o) => o.name === 'Kantor Camat Rumbia') as HeldOffice;
  const overdueEverywhere = () => [kabupaten, ...kecamatan].reduce((sum, o) => sum + o.overdue, 0);

  async function ledgerTotal(page: Page, count: number): Promise<void> {
    await page
      .getByTestId('ledger-total')
      .filter({ hasText: `${count} komitmen` })
      .waitFor();
  }

  it('compares the offices on the dashboard and opens one office’s overdue commitments, or all', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    const comparison = page.getByTestId('office-comparison');
    await comparison.waitFor();
    const rows = comparison.getByTestId('office-row');
    expect(await rows.count()).toBe(4);
    const rumbiaRow = rows.filter({ hasText: 'Kantor Camat Rumbia' });
    // Rumbia: 4 commitments due in 2026, none done, 3 overdue, 1 cancelled → 0%.
    expect((await rumbiaRow.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      'Kantor Camat Rumbia',
      '4',
      '0',
      '0%',
      '3',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'offices-dashboard');

    await rumbiaRow.getByRole('button', { name: '3 komitmen terlambat Kantor Camat Rumbia' }).click();
    await ledgerTotal(page, rumbia().overdue);
    const origins = page.getByTestId('ledger-origin');
    await origins.first().waitFor();
    expect(await origins.allTextContents()).toEqual(Array(rumbia().overdue).fill('dari Kantor Camat Rumbia · '));

    await page.goto(`${preview.url}#/`);
    await page.getByTestId('all-overdue').click();
    await ledgerTotal(page, overdueEverywhere());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the ledger and the meetings list by office; other offices’ meetings cannot be deleted', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/komitmen`);
    const all = [kabupaten, ...kecamatan].reduce((sum, o) => sum + o.commitmentIds.length, 0);
    await ledgerTotal(page, all);
    await pick(page, 'Kantor', 'Kelara', 'Kantor Camat Kelara');
    await ledgerTotal(page, 3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'offices-ledger');

    await page.goto(`${preview.url}#/rapat`);
    const table = page.getByRole('table', { name: 'Rapat' });
    await table.getByText('Rakor TPPS Kecamatan Rumbia').waitFor();
    const rumbiaMeeting = table.getByRole('row').filter({ hasText: 'Rakor TPPS Kecamatan Rumbia' });
    expect(await rumbiaMeeting.getByTestId('origin-line').textContent()).toBe('dari Kantor Camat Rumbia');
    expect(await rumbiaMeeting.getByRole('button', { name: /^Hapus/ }).count()).toBe(0);
    const own = table.getByRole('row').filter({ hasText: 'Rakor TPPS Kabupaten Jeneponto' });
    expect(await own.getByTestId('origin-line').count()).toBe(0);
    expect(await own.getByRole('button', { name: /^Hapus/ }).count()).toBe(1);
    await pick(page, 'Kantor', 'Rumbia', 'Kantor Camat Rumbia');
    await table.getByRole('row').filter({ hasText: 'Rakor TPPS Kabupaten Jeneponto' }).waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks other offices’ directory entries and plans as theirs, without edit or delete', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/direktori`);
    const row = page.getByRole('row').filter({ hasText: 'Puskesmas Rumbia' });
    await row.waitFor();
    expect(await row.getByTestId('origin-line').textContent()).toBe('dari Kantor Camat Rumbia');
    expect(await row.getByRole('button').count()).toBe(0);
    const own = page.getByRole('row').filter({ hasText: 'Puskesmas Jeneponto' });
    expect(await own.getByRole('button', { name: 'Ubah Puskesmas Jeneponto' }).count()).toBe(1);

    await page.goto(`${preview.url}#/rencana-aksi/${rumbia().planId}`);
    await page.getByTestId('origin-banner').waitFor();
    await page.getByRole('button', { name: 'Lainnya' }).click();
    await page.getByRole('menuitem', { name: /Ekspor/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Ubah rencana aksi' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // A row of their plan opens read only too: where it came from, and no linking or unlinking.
    await page.getByRole('button', { name: 'Buka detail baris 1' }).click();
    const drawer = page.getByTestId('row-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('origin-banner').textContent()).toBe(
      'Data ini milik Kantor Camat Rumbia dan hanya dapat diubah di sana; di sini hanya dapat dibaca.',
    );
    expect(await field(drawer, 'Tautkan komitmen').count()).toBe(0);
    expect(await drawer.getByRole('button', { name: /^Lepas tautan/ }).count()).toBe(0);
    // The drawer slides in: pictures of it once it stands still.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
    await screenshotsAtBothSizes(page, 'offices-plan-row');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('consolidates the year’s action plans per kecamatan, intervention and funding source', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rencana-aksi`);
    await page.getByRole('link', { name: 'Rekap rencana aksi' }).click();
    const plans = page.getByTestId('consolidated-plan');
    await plans.first().waitFor();
    expect(await plans.count()).toBe(3);
    const rumbiaPlan = plans.filter({ hasText: 'Rumbia' });
    expect(await rumbiaPlan.locator('td').nth(1).textContent()).toBe('Kantor Camat Rumbia');
    // 1 + 6.5 + 3.5 million (Jeneponto, Kelara, Rumbia).
    expect(await page.getByTestId('consolidated-total').textContent()).toMatch(/^Rp\s?11\.000\.000$/);
    await page.getByTestId('consolidated-interventions').waitFor();
    await page.getByTestId('consolidated-funding').getByText('Dana Desa/APBDes').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'offices-consolidated');

    await pick(page, 'Kantor', 'Rumbia', 'Kantor Camat Rumbia');
    await page.waitForURL(/#\/rencana-aksi\/rekap\/2026\//);
    await plans.filter({ hasText: 'Kelara' }).waitFor({ state: 'detached' });
    expect(await plans.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
