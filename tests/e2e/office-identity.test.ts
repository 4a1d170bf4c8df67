import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_KEYS_FILE } from '../../electron/exchange/key-store';
import { api, KELARA_OFFICE } from './support/api';
import { axeViolations } from './support/axe';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';
import { setLanguage } from './support/screens';

const KODE_PATTERN = /^\d{4}( \d{4}){5}$/;

/** Waits for the page's transitions (a dialog fading in) to end: axe measures colours as they are shown. */
async function settled(page: Page): Promise<void> {
  // Two frames first: a transition starts on the frame after the element mounts.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
  );
}

/** axe's serious and critical findings inside `selector`, once the page is still. */
async function stillViolations(page: Page, selector: string) {
  await settled(page);
  return axeViolations(page, selector);
}

describe('Pengaturan → Identitas kantor', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir)]);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openCard(): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(browser, preview.url);
    await navigate(opened.page, 'Pengaturan');
    await opened.page.getByRole('heading', { name: 'Identitas kantor', level: 4 }).waitFor();
    return opened;
  }

  it('shows the office and its kode verifikasi, large and readable, and copies it', async () => {
    const identity = await api(preview, 'exchange.identity', {});
    if (identity.keys.state !== 'ready') throw new Error('keys not ready');
    const { kode } = identity.keys;
    const { page, errors } = await openCard();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
    const card = page.getByTestId('office-identity');
    await expect.poll(() => card.getByTestId('kode-verifikasi').textContent()).toBe(kode);
    expect(kode).toMatch(KODE_PATTERN);
    const text = (await card.textContent()) ?? '';
    for (const fact of ['Kantor Camat Kelara', 'Kecamatan', 'Kelara (kode 73.04.05)', identity.officeId as string])
      expect(text).toContain(fact);
    expect(text).toContain('bacakan kode ini lewat telepon');
    // Large enough to read out: at least 24 px.
    const size = await card
      .getByTestId('kode-verifikasi')
      .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);

    await card.getByRole('button', { name: 'Salin kode' }).click();
    await page.getByText('Kode verifikasi disalin.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kode);

    expect(await stillViolations(page, '[data-testid="office-identity"]')).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'office-identity-1366');
    await card.screenshot({ path: await screenshot(page, 'office-identity-card-1366') });
    await page.setViewportSize({ width: 1024, height: 640 });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'office-identity-1024');
    await card.screenshot({ path: await screenshot(page, 'office-identity-card-1024') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe violations in English either, with the card translated', async () => {
    await setLanguage(preview, 'en');
    try {
      const { page, errors } = await openPage(browser, preview.url);
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      const card = page.getByTestId('office-identity');
      await card.getByRole('heading', { name: 'Office identity' }).waitFor();
      await card.getByRole('button', { name: 'Copy code' }).waitFor();
      expect(await card.textContent()).toContain('Verification code');
      expect(await stillViolations(page, '[data-testid="office-identity"]')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await setLanguage(preview, 'id');
    }
  });

  it('a damaged key file: the app runs, the card says what to do, and new keys are made only when asked', async () => {
    const before = await api(preview, 'exchange.identity', {});
    await preview.stop();
    writeFileSync(join(dataDir, OFFICE_KEYS_FILE), '{"format": 1');
    preview = await startPreview(dataDir);
    const { page, errors } = await openCard();
    const card = page.getByTestId('office-identity');
    const problem = card.getByRole('alert');
    await problem.getByText('Pertukaran data belum dapat digunakan').waitFor();
    expect(await problem.textContent()).toContain('Berkas kunci kantor (office-keys.json di folder data) rusak');
    expect(await card.getByTestId('kode-verifikasi').count()).toBe(0);
    expect(await stillViolations(page, '[data-testid="office-identity"]')).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await card.screenshot({ path: await screenshot(page, 'office-identity-problem-1366') });

    await problem.getByRole('button', { name: 'Buat kunci baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat kunci baru untuk kantor ini?' });
    await dialog.getByText('Berkas kunci yang lama tidak dihapus').waitFor();
    expect(await stillViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Ya, buat kunci baru' }).click();
    await dialog.waitFor({ state: 'detached' });

    const kode = card.getByTestId('kode-verifikasi');
    await kode.waitFor();
    expect(await kode.textContent()).toMatch(KODE_PATTERN);
    const notice = card.getByTestId('kode-change');
    await notice.getByText('Kode verifikasi kantor ini berubah').waitFor();
    expect(await notice.textContent()).toContain('Kabari setiap kantor');
    await card.screenshot({ path: await screenshot(page, 'office-identity-changed-1366') });
    expect(await stillViolations(page, '[data-testid="office-identity"]')).toEqual([]);
    await notice.getByRole('button', { name: 'Kantor lain sudah dikabari' }).click();
    await notice.waitFor({ state: 'detached' });

    const after = await api(preview, 'exchange.identity', {});
    expect(after.officeId).toBe(before.officeId);
    expect(readdirSync(dataDir).some((name) => name.startsWith('office-keys.unusable-'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
