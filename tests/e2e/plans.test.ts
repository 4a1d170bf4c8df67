import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

const TITLE = 'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara dan Rumbia Tahun 2026';

/** The block an office copies from its Excel sheet, header line included, amounts written the Indonesian way. */
const PASTED = [
  [
    'Kegiatan',
    'Intervensi',
    'Sasaran',
    'Target',
    'Satuan',
    'Lokasi (Desa)',
    'Penanggung Jawab',
    'Jadwal',
    'Sumber Dana',
    'Anggaran (Rp)',
  ],
  [
    'Kelas ibu hamil dan pemberian TTD',
    'SP-02',
    'Ibu hamil',
    '120',
    'orang',
    'Tolo; Gantarang',
    'Puskesmas Tolo',
    'TW I, TW II',
    'DAK Nonfisik BOK',
    '18.000.000',
  ],
  [
    'Pendampingan keluarga berisiko stunting oleh TPK',
    'SN-07',
    'Keluarga berisiko stunting',
    '1.214',
    'keluarga',
    'Rumbia; Bontocini',
    'DPPKB',
    'Jan–Des',
    'DAK Nonfisik BOKB',
    '96.000.000',
  ],
  [
    'Pembangunan jamban sehat keluarga',
    'Akses sanitasi layak',
    'Keluarga',
    '40',
    'unit',
    'Bontocini',
    'Pemerintah Desa Bontocini',
    'TW III',
    'Dana Desa',
    'Rp 120.000.000',
  ],
  [
    'Penyuluhan catin di KUA',
    'SN-03',
    'Calon pengantin',
    '80',
    'pasangan',
    'Tolo',
    'KUA Kelara',
    'TW II, TW IV',
    'APBD',
    '6.500.000',
  ],
]
  .map((cells) => cells.join('\t'))
  .join('\r\n');

async function typeCell(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function pasteInto(page: Page, text: string): Promise<void> {
  await page.getByTestId('plan-grid').evaluate((grid, data) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', data);
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
}

describe('the Kelara–Rumbia follow-up action plan in the grid', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    const institution = (name: string, shortName: string | null, sector: string, level: string, areaCode: string) =>
      api(preview, 'institutions.create', { name, shortName, sector, level, areaCode } as never);
    await institution('Puskesmas Tolo', null, 'kesehatan', 'kecamatan', '73.04.05');
    await institution('Puskesmas Rumbia', null, 'kesehatan', 'kecamatan', '73.04.10');
    await institution(
      'Dinas Pengendalian Penduduk dan Keluarga Berencana',
      'DPPKB',
      'keluarga_berencana',
      'kabupaten',
      '73.04',
    );
    await institution('Pemerintah Desa Bontocini', null, 'pemerintahan', 'desa', '73.04.10.2010');
    await institution('KUA Kelara', null, 'agama', 'kecamatan', '73.04.05');
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('enters rows by keyboard and by pasting from Excel, undoes, shows totals and gaps, and keeps it all after a restart', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Rencana Aksi');
    await page.getByRole('button', { name: 'Rencana aksi baru' }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog, 'Wilayah', 'Jeneponto', /^Kabupaten Jeneponto/);
    await field(dialog, 'Tahun').fill('2026');
    await field(dialog, 'Judul rencana aksi').fill(TITLE);
    const lokus: [string, string][] = [
      ['Tolo', 'Kelara'],
      ['Gantarang', 'Kelara'],
      ['Rumbia', 'Rumbia'],
      ['Bontocini', 'Rumbia'],
    ];
    for (const [village, kecamatan] of lokus) {
      await pick(dialog, 'Desa lokus', village, new RegExp(`^${village}.*${kecamatan}`));
    }
    await field(dialog, 'Judul rencana aksi').click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Two rows by keyboard: the new row opens with its activity selected for typing over.
    await page.getByRole('button', { name: 'Tambah baris' }).click();
    const editor = page.getByRole('textbox', { name: 'Kegiatan' });
    await editor.waitFor();
    await editor.fill('Pemberian makanan tambahan lokal bagi ibu hamil KEK');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeCell(page, 'SP-01');
    await page.keyboard.press('Tab');
    await typeCell(page, 'Ibu hamil KEK');
    await typeCell(page, 'Persentase ibu hamil KEK yang mendapat tambahan asupan gizi');
    await typeCell(page, '42');
    await typeCell(page, 'orang');
    await typeCell(page, 'Tolo; Gantarang');
    await typeCell(page, 'Puskesmas Tolo');
    await page.keyboard.press('Tab');
    for (let month = 0; month < 3; month++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    for (let month = 3; month < 12; month++) await page.keyboard.press('Tab');
    await typeCell(page, 'DAK Nonfisik BOK');
    await page.keyboard.type('84.000.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp84.000.000');

    await page.keyboard.press('Control+Enter');
    await page.getByRole('textbox', { name: 'Kegiatan' }).fill('Pemantauan pertumbuhan balita di posyandu');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeCell(page, 'Pemantauan pertumbuhan dan perkembangan balita');
    await page.keyboard.press('Tab');
    await typeCell(page, 'Balita');
    await page.keyboard.press('Tab');
    await typeCell(page, '850');
    await typeCell(page, 'balita');
    await typeCell(page, 'Rumbia');
    await typeCell(page, 'Puskesmas Rumbia');
    await page.keyboard.press('Tab');
    for (let month = 0; month < 12; month++) await page.keyboard.press('Tab');
    await typeCell(page, 'APBD');
    await page.keyboard.type('12.500.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp96.500.000');

    // A bad amount typed by hand is refused with a message; nothing changes.
    await page.getByRole('gridcell').filter({ hasText: '12.500.000' }).click();
    await page.keyboard.type('dua belas juta');
    await page.keyboard.press('Enter');
    await page.getByTestId('grid-problems').getByText('bukan angka', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('plan-total').textContent()).toBe('Rp96.500.000');

    // A block from Excel, pasted onto a new row: it fills that row and adds the rest.
    await page.getByRole('button', { name: 'Tambah baris' }).click();
    await page.getByRole('textbox', { name: 'Kegiatan' }).waitFor();
    await page.keyboard.press('Escape');
    await pasteInto(page, PASTED);
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp337.000.000');
    expect(
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader') })
        .count(),
    ).toBe(6);
    await screenshot(page, 'plan-grid');

    // Undo takes the whole paste back; redo puts it back.
    await page.getByTestId('plan-grid').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp96.500.000');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp337.000.000');
    expect(await page.getByTestId('totals-by-source').textContent()).toContain('Dana Desa/APBDes');

    await page.getByRole('tab', { name: 'Cakupan desa lokus' }).click();
    await page.getByTestId('coverage-summary').waitFor();
    const summary = (await page.getByTestId('coverage-summary').textContent()) ?? '';
    expect(summary).toMatch(/[1-9]\d* celah/);
    await page.getByRole('button', { name: /^Bontocini · Akses sanitasi layak: terdanai/ }).waitFor();
    await screenshot(page, 'plan-coverage');
    expect(errors).toEqual([]);

    await preview.stop();
    preview = await startPreview(dataDir);
    const [plan] = (await api(preview, 'plans.list', {})).items;
    expect(plan?.rowCount).toBe(6);
    expect(plan?.totalAmount).toBe(337_000_000);
    await page.goto(`${preview.url}#/rencana-aksi/${plan?.id}/tabel`);
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp337.000.000');
    const detail = await api(preview, 'plans.get', { id: plan?.id ?? '' });
    expect(detail.rows.map((row) => row.locations.map((v) => v.name).join(', '))).toEqual([
      'Tolo, Gantarang',
      'Rumbia',
      'Tolo, Gantarang',
      'Rumbia, Bontocini',
      'Bontocini',
      'Tolo',
    ]);
    expect(detail.rows[0]?.scheduleMonths).toBe(0b111);
  });
});
