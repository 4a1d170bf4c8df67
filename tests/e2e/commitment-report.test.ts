import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('laporan tindak lanjut komitmen from the ledger', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let seed: SeedRakor;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    seed = await seedRakor(call, { approve: true });
    await call('commitments.setStatus', { id: seed.commitments[1]?.id as string, status: 'done' });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens Cetak laporan with the ledger filters, previews per meeting and saves a PDF', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Komitmen');
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('2 komitmen');

    await page.getByRole('button', { name: 'Cetak laporan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cetak laporan tindak lanjut komitmen' });
    expect(await dialog.getByTestId('report-scope').textContent()).toBe(
      'Laporan memuat 2 komitmen sesuai filter daftar saat ini.',
    );
    await dialog.getByText('Per rapat', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('img', { name: 'Halaman 1' }).count()).toBe(1);
    await screenshot(page, 'commitment-report-preview');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Laporan Tindak Lanjut Komitmen per Rapat - \d{4}-\d{2}-\d{2}\.pdf$/);
    const saved = join(ARTIFACTS_DIR, 'downloaded-laporan-komitmen.pdf');
    await download.saveAs(saved);
    const text = execFileSync('pdftotext', ['-raw', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN TINDAK LANJUT KOMITMEN');
    expect(text).toContain('RINGKASAN PER RAPAT');
    for (const commitment of seed.commitments) expect(text).toContain(commitment.description.slice(0, 40));
    // The DPPKB commitment was due 31 December 2025 and is still open: overdue.
    expect(text).toContain('Terlambat');
    expect(text).toMatch(/JUMLAH 2 1 0 1 0 1 50\b/);
    await page.keyboard.press('Escape');

    // The ledger filtered to the overdue ones: the report follows the filter.
    await page.getByRole('switch', { name: 'Hanya yang terlambat' }).check();
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('1 komitmen');
    await page.getByRole('button', { name: 'Cetak laporan' }).click();
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 30_000 });
    const [filtered] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    const filteredFile = join(ARTIFACTS_DIR, 'downloaded-laporan-komitmen-terlambat.pdf');
    await filtered.saveAs(filteredFile);
    const filteredText = execFileSync('pdftotext', ['-raw', filteredFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(filteredText).toContain('Status : hanya yang terlambat');
    expect(filteredText).not.toContain(seed.commitments[1]?.description.slice(0, 40));
    expect(errors).toEqual([]);
  });
});
