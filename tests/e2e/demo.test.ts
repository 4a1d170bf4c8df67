import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('the sample data', () => {
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

  it('loads from Pengaturan beside the office’s own meeting, is marked where it is picked, and names what blocks its removal', async () => {
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    const own = await api(preview, 'meetings.create', {
      title: 'Rakor Stunting Kecamatan Kelara Desember 2025',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2025-12-12',
      startTime: '09:00',
    });
    const { page, errors } = await openPage(browser, `${preview.url}#/pengaturan`);
    await page.getByTestId('demo-card').getByRole('button', { name: 'Muat data contoh' }).click();
    await page.getByTestId('demo-summary').waitFor();
    await page.getByTestId('demo-banner').waitFor();
    expect((await api(preview, 'meetings.list', {})).total).toBe(3);

    // Lists mark sample records.
    await page.goto(`${preview.url}#/direktori/orang`);
    await page
      .getByRole('row', { name: /St\. Meriam/ })
      .getByText('Contoh', { exact: true })
      .waitFor();

    // Picking a sample person for the office's own meeting: marked in the list, warned once chosen.
    await page.goto(`${preview.url}#/rapat/${own.id}/persiapan`);
    const invitees = page.getByTestId('invitees');
    await field(invitees, 'Orang dari direktori').fill('Meriam');
    const option = page.getByRole('option', { name: /St\. Meriam/ });
    await option.getByText('Contoh', { exact: true }).waitFor();
    await option.click();
    await invitees
      .getByTestId('sample-warning')
      .getByText(/St\. Meriam adalah data contoh/)
      .waitFor();
    await screenshot(page, 'demo-sample-warning');
    await invitees.getByRole('button', { name: 'Undang', exact: true }).click();
    await invitees.getByRole('row', { name: /St\. Meriam/ }).waitFor();

    // Inside a sample meeting, sample people are expected: no warning.
    const [, followUp = ''] = (await api(preview, 'demo.status', {})).meetingIds;
    await page.goto(`${preview.url}#/rapat/${followUp}/persiapan`);
    await field(page.getByTestId('invitees'), 'Orang dari direktori').fill('Alfian');
    await page.getByRole('option', { name: /Alfian/ }).click();
    expect(await page.getByTestId('sample-warning').count()).toBe(0);

    // Removal names the meeting that uses the sample, links to it, and says how to fix it.
    await page.getByTestId('demo-banner').getByRole('button', { name: 'Hapus data contoh' }).click();
    const dialog = page.getByRole('dialog');
    const blockers = dialog.getByTestId('demo-blockers');
    await blockers.getByText('Diundang: St. Meriam (data contoh).').waitFor();
    await blockers.getByText(/hapus St\. Meriam dari daftar undangan/).waitFor();
    await screenshot(page, 'demo-remove-blocked');
    expect(await dialog.getByRole('button', { name: 'Hapus data contoh' }).count()).toBe(0);
    await blockers.getByRole('link', { name: `Rapat: ${own.title}` }).click();
    await expect.poll(() => page.url()).toContain(`/rapat/${own.id}/persiapan`);
    await page.getByRole('button', { name: 'Hapus St. Meriam dari daftar undangan' }).click();
    await expect.poll(async () => (await api(preview, 'demo.blockers', {})).length).toBe(0);

    await page.getByTestId('demo-banner').getByRole('button', { name: 'Hapus data contoh' }).click();
    await page.getByRole('dialog').getByText('Semua data contoh akan dihapus', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus data contoh' }).click();
    await expect.poll(async () => (await api(preview, 'demo.status', {})).loaded).toBe(false);
    expect((await api(preview, 'meetings.list', {})).items.map((m) => m.id)).toEqual([own.id]);
    expect(errors).toEqual([]);
  });
});
