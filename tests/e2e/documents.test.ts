import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('documents from the app: settings, preview, download', () => {
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
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets the signer in Pengaturan → Dokumen, previews the invitation and saves the minutes as PDF', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Pengaturan');
    const card = page.getByTestId('document-settings');
    expect(await field(card, 'Baris kop 1').inputValue()).toBe('PEMERINTAH KABUPATEN JENEPONTO');
    expect(await field(card, 'Baris kop 2').inputValue()).toBe('KECAMATAN KELARA');
    // Bad values are reported on their own fields and kept as typed, not changed behind the user's back.
    await field(card, 'Baris kop 2').fill('KECAMATAN KELARA '.repeat(8));
    await field(card, 'Margin atas').fill('500');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await card.getByText('Pengaturan belum disimpan: periksa isian yang ditandai merah.').waitFor();
    await card.getByText('Terlalu panjang (maksimal 120 karakter).').waitFor();
    await card.getByText('Margin antara 5 dan 60 mm.').waitFor();
    expect(await field(card, 'Margin atas').inputValue()).toBe('500 mm');
    await screenshot(page, 'settings-documents-errors');
    await field(card, 'Baris kop 2').fill('KECAMATAN KELARA');
    await field(card, 'Margin atas').fill('20');
    await field(card, 'Telepon').fill('(0419) 21000');
    await pick(card, 'Penanda tangan surat', 'Ridwan', /Ridwan/);
    await field(card, 'Jabatan di atas tanda tangan').fill('CAMAT KELARA,');
    await field(card, 'Tembusan').fill('Bupati Jeneponto (sebagai laporan)');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pengaturan dokumen tersimpan.').waitFor();
    await screenshot(page, 'settings-documents');
    expect((await api(preview, 'documents.setup', {})).letters.signerPersonId).toBe(seed.people.camatKelara.id);

    await page.goto(`${preview.url}#/rapat/${seed.meeting.id}/persiapan`);
    await page.getByRole('button', { name: 'Cetak / Ekspor' }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog, 'Dokumen', '', 'Surat undangan');
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('img', { name: 'Halaman 1' }).count()).toBe(1);
    await screenshot(page, 'document-preview-undangan');

    await pick(dialog, 'Dokumen', '', 'Notulen rapat');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Notulen - Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia - 2025-10-17.pdf',
    );
    const saved = join(ARTIFACTS_DIR, 'downloaded-notulen.pdf');
    await download.saveAs(saved);
    const text = execFileSync('pdftotext', ['-raw', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('NOTULEN RAPAT');
    expect(text).toContain('Jumat, 17 Oktober 2025');
    expect(text).toContain('Disahkan pada');
    expect(errors).toEqual([]);
  });

  it('shows progress while a document is drawn, and Batal drops it without saving', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${seed.meeting.id}/persiapan`);
    // Hold the host's answer back so the wait is visible, as with a long plan on a slow PC.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/documents.meeting', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Cetak / Ekspor' }).click();
    const dialog = page.getByRole('dialog');
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await dialog.getByText('Keduanya').click();
    await dialog.getByRole('button', { name: 'Simpan berkas' }).click();
    const progress = dialog.getByTestId('export-progress');
    await progress.waitFor();
    await expect.poll(() => progress.textContent()).toMatch(/Menyiapkan berkas 1 dari 2… \d+ detik/);
    await screenshot(page, 'document-export-progress');
    await progress.getByRole('button', { name: 'Batal' }).click();
    await progress.waitFor({ state: 'detached' });
    release();
    // The abandoned answer arrives and is dropped: nothing is saved, the buttons are free again.
    await page.waitForTimeout(1_500);
    expect(downloads).toEqual([]);
    expect(await dialog.getByRole('button', { name: 'Simpan berkas' }).isEnabled()).toBe(true);
    await page.unroute('**/api/documents.meeting');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Notulen - .*\.pdf$/);
    expect(errors).toEqual([]);
  });
});
