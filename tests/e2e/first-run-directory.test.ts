import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('first run and the directory, through the preview host', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up the office, adds an institution and a person, and keeps them after a restart', async () => {
    preview = await startPreview(dataDir);
    const { page, errors } = await openPage(browser, preview.url);

    // First run loads 91,599 regions before the setup screen shows: wait for it rather than sample once.
    await page.getByRole('heading', { name: 'Selamat datang di Sirakor' }).waitFor();
    await screenshot(page, 'first-run-setup');
    await pick(page, 'Kabupaten/Kota', 'jenepon', /Jeneponto/);
    await pick(page, 'Kecamatan', 'Kela', 'Kelara');
    expect(await page.getByLabel('Nama kantor').inputValue()).toBe('Kantor Camat Kelara');
    await page.getByLabel('Alamat kantor').fill('Jalan Poros Jeneponto–Malakaji, Tolo, Kelara');
    await page.getByRole('button', { name: 'Mulai menggunakan Sirakor' }).click();
    await page.getByRole('heading', { name: 'Selamat bekerja, Kantor Camat Kelara' }).waitFor();

    await navigate(page, 'Direktori');
    await page.getByText('Belum ada instansi').waitFor();
    await page.getByRole('button', { name: 'Instansi baru' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama instansi').fill('Dinas Pengendalian Penduduk dan Keluarga Berencana');
    await dialog.getByLabel('Singkatan').fill('DPPKB');
    await pick(dialog, 'Sektor', 'Keluarga', 'Keluarga Berencana');
    await pick(dialog, 'Tingkat', 'Kab', 'Kabupaten/Kota');
    await pick(dialog, 'Wilayah', 'jeneponto', /Jeneponto/);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByRole('cell', { name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana DPPKB', exact: true })
      .waitFor();

    await page.getByRole('tab', { name: 'Orang' }).click();
    await page.getByRole('button', { name: 'Orang baru' }).click();
    await dialog.getByLabel('Nama lengkap dengan gelar').fill('St. Meriam');
    await dialog.getByLabel('Jabatan').fill('Kepala DPPKB');
    await pick(dialog, 'Instansi', 'DPPKB', /DPPKB/);
    await dialog.getByLabel('NIP').fill('12345');
    await dialog.getByLabel('No. HP').fill('0812-3456-7890');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // A bad NIP is refused with a field message and nothing typed is lost.
    await dialog.getByText('NIP harus 18 angka.').waitFor();
    expect(await dialog.getByLabel('Nama lengkap dengan gelar').inputValue()).toBe('St. Meriam');
    await dialog.getByLabel('NIP').fill('19700315 199503 2 004');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('cell', { name: 'St. Meriam', exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('cell', { name: '19700315 199503 2 004', exact: true }).count()).toBe(1);
    // Phone numbers are personal data: masked in the list.
    expect(await page.getByRole('cell', { name: '0812•••••890', exact: true }).count()).toBe(1);
    await screenshot(page, 'directory-people');
    expect(errors).toEqual([]);

    await preview.stop();
    preview = await startPreview(dataDir);
    await page.goto(`${preview.url}#/direktori`);
    await page
      .getByRole('cell', { name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana DPPKB', exact: true })
      .waitFor();
    await screenshot(page, 'directory-institutions');
    await page.getByRole('tab', { name: 'Orang' }).click();
    await page.getByRole('cell', { name: 'St. Meriam', exact: true }).waitFor();
    await navigate(page, 'Pengaturan');
    await page.getByText('91.599 wilayah administrasi dimuat').waitFor();
    expect(await page.getByLabel('Nama kantor').inputValue()).toBe('Kantor Camat Kelara');
    await screenshot(page, 'settings');
    expect(errors).toEqual([]);
  });
});
