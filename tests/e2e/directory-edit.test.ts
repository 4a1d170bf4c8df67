import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('directory search, edit and delete, through the preview host', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    const bappeda = await api(preview, 'institutions.create', {
      name: 'Badan Perencanaan Pembangunan Daerah',
      shortName: 'Bappeda',
      sector: 'perencanaan',
      level: 'kabupaten',
      areaCode: '73.04',
    });
    await api(preview, 'institutions.create', {
      name: 'Puskesmas Tolo',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    });
    await api(preview, 'people.create', {
      name: 'Alfian Afandy Syam',
      position: 'Kepala Bappeda',
      institutionId: bappeda.id,
      phone: '081234567890',
    });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('searches, edits a person with their full phone number, and refuses to delete an institution with people', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/direktori`);
    const institutions = page.getByRole('table', { name: 'Instansi' });
    await institutions.getByRole('row').nth(2).waitFor();
    expect(await institutions.getByRole('row').count()).toBe(3);

    await page.getByRole('textbox', { name: 'Cari' }).fill('puskes');
    await page.getByRole('cell', { name: 'Puskesmas Tolo', exact: true }).waitFor();
    await expect.poll(() => institutions.getByRole('row').count()).toBe(2);
    await page.getByRole('textbox', { name: 'Cari' }).fill('tidak ada');
    await page.getByText('Tidak ada data yang cocok dengan pencarian.').waitFor();
    await page.getByRole('textbox', { name: 'Cari' }).fill('');
    await expect.poll(() => institutions.getByRole('row').count()).toBe(3);

    // Bappeda still has a person: the refusal is shown in the dialog, nothing is deleted.
    await page.getByRole('button', { name: 'Hapus Badan Perencanaan Pembangunan Daerah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await dialog.getByText('Instansi ini masih memiliki 1 orang di direktori.', { exact: false }).waitFor();
    await screenshot(page, 'directory-delete-refused');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect((await api(preview, 'institutions.list', {})).total).toBe(2);

    await page.getByRole('button', { name: 'Hapus Puskesmas Tolo' }).click();
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => institutions.getByRole('row').count()).toBe(2);

    await page.getByRole('tab', { name: 'Orang' }).click();
    await page.getByRole('cell', { name: '0812•••••890', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ubah Alfian Afandy Syam' }).click();
    expect(await field(dialog, 'No. HP').inputValue()).toBe('081234567890');
    await field(dialog, 'Pangkat/Golongan').fill('Pembina Utama Muda, IV/c');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Pembina Utama Muda, IV/c').waitFor();
    await screenshot(page, 'directory-person-edited');

    const [person] = (await api(preview, 'people.list', {})).items;
    expect(person?.rank).toBe('Pembina Utama Muda, IV/c');
    expect(errors).toEqual([]);
  });
});
