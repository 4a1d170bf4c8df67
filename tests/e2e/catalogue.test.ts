import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

const SP01 = 'Tambahan asupan gizi bagi ibu hamil KEK';
const TITLE = 'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara Tahun 2026';
const NEW_SOURCE = 'CSR Bank Sulselbar';

/** The intervention table's rows (header excluded). */
function interventionRows(page: Page) {
  return page.getByTestId('intervention-row');
}

describe('the intervention catalogue and the commitments of a plan row', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let seed: SeedRakor;
  let planId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    seed = await seedRakor(call, { approve: true });
    const plan = await call('plans.create', { areaCode: '73.04.05', year: 2026, title: TITLE });
    planId = plan.id;
    const [sp01] = await call('interventions.list', { query: 'SP-01' });
    // The row that keeps SP-01 in use: the catalogue must refuse to delete it.
    await call('planRows.create', {
      planId,
      activity: 'Pemberian makanan tambahan lokal bagi ibu hamil KEK',
      interventionId: sp01?.id ?? null,
      targetVolume: 42,
      targetUnit: 'ibu hamil',
      responsibleInstitutionId: seed.institutions.dppkb.id,
    });
    await call('planRows.create', {
      planId,
      activity: 'Sosialisasi pendampingan keluarga berisiko stunting oleh TPK',
      responsibleInstitutionId: seed.institutions.dppkb.id,
    });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds an intervention, edits a seeded one, refuses to delete one in use, adds a funding source a row then uses', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Rencana Aksi');
    await page.getByRole('link', { name: 'Katalog intervensi' }).click();
    await page.getByRole('heading', { name: 'Katalog Intervensi' }).waitFor();
    await expect.poll(() => interventionRows(page).count()).toBe(20);
    expect(await page.getByTestId('seeded-badge').count()).toBe(20);
    await screenshot(page, 'catalogue-interventions');

    // Filter by kind, then by text.
    const kinds = page.getByRole('radiogroup', { name: 'Saring jenis intervensi' });
    await kinds.getByText('Sensitif', { exact: true }).click();
    await expect.poll(() => interventionRows(page).count()).toBe(11);
    await page.getByRole('textbox', { name: 'Cari' }).fill('sanitasi');
    await expect.poll(() => interventionRows(page).count()).toBe(1);
    expect(await interventionRows(page).first().textContent()).toContain('Akses sanitasi layak');
    await page.getByRole('textbox', { name: 'Cari' }).fill('');
    await kinds.getByText('Semua', { exact: true }).click();
    await expect.poll(() => interventionRows(page).count()).toBe(20);

    // A new intervention: the host's messages appear under their fields.
    await page.getByRole('button', { name: 'Intervensi baru' }).click();
    let dialog = page.getByRole('dialog');
    await pick(dialog, 'Jenis', 'spesifik', 'Intervensi spesifik');
    await field(dialog, 'Kode').fill('SP-01');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Wajib diisi.').waitFor();
    await field(dialog, 'Nama intervensi').fill('Pemberian obat cacing pada balita');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Kode “SP-01” sudah dipakai.').waitFor();
    await field(dialog, 'Kode').fill('SP-10');
    await field(dialog, 'Indikator').fill('Persentase balita 12–59 bulan yang mendapat obat cacing');
    await field(dialog, 'Satuan').fill('balita');
    await field(dialog, 'Target nasional').fill('80%');
    await field(dialog, 'Kelompok sasaran').fill('Balita 12–59 bulan');
    await screenshot(page, 'catalogue-intervention-form');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const added = interventionRows(page).filter({ hasText: 'Pemberian obat cacing pada balita' });
    await added.waitFor();
    expect(await added.textContent()).toContain('Tambahan kantor');
    expect(await added.textContent()).toContain('Spesifik');
    expect(await interventionRows(page).count()).toBe(21);

    // A seeded one edited: it stays marked as seeded, now "edited".
    await page.getByRole('button', { name: `Ubah ${SP01}` }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('Ini entri bawaan Sirakor.', { exact: false }).waitFor();
    await field(dialog, 'Target nasional').fill('95%');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const sp01 = interventionRows(page).filter({ hasText: SP01 });
    await expect.poll(() => sp01.textContent()).toContain('95%');
    expect(await sp01.textContent()).toContain('Bawaan, diubah');

    // Deleting the intervention a plan row uses is refused, and the dialog says why.
    await page.getByRole('button', { name: `Hapus ${SP01}` }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await dialog.getByText('Masih dipakai oleh 1 baris rencana aksi, jadi tidak dapat dihapus.').waitFor();
    await screenshot(page, 'catalogue-delete-refused');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await interventionRows(page).count()).toBe(21);

    // An unused one goes.
    await page.getByRole('button', { name: 'Hapus Pemberian obat cacing pada balita' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => interventionRows(page).count()).toBe(20);

    // Convergence actions: the 8 aksi and the 2025 scheme.
    await page.getByRole('tab', { name: 'Aksi konvergensi' }).click();
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(14);
    await page.getByRole('heading', { name: 'Skema 2025 (4 utama + 2 pendukung)' }).waitFor();
    await screenshot(page, 'catalogue-actions');

    // A funding source of the office's own, under CSR.
    await page.getByRole('tab', { name: 'Sumber dana' }).click();
    await expect.poll(() => page.getByTestId('source-row').count()).toBe(10);
    await page.getByRole('button', { name: 'Sumber dana baru' }).click();
    dialog = page.getByRole('dialog');
    await field(dialog, 'Nama sumber dana').fill(NEW_SOURCE);
    await field(dialog, 'Kode').fill('CSR BSB');
    await pick(dialog, 'Induk', 'CSR', /^CSR$/);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Format tidak sesuai.').waitFor();
    await field(dialog, 'Kode').fill('CSR-BSB');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('source-row').count()).toBe(11);
    expect(await page.getByTestId('source-row').filter({ hasText: NEW_SOURCE }).textContent()).toContain('CSR-BSB');
    await screenshot(page, 'catalogue-sources');

    // The plan row takes the new source by name, as typed in the grid.
    await navigate(page, 'Rencana Aksi');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('plan-grid').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Pemberian makanan tambahan lokal' });
    await row.locator('[data-col="fundingSource"]').click();
    await page.keyboard.type(NEW_SOURCE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('25.000.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Rp25.000.000');
    const detail = await api(preview, 'plans.get', { id: planId });
    expect(detail.rows[0]?.funding.map((line) => [line.fundingSourceName, line.amount])).toEqual([
      [NEW_SOURCE, 25_000_000],
    ]);
    expect(errors).toEqual([]);
  });

  it('links a commitment to a plan row in the row drawer, and it is still there after a reload', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rencana-aksi/${planId}/tabel`);
    await page.getByTestId('plan-grid').waitFor();
    await screenshot(page, 'plan-row-toolbar');
    await page.getByRole('button', { name: 'Buka detail baris 1' }).click();
    const drawer = page.getByTestId('row-drawer');
    await drawer.getByText('Belum ada komitmen yang ditautkan ke baris ini.').waitFor();

    const link = async (search: string, option: RegExp): Promise<void> => {
      await pick(drawer, 'Tautkan komitmen', search, option);
    };
    await field(drawer, 'Tautkan komitmen').click();
    await field(drawer, 'Tautkan komitmen').fill('TPPS Desa');
    await page.getByRole('option', { name: /^Memperkuat TPPS Desa\/Kelurahan/ }).waitFor();
    await screenshot(page, 'plan-row-picker');
    await page.getByRole('option', { name: /^Memperkuat TPPS Desa\/Kelurahan/ }).click();
    await expect.poll(() => drawer.getByTestId('linked-commitment').count()).toBe(1);
    await link('menyelaraskan', /^Menyelaraskan program dan anggaran/);
    await expect.poll(() => drawer.getByTestId('linked-commitment').count()).toBe(2);
    const bappeda = drawer.getByTestId('linked-commitment').filter({ hasText: 'Menyelaraskan program' });
    await bappeda.getByText('Batas waktu 31 Januari 2026', { exact: false }).waitFor();
    await screenshot(page, 'plan-row-drawer');

    // Unlinking one; the other stays.
    await bappeda.getByRole('button', { name: /^Lepas tautan komitmen/ }).click();
    await expect.poll(() => drawer.getByTestId('linked-commitment').count()).toBe(1);
    const detail = await api(preview, 'plans.get', { id: planId });
    expect(detail.rows[0]?.commitmentIds).toEqual([seed.commitments[0]?.id]);

    await page.reload();
    await page.getByTestId('plan-grid').waitFor();
    await page.getByRole('button', { name: 'Buka detail baris 1' }).click();
    const after = page.getByTestId('row-drawer').getByTestId('linked-commitment');
    await expect.poll(() => after.count()).toBe(1);
    await expect.poll(() => after.textContent()).toContain('Memperkuat TPPS Desa/Kelurahan');
    expect(await after.textContent()).toContain('31 Desember 2025');

    // A link is a step of the grid's history: Ctrl+Z takes it back like any edit.
    await pick(page.getByTestId('row-drawer'), 'Tautkan komitmen', 'menyelaraskan', /^Menyelaraskan program/);
    await expect.poll(() => after.count()).toBe(2);
    await page.keyboard.press('Escape');
    await page.getByTestId('row-drawer').waitFor({ state: 'detached' });
    await page.getByTestId('plan-grid').focus();
    await page.keyboard.press('Control+Z');
    const linksOf = async (): Promise<string[][]> =>
      (await api(preview, 'plans.get', { id: planId })).rows.map((row) => row.commitmentIds);
    const first = seed.commitments[0]?.id ?? '';
    await expect.poll(linksOf).toEqual([[first], []]);

    // Linking it to row 2 moves it there (the picker says where it is now); undo puts it back on row 1.
    await page.getByRole('button', { name: 'Buka detail baris 2' }).click();
    const second = page.getByTestId('row-drawer');
    await field(second, 'Tautkan komitmen').click();
    await field(second, 'Tautkan komitmen').fill('TPPS Desa');
    const moving = page.getByRole('option', { name: /^Memperkuat TPPS Desa\/Kelurahan/ });
    await expect.poll(() => moving.textContent()).toContain('kini di baris 1');
    await moving.click();
    await expect.poll(linksOf).toEqual([[], [first]]);
    await page.keyboard.press('Escape');
    await second.waitFor({ state: 'detached' });
    await page.getByTestId('plan-grid').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(linksOf).toEqual([[first], []]);

    // Taking it from another plan cannot be undone from that plan's grid: the drawer asks first.
    const rumbia = await api(preview, 'plans.create', { areaCode: '73.04.10', year: 2026, title: 'RAT Rumbia 2026' });
    await api(preview, 'planRows.create', { planId: rumbia.id, activity: 'Rembuk stunting desa' });
    await page.goto(`${preview.url}#/rencana-aksi/${rumbia.id}/tabel`);
    await page.getByTestId('plan-grid').waitFor();
    await page.getByRole('button', { name: 'Buka detail baris 1' }).click();
    const other = page.getByTestId('row-drawer');
    await field(other, 'Tautkan komitmen').click();
    await field(other, 'Tautkan komitmen').fill('TPPS Desa');
    const taken = page.getByRole('option', { name: /^Memperkuat TPPS Desa\/Kelurahan/ });
    await expect.poll(() => taken.textContent()).toContain(`tertaut ke baris 1 rencana aksi “${TITLE}” (2026)`);
    await taken.click();
    const question = other.getByTestId('move-from-other-plan');
    await question.getByText('Satu komitmen hanya dapat ditautkan ke satu baris', { exact: false }).waitFor();
    await screenshot(page, 'plan-row-move-question');
    await question.getByRole('button', { name: 'Batal' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await linksOf()).toEqual([[first], []]);

    await pick(other, 'Tautkan komitmen', 'TPPS Desa', /^Memperkuat TPPS Desa\/Kelurahan/);
    await question.getByRole('button', { name: 'Pindahkan ke baris ini' }).click();
    await expect.poll(() => other.getByTestId('linked-commitment').count()).toBe(1);
    expect(await linksOf()).toEqual([[], []]);
    expect((await api(preview, 'plans.get', { id: rumbia.id })).rows[0]?.commitmentIds).toEqual([first]);
    expect(errors).toEqual([]);
  });
});
