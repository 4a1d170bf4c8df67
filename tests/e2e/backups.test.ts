import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipPageBytes } from '../node/support/safety';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

async function institutionNames(preview: RunningPreview): Promise<string[]> {
  return (await api(preview, 'institutions.list', {})).items.map((i) => i.name).sort();
}

const BAPPEDA = {
  name: 'Badan Perencanaan Pembangunan Daerah',
  shortName: 'Bappeda',
  sector: 'perencanaan',
  level: 'kabupaten',
  areaCode: '73.04',
} as const;
const PUSKESMAS = { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan', areaCode: '73.04.05' } as const;

/** Opens Pengaturan → Cadangan data the way a user does. */
async function openBackups(page: Page): Promise<void> {
  await navigate(page, 'Pengaturan');
  await page.getByRole('link', { name: 'Kelola cadangan' }).click();
  await page.getByRole('heading', { name: 'Cadangan data' }).waitFor();
}

describe('backups and restore, through the preview host', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const previews: RunningPreview[] = [];

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    dirs.push(dir);
    return dir;
  }

  async function start(dataDir: string): Promise<RunningPreview> {
    const preview = await startPreview(dataDir);
    previews.push(preview);
    return preview;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const preview of previews) await preview.stop();
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('makes a backup and saves a copy, restores it after a change, refuses a bad file, and restores from a file', async () => {
    const dataDir = tempDir();
    const preview = await start(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    await api(preview, 'institutions.create', BAPPEDA);

    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Pengaturan');
    await page.getByText('Belum ada cadangan.').waitFor();
    await screenshot(page, 'backups-settings-card');
    await openBackups(page);
    await page.getByText('Belum ada cadangan.').waitFor();

    // "Cadangkan sekarang", then save the copy (a download in the browser; a save dialog in the app).
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    const created = page.getByRole('dialog', { name: 'Cadangan dibuat' });
    await created.getByText(/^Cadangan dibuat: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WITA\.$/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      created.getByRole('button', { name: 'Simpan salinan' }).click(),
    ]);
    await created.waitFor({ state: 'hidden' });
    const [backup] = await api(preview, 'backups.list', {});
    expect(backup?.kind).toBe('manual');
    expect(download.suggestedFilename()).toBe(backup?.fileName);
    const copy = join(tempDir(), download.suggestedFilename());
    await download.saveAs(copy);
    expect(readFileSync(copy).equals(readFileSync(join(dataDir, 'backups', backup?.fileName as string)))).toBe(true);
    // The database holds the region list: several upload parts of 4 MB for the restore from file below.
    expect(statSync(copy).size).toBeGreaterThan(8 * 1024 * 1024);

    const table = page.getByRole('table', { name: 'Cadangan data' });
    const manualRow = table.getByRole('row').filter({ hasText: 'Manual' });
    await manualRow.getByText('0 rapat, 0 komitmen, 0 orang, 1 instansi, 0 baris rencana aksi').waitFor();
    await manualRow.getByText(/\d+(,\d)? MB/).waitFor();

    // A change after the backup, seen in the directory.
    await api(preview, 'institutions.create', PUSKESMAS);
    await navigate(page, 'Direktori');
    await page.getByRole('cell', { name: 'Puskesmas Tolo', exact: true }).waitFor();

    // Restore the backup: the confirmation says the current data is kept aside.
    await openBackups(page);
    await manualRow.getByRole('button', { name: /^Pulihkan cadangan / }).click();
    const confirm = page.getByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
    await confirm.getByText('disalin dulu sebagai cadangan “Sebelum pemulihan”', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Ya, pulihkan' }).click();
    const report = page.getByTestId('restore-report');
    await report.getByText('Data berhasil dipulihkan').waitFor();
    await report.getByText(/^Dipulihkan dari cadangan tanggal \d{1,2} \w+ \d{4} \d{2}\.\d{2} WITA\.$/).waitFor();
    await report.getByText('Data sebelum pemulihan disimpan sebagai cadangan', { exact: false }).waitFor();
    const instansi = report.getByRole('row').filter({ hasText: 'Instansi' });
    expect(await instansi.getByRole('cell').allInnerTexts()).toEqual(['Instansi', '1', '1']);
    await table.getByRole('row').filter({ hasText: 'Sebelum pemulihan' }).waitFor();
    await screenshot(page, 'backups-restored');
    expect(await institutionNames(preview)).toEqual([BAPPEDA.name]);

    // The other screens show the restored data.
    await navigate(page, 'Direktori');
    await page.getByRole('button', { name: `Hapus ${BAPPEDA.name}` }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Puskesmas Tolo', exact: true }).count()).toBe(0);

    // A file that is not a database is refused with a clear message; nothing changes.
    await openBackups(page);
    const junk = join(tempDir(), 'catatan.sqlite');
    writeFileSync(junk, 'bukan basis data');
    const [badChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click(),
    ]);
    await badChooser.setFiles(junk);
    await confirm.getByText('isi berkas “catatan.sqlite”', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await confirm.getByRole('alert').getByText('Berkas ini bukan basis data Sirakor', { exact: false }).waitFor();
    await screenshot(page, 'backups-bad-file');
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await institutionNames(preview)).toEqual([BAPPEDA.name]);

    // Restore from the saved copy (sent in parts), after another change.
    await api(preview, 'institutions.create', PUSKESMAS);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click(),
    ]);
    await chooser.setFiles(copy);
    await confirm.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await report.getByText(`Dipulihkan dari berkas “${backup?.fileName}”.`).waitFor();
    await expect.poll(() => institutionNames(preview)).toEqual([BAPPEDA.name]);
    await screenshot(page, 'backups-screen');
    expect(errors).toEqual([]);
  });

  it('opens on the recovery screen when the database is damaged, and restores the latest good backup', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    await api(first, 'settings.update', { office: KELARA_OFFICE });
    await api(first, 'institutions.create', BAPPEDA);
    await api(first, 'backups.create', {});
    await api(first, 'institutions.create', PUSKESMAS);
    // Ctrl+C: the preview host takes its backup at quit (the latest good one).
    await first.stop();
    flipPageBytes(join(dataDir, 'sirakor.sqlite'), 'institutions');

    const preview = await start(dataDir);
    expect((await api(preview, 'app.status', {})).state).toBe('recovery');
    const { page, errors } = await openPage(browser, preview.url);
    const recovery = page.getByTestId('recovery-screen');
    await recovery.getByRole('heading', { name: 'Basis data rusak' }).waitFor();
    await recovery.getByText(/^Cadangan baik terakhir: /).waitFor();
    await recovery.getByText('Saat aplikasi ditutup').first().waitFor();
    // The other backup (the manual one) is listed too.
    await recovery
      .getByRole('table', { name: 'Cadangan data' })
      .getByRole('row')
      .filter({ hasText: 'Manual' })
      .waitFor();
    await screenshot(page, 'recovery-screen');

    await recovery.getByRole('button', { name: 'Pulihkan dari cadangan terakhir' }).click();
    const confirm = page.getByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
    await confirm.getByText('Basis data yang rusak tidak dihapus', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Ya, pulihkan' }).click();
    const report = page.getByTestId('restore-report');
    await report.getByText('Data berhasil dipulihkan').waitFor();
    await report.getByText('Data sebelumnya rusak sehingga tidak dapat dicadangkan', { exact: false }).waitFor();
    await screenshot(page, 'recovery-restored');

    await report.getByRole('button', { name: 'Buka Sirakor' }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await navigate(page, 'Direktori');
    await page.getByRole('cell', { name: 'Puskesmas Tolo', exact: true }).waitFor();
    expect(await institutionNames(preview)).toEqual([BAPPEDA.name, PUSKESMAS.name]);
    expect((await api(preview, 'app.status', {})).state).toBe('ok');
    expect(errors).toEqual([]);
  });
});
