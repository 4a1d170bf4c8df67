import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

function pdfTextOf(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('berita acara kesepakatan and laporan semester from the app', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let seedId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const demo = await api(preview, 'demo.load', {});
    seedId = demo.meetingIds[0] ?? '';
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints the seed Rakor's berita acara from Cetak / Ekspor, its wording on fields and saved as the office's", async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await page.goto(`${preview.url}#/rapat/${seedId}/persiapan`);
    await page.getByRole('button', { name: 'Cetak / Ekspor' }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog, 'Dokumen', '', 'Berita acara kesepakatan');
    const opening = field(dialog, 'Rumusan pembuka');
    await expect.poll(() => opening.inputValue()).toContain('Pada hari ini {hari} tanggal {tanggal}');

    // A placeholder Sirakor cannot fill is named on its field.
    await opening.fill('Pada hari ini {hari}, {nama} menyepakati:');
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.getByText('Penanda {nama} tidak dikenal.', { exact: false }).waitFor();
    await dialog.getByText('Periksa kembali isian yang ditandai.').waitFor();
    await screenshot(page, 'berita-acara-wording-error');
    // Nor is such a wording saved as the office's.
    await opening.fill('Pada hari ini {hari}, {pihak} menyepakati:');
    await dialog.getByRole('button', { name: 'Simpan sebagai rumusan bawaan kantor' }).click();
    await dialog.getByText('Penanda {pihak} tidak dikenal.', { exact: false }).waitFor();
    expect((await api(preview, 'documents.agreementWording', {})).custom).toBe(false);

    await opening.fill('Pada hari ini {hari} tanggal {tanggal_angka}, para pihak dalam {rapat} menyepakati:');
    await field(dialog, 'Nomor berita acara').fill('400.5.7/19/KLR/X/2025');
    await dialog.getByRole('button', { name: 'Simpan sebagai rumusan bawaan kantor' }).click();
    await page.getByText('Rumusan berita acara tersimpan sebagai bawaan kantor.').waitFor();
    expect((await api(preview, 'documents.agreementWording', {})).custom).toBe(true);

    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'berita-acara-preview');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Berita Acara Kesepakatan - Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia - 2025-10-17.pdf',
    );
    const saved = join(ARTIFACTS_DIR, 'downloaded-berita-acara.pdf');
    await download.saveAs(saved);
    const text = pdfTextOf(saved);
    expect(text).toContain('BERITA ACARA KESEPAKATAN');
    expect(text).toContain('Nomor: 400.5.7/19/KLR/X/2025');
    expect(text).toContain(
      'Pada hari ini Jumat tanggal 17 Oktober 2025, para pihak dalam Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia menyepakati:',
    );
    expect(text).toContain('St. Meriam');
    expect(errors).toEqual([]);
  }, 120_000);

  it('makes the laporan semester from Beranda: a bad range is marked on its field, a good one previewed and saved', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Beranda');
    await page.getByTestId('semester-report-open').click();
    const dialog = page.getByRole('dialog', { name: 'Laporan semester untuk Bupati' });
    await dialog.getByText('Rentang tanggal', { exact: true }).click();
    await field(dialog, 'Dari tanggal').fill('01/07/2025');
    await field(dialog, 'Sampai tanggal').fill('30/06/2025');
    await dialog.getByText('Periode', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').waitFor();
    await screenshot(page, 'semester-report-range-error');

    await field(dialog, 'Sampai tanggal').fill('31/12/2025');
    await dialog.getByText('Periode', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 60_000 });
    expect(await dialog.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').count()).toBe(0);
    await screenshot(page, 'semester-report-preview');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Laporan Periode 2025-07-01 sd 2025-12-31.pdf');
    const saved = join(ARTIFACTS_DIR, 'downloaded-laporan-semester.pdf');
    await download.saveAs(saved);
    const text = pdfTextOf(saved);
    expect(text).toContain('PERIODE 1 JULI 2025 S.D. 31 DESEMBER 2025');
    expect(text).toContain('Rapat terlaksana : 2 rapat');
    expect(text).toContain('LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT');
    expect(errors).toEqual([]);
  }, 120_000);

  it('opens the laporan semester from Komitmen too', async () => {
    const { page } = await openPage(browser, preview.url);
    await navigate(page, 'Komitmen');
    await page.getByTestId('semester-report-open').click();
    await page.getByRole('dialog', { name: 'Laporan semester untuk Bupati' }).waitFor();
    expect(await field(page.getByRole('dialog'), 'Tahun').inputValue()).toMatch(/^20\d\d$/);
  });
});
