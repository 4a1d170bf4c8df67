import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDownload } from '../node/support/jobs';
import { seedRakor, type Call } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { axeViolations } from './support/axe';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * A job's notice stays usable while a dialog is open: the user who started a report from a
 * dialog, or opened one while an export ran, must be able to save the file or close the notice
 * without closing the dialog first (and losing what was typed in it).
 */
describe('a job notice over an open dialog', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    await seedRakor(call);
    await jobDownload(call, { kind: 'directoryXlsx', input: {} });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves the file and closes the notice while a dialog stays open with its typing', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Direktori');
    await page.getByRole('button', { name: 'Instansi baru' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('textbox').first().pressSequentially('Puskesmas Tolo', { delay: 60 });

    const notice = page.getByTestId('job-notice').filter({ hasText: 'Selesai' });
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Simpan berkas' }).click({ timeout: 5_000 });
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(page, 'jobs/notice-over-dialog');
    await notice.getByRole('button', { name: 'Tutup pemberitahuan' }).click({ timeout: 5_000 });
    await expect.poll(() => page.getByTestId('job-notice').count()).toBe(0);

    // The dialog is still open, with what was typed.
    await expect.poll(() => dialog.getByRole('textbox').first().inputValue()).toBe('Puskesmas Tolo');
    expect(errors).toEqual([]);
  }, 120_000);

  it('is reached by Alt+N from the middle of typing, on a page or in a dialog, and Escape goes back there', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Direktori');
    const search = page.getByRole('textbox', { name: /Cari/ }).first();
    await search.click();
    await search.pressSequentially('Puskes', { delay: 60 });
    await api(preview, 'jobs.start', { kind: 'directoryXlsx', input: {} });
    const notice = page.getByTestId('job-notice').filter({ hasText: 'Selesai' });
    await notice.waitFor();
    expect(await page.getByRole('region', { name: 'Pekerjaan yang berjalan' }).getAttribute('aria-keyshortcuts')).toBe(
      'Alt+N',
    );

    await page.waitForTimeout(300);
    await page.keyboard.press('Alt+N');
    await expect.poll(() => notice.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await notice.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await screenshot(page, 'jobs/notice-reached-by-keyboard');
    expect(await axeViolations(page, '[role="region"][aria-keyshortcuts]')).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('mas', { delay: 60 });
    expect(await search.inputValue()).toBe('Puskesmas');

    // From a dialog too: Escape in the notice goes back into the dialog and does not close it.
    await page.getByRole('button', { name: 'Instansi baru' }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByRole('textbox').first();
    await name.waitFor();
    await name.pressSequentially('Dinas', { delay: 60 });
    await page.keyboard.press('Alt+N');
    await expect.poll(() => notice.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(' Sosial', { delay: 60 });
    expect(await name.inputValue()).toBe('Dinas Sosial');
    expect(await dialog.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
