import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('basic meetings, through the preview host', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    const institution = await api(preview, 'institutions.create', {
      name: 'Pemerintah Kabupaten Jeneponto',
      sector: 'pemerintahan',
      level: 'kabupaten',
      areaCode: '73.04',
    });
    await api(preview, 'people.create', {
      name: 'H. Islam Iskandar, S.Sos.',
      position: 'Wakil Bupati Jeneponto',
      institutionId: institution.id,
    });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the joint Kelara–Rumbia Rakor and lists it with Indonesian formats', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Rapat');
    await page.getByText('Belum ada rapat.').waitFor();
    await page.getByRole('button', { name: 'Rapat baru' }).click();
    const dialog = page.getByRole('dialog');

    // An empty form is refused field by field, in Indonesian.
    await field(dialog, 'Judul rapat').waitFor();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Wajib diisi.').first().waitFor();
    // The empty date is missing, not "invalid": title and date both say so.
    await expect.poll(() => dialog.getByText('Wajib diisi.').count()).toBeGreaterThanOrEqual(2);
    expect(await dialog.getByText('Tanggal tidak valid.').count()).toBe(0);

    await field(dialog, 'Judul rapat').fill('Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia');
    await pick(dialog, 'Tingkat penyelenggara', '', 'Kabupaten/Kota');
    // Two kecamatan in Indonesia are called Rumbia: the office's own kabupaten is offered first.
    await pick(dialog, 'Wilayah rapat', 'Rumbia', /Rumbia.*Jeneponto/);
    await field(dialog, 'Tanggal').fill('17/10/2025');
    await field(dialog, 'Tempat').click();
    expect(await field(dialog, 'Tanggal').inputValue()).toBe('Jumat, 17 Oktober 2025');
    await field(dialog, 'Tempat').fill('Aula Kantor Camat Kelara');
    await field(dialog, 'Mulai pukul').fill('9');
    await field(dialog, 'Rencana selesai').fill('12.15');
    await field(dialog, 'Tempat').click();
    // Times are typed the Indonesian way and normalised when the field is left.
    expect(await field(dialog, 'Mulai pukul').inputValue()).toBe('09.00');
    expect(await field(dialog, 'Rencana selesai').inputValue()).toBe('12.15');
    await pick(dialog, 'Pimpinan rapat', 'Islam', 'H. Islam Iskandar, S.Sos.');
    await field(dialog, 'Memimpin selaku').fill('Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten');
    await screenshot(page, 'meeting-form');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // A new meeting opens in its workspace; the list is one link away.
    await page.getByRole('heading', { name: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia' }).waitFor();
    await page.getByRole('link', { name: '← Kembali ke daftar rapat' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Jumat, 17 Oktober 2025');
    expect(text).toContain('09.00 WITA');
    expect(text).toContain('Kelara, Rumbia');
    expect(text).toContain('Draf');
    await screenshot(page, 'meetings-list');

    // 17 October 2025 is in the past for the office's calendar (tests run later): the views agree.
    await page.getByText('Akan datang', { exact: true }).click();
    await page.getByText('Tidak ada data yang cocok dengan pencarian.').waitFor();
    await page.getByText('Lampau', { exact: true }).click();
    await row.waitFor();
    await page.getByText('Templat', { exact: true }).click();
    await page.getByText('Tidak ada data yang cocok dengan pencarian.').waitFor();

    const [meeting] = (await api(preview, 'meetings.list', {})).items;
    expect(meeting?.areas.map((a) => a.code)).toEqual(['73.04.05', '73.04.10']);
    expect(meeting?.chairName).toBe('H. Islam Iskandar, S.Sos.');
    expect(errors).toEqual([]);
  });
});
