import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from './support/api';
import { openTenYear, type TenYearSession } from './support/ten-year';
import { jobOf, ledgerRequestMs, notice, requestsDuring } from './support/ten-year-jobs';
import { screenshotsAtBothSizes } from './support/browser';
import { jobFilesOf, quantile } from '../node/support/ten-year-jobs';

/** The ledger with all 50,000 commitments counted. */
async function openLedger(session: TenYearSession): Promise<Page> {
  const page = await session.newPage();
  await page.goto(`${session.preview.url}#/komitmen`);
  await page
    .getByTestId('ledger-total')
    .filter({ hasText: /50\.000 komitmen/ })
    .waitFor({ timeout: 120_000 });
  return page;
}

/** Issue 17: long jobs on the ten-year dataset (50,000 commitments) as the user sees them. */
describe('jobs on the ten-year dataset', () => {
  let session: TenYearSession;
  beforeAll(async () => {
    session = await openTenYear();
  }, 900_000);
  afterAll(async () => session?.close());

  test('the ledger XLSX runs as a job: progress, the notice on another page, the file saved, the host keeps answering', async () => {
    const page = await openLedger(session);
    const without: number[] = [];
    for (let i = 0; i < 12; i++) without.push(await ledgerRequestMs(session));

    await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
    await notice(page).filter({ hasText: 'Ekspor daftar komitmen (XLSX)' }).waitFor();
    const [job] = await api(session.preview, 'jobs.list', {});
    expect(job?.kind).toBe('ledgerXlsx');
    // Progress in rows once the worker has read them.
    await page
      .getByTestId('job-progress')
      .filter({ hasText: /dari 50\.000 baris/ })
      .waitFor({ timeout: 120_000 });
    await screenshotsAtBothSizes(page, 'jobs-progress', { windowOnly: true });

    // The user goes on working elsewhere; the host answers as fast as without the job.
    await page.getByRole('link', { name: 'Rapat' }).first().click();
    const during = await requestsDuring(session, job?.id as string);
    console.log(
      `ledger page without the job: median ${quantile(without, 0.5).toFixed(0)} ms, p90 ${quantile(without, 0.9).toFixed(0)} ms; ` +
        `during it (${during.length}): median ${quantile(during, 0.5).toFixed(0)} ms, p90 ${quantile(during, 0.9).toFixed(0)} ms`,
    );
    expect(during.length).toBeGreaterThan(5);
    expect(quantile(during, 0.5)).toBeLessThan(quantile(without, 0.5) + 200);
    expect(quantile(during, 0.9)).toBeLessThan(quantile(without, 0.9) + 200);

    // The end notice on the meetings page, with the file to save.
    const done = notice(page).filter({ hasText: 'Selesai: Ekspor daftar komitmen (XLSX)' });
    await done.waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('#/rapat');
    await screenshotsAtBothSizes(page, 'jobs-done', { windowOnly: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      done.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^komitmen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await done.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
    await done.waitFor({ state: 'hidden' });
    await page.close();
  }, 300_000);

  test('Batal in the notice stops the export on the host: no file is written', async () => {
    const page = await openLedger(session);
    const jobFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('sirakor-jobs-'));
    await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
    const running = notice(page).filter({ hasText: 'Ekspor daftar komitmen (XLSX)' });
    await running.getByTestId('job-progress').filter({ hasText: /baris/ }).waitFor({ timeout: 120_000 });
    const [job] = await api(session.preview, 'jobs.list', {});
    await running.getByRole('button', { name: 'Batal' }).click();
    await notice(page).filter({ hasText: 'Dibatalkan. Tidak ada berkas yang disimpan.' }).waitFor();
    expect((await jobOf(session, job?.id as string))?.state).toBe('cancelled');
    // Nothing of the job's file stays behind, finished or half written.
    await expect
      .poll(() =>
        jobFolders()
          .flatMap((folder) => readdirSync(`${tmpdir()}/${folder}`))
          .filter((f) => f.startsWith(job?.id as string)),
      )
      .toEqual([]);
    await page.close();
  }, 300_000);

  test('a manual backup: progress in the notice, its end notice on another page leads to the backups', async () => {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/pengaturan/cadangan`);
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    const running = notice(page).filter({ hasText: 'Cadangan data' });
    await running.getByTestId('job-progress').filter({ hasText: /\d+%/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Komitmen' }).first().click();
    const done = notice(page).filter({ hasText: 'Selesai: Cadangan data' });
    await done.waitFor({ timeout: 120_000 });
    expect(page.url()).toContain('#/komitmen');
    await done.getByRole('link', { name: 'Lihat cadangan' }).click();
    await page.getByRole('table', { name: 'Cadangan data' }).getByRole('row').filter({ hasText: 'Manual' }).waitFor();
    const [backup] = await api(session.preview, 'backups.list', {});
    expect(backup?.kind).toBe('manual');
    await page.close();
  }, 300_000);

  test('the semester report as a job: progress in the dialog, Batal leaves no file, the end notice on another page', async () => {
    // The notices of earlier tests (or of a first try) closed.
    for (const job of await api(session.preview, 'jobs.list', {}))
      await api(session.preview, 'jobs.dismiss', { id: job.id });
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/komitmen`);
    await page.getByTestId('semester-report-open').click();
    const dialog = page.getByRole('dialog', { name: 'Laporan semester untuk Bupati' });
    await dialog.getByRole('button', { name: 'Simpan berkas' }).click();
    await dialog.getByTestId('export-progress').waitFor();
    await expect.poll(async () => (await api(session.preview, 'jobs.list', {}))[0]?.kind).toBe('semesterReport');
    const [stopped] = await api(session.preview, 'jobs.list', {});
    await dialog.getByTestId('export-progress').getByRole('button', { name: 'Batal' }).click();
    await expect.poll(async () => (await jobOf(session, stopped?.id as string))?.state).toBe('cancelled');
    expect(jobFilesOf(stopped?.id as string)).toEqual([]);
    await notice(page).filter({ hasText: 'Dibatalkan: Laporan semester' }).waitFor();
    // The dialog's overlay covers the notices: this one is closed as its button would.
    await api(session.preview, 'jobs.dismiss', { id: stopped?.id as string });

    // Started again, then the user leaves the dialog and the page: the notice ends on the ledger.
    await dialog.getByRole('button', { name: 'Simpan berkas' }).click();
    const running = notice(page).filter({ hasText: 'Laporan semester' });
    await running.waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Rapat' }).first().click();
    const done = notice(page).filter({ hasText: 'Selesai: Laporan semester' });
    await done.waitFor({ timeout: 120_000 });
    expect(page.url()).toContain('#/rapat');
    await done.getByText(/^Laporan Semester I{1,2} \d{4}\.pdf$/).waitFor();
    await done.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
    await page.close();
  }, 300_000);

  test('the directory export and the progress forms as jobs: their notices end with the file on another page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/direktori`);
    await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
    await page.getByRole('button', { name: 'Unduh XLSX' }).click();
    await notice(page).filter({ hasText: 'Ekspor direktori (XLSX)' }).waitFor();
    await page.getByRole('link', { name: 'Komitmen' }).first().click();
    const directory = notice(page).filter({ hasText: 'Selesai: Ekspor direktori (XLSX)' });
    await directory.waitFor({ timeout: 120_000 });
    await directory.getByRole('button', { name: 'Tutup pemberitahuan' }).click();

    await page.getByRole('button', { name: 'Formulir progres' }).click();
    const dialog = page.getByTestId('progress-forms');
    await dialog.getByRole('button', { name: 'Unduh formulir' }).click();
    const running = notice(page).filter({ hasText: 'Formulir progres komitmen' });
    await running.getByTestId('job-progress').filter({ hasText: /\d+%/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Rapat' }).first().click();
    const forms = notice(page).filter({ hasText: 'Selesai: Formulir progres komitmen' });
    await forms.waitFor({ timeout: 120_000 });
    await forms.getByText(/^Formulir Progres Komitmen \d{4}-\d{2}-\d{2}\.zip$/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      forms.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    await screenshotsAtBothSizes(page, 'jobs-forms-done', { windowOnly: true });
    await page.close();
  }, 300_000);

  test('a restore from a backup: the dialog hands over to the notice; Batal leaves the data, then it restores', async () => {
    // The notices of earlier tests (or of a first try) closed.
    for (const job of await api(session.preview, 'jobs.list', {}))
      await api(session.preview, 'jobs.dismiss', { id: job.id });
    const made = await api(session.preview, 'jobs.start', { kind: 'backup', input: {} });
    await expect.poll(async () => (await jobOf(session, made.id))?.state, { timeout: 120_000 }).toBe('done');
    await api(session.preview, 'jobs.dismiss', { id: made.id });
    // Made after the backup: it stays while no restore has happened, and goes with one.
    const added = await api(session.preview, 'institutions.create', {
      name: 'Dinas Uji Pemulihan',
      sector: 'lainnya',
      level: 'kabupaten',
    });
    const institutionKept = async () =>
      (await api(session.preview, 'institutions.list', { query: 'Dinas Uji Pemulihan', limit: 5 })).items.some(
        (each) => each.id === added.id,
      );
    const page = await session.newPage();
    const askRestore = async () => {
      await page.goto(`${session.preview.url}#/pengaturan/cadangan`);
      const row = page.getByRole('table', { name: 'Cadangan data' }).getByRole('row').filter({ hasText: 'Manual' });
      await row
        .first()
        .getByRole('button', { name: /^Pulihkan cadangan/ })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
      await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
      // The host took the job: the dialog closes, the notice follows it.
      await dialog.waitFor({ state: 'hidden' });
      return notice(page).filter({ hasText: 'Pemulihan data' });
    };

    const running = await askRestore();
    await running.getByTestId('job-progress').filter({ hasText: /\d+%/ }).waitFor({ timeout: 60_000 });
    await running.getByRole('button', { name: 'Batal' }).click();
    await notice(page).filter({ hasText: 'Dibatalkan. Data tidak diubah.' }).waitFor();
    expect(await institutionKept()).toBe(true);
    expect((await api(session.preview, 'backups.list', {})).map((each) => each.kind)).not.toContain('pre-restore');
    await notice(page)
      .filter({ hasText: 'Dibatalkan. Data tidak diubah.' })
      .getByRole('button', { name: 'Tutup pemberitahuan' })
      .click();

    await askRestore();
    await screenshotsAtBothSizes(page, 'jobs-restore-progress', { windowOnly: true });
    await page.getByRole('link', { name: 'Komitmen' }).first().click();
    const done = notice(page).filter({ hasText: 'Selesai: Pemulihan data' });
    await done.waitFor({ timeout: 240_000 });
    expect(page.url()).toContain('#/komitmen');
    await done.getByText('Data telah dipulihkan.').waitFor();
    await screenshotsAtBothSizes(page, 'jobs-restore-done', { windowOnly: true });
    expect(await institutionKept()).toBe(false);
    expect((await api(session.preview, 'backups.list', {})).map((each) => each.kind)).toContain('pre-restore');
    await done.getByRole('link', { name: 'Lihat cadangan' }).click();
    await page
      .getByRole('table', { name: 'Cadangan data' })
      .getByRole('row')
      .filter({ hasText: 'Sebelum pemulihan' })
      .waitFor();
    await page.close();
  }, 600_000);

  test("Batal in the plan matrix dialog stops the host's drawing: the job ends cancelled, no file", async () => {
    const plans = await api(session.preview, 'plans.list', { limit: 100 });
    const plan = [...plans.items].sort((a, b) => b.rowCount - a.rowCount)[0];
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/rencana-aksi/${plan?.id as string}`);
    await page.getByRole('button', { name: 'Cetak / Ekspor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cetak matriks rencana aksi' });
    await dialog.getByRole('button', { name: 'Simpan berkas' }).click();
    await dialog.getByTestId('export-progress').waitFor();
    await expect.poll(async () => (await api(session.preview, 'jobs.list', {}))[0]?.kind).toBe('planDocument');
    const [job] = await api(session.preview, 'jobs.list', {});
    await dialog.getByTestId('export-progress').getByRole('button', { name: 'Batal' }).click();
    await expect.poll(async () => (await jobOf(session, job?.id as string))?.state).toBe('cancelled');
    await notice(page).filter({ hasText: 'Dibatalkan: Cetak matriks rencana aksi' }).waitFor();
    const file = await fetch(`${session.preview.origin}/api/jobs.file`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sirakor-token': session.preview.token },
      body: JSON.stringify({ id: job?.id }),
    }).then((response) => response.json() as Promise<{ ok: boolean; error?: { message: { key: string } } }>);
    expect(file.error?.message.key).toBe('jobs.error.noFile');
    await page.close();
  }, 300_000);
});
