import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('the sample data from the first-run screen', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the seed Rakor sample, marks it, and removes exactly it', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    await page.getByTestId('demo-banner').waitFor();
    await page.getByTestId('dashboard').waitFor();
    await screenshot(page, 'demo-dashboard');
    await navigate(page, 'Rapat');
    await page
      .getByRole('link', { name: /Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia/ })
      .first()
      .waitFor();
    await screenshot(page, 'demo-meetings');
    expect((await api(preview, 'meetings.list', {})).total).toBe(2);

    // The sample plan is adopted: a gap in its coverage is shown, with no button that would fail.
    const [plan] = (await api(preview, 'plans.list', {})).items;
    await page.goto(`${preview.url}#/rencana-aksi/${plan?.id ?? ''}/cakupan`);
    await page.getByTestId('coverage-summary').waitFor();
    await page
      .getByRole('button', { name: /: celah$/ })
      .first()
      .click();
    await page.getByText('Rencana sudah ditetapkan: kegiatan baru dapat ditambahkan', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Tambah kegiatan untuk sel ini' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.getByTestId('demo-banner').getByRole('button', { name: 'Hapus data contoh' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus data contoh' }).click();
    await expect.poll(async () => (await api(preview, 'meetings.list', {})).total).toBe(0);
    expect((await api(preview, 'demo.status', {})).loaded).toBe(false);
    expect(errors).toEqual([]);
  });
});
