import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAnswering, jobFilesOf } from '../node/support/ten-year-jobs';
import { api } from './support/api';
import { openTenYear, type TenYearSession } from './support/ten-year';
import { jobOf, ledgerRequestMs, notice, requestsDuring } from './support/ten-year-jobs';
import { screenshotsAtBothSizes } from './support/browser';

/**
 * Issue 17: Kirim data of a kabupaten's ten years (680,000 records, a package of about 60 MB) runs
 * in a worker thread as a job: its progress on the page and in the notice, Batal in the notice
 * (no package, no history), the user working elsewhere meanwhile with the host answering as fast,
 * and the end notice on that other page with the package to save.
 */
describe('Kirim data on the ten-year dataset', () => {
  let session: TenYearSession;
  beforeAll(async () => {
    session = await openTenYear();
    await api(session.preview, 'settings.update', {
      office: { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda Kabupaten Jeneponto' },
    });
  }, 900_000);
  afterAll(async () => session?.close());

  async function startPackage() {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/pertukaran`);
    await page.getByText('Semua data kantor ini').click();
    // Hundreds of thousands of records, written as the user reads numbers (677.207).
    await page
      .getByTestId('exchange-summary')
      .filter({ hasText: /\d{1,3}(\.\d{3})+ catatan/ })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Buat paket' }).click();
    const running = notice(page).filter({ hasText: 'Paket data untuk kantor lain' });
    // Progress in records collected, once the worker counts them.
    await running
      .getByTestId('job-progress')
      .filter({ hasText: /^[1-9]\d*%$/ })
      .waitFor({ timeout: 120_000 });
    await page.getByText('Membuat paket…').waitFor();
    const [job] = await api(session.preview, 'jobs.list', {});
    expect(job?.kind).toBe('exchangeExport');
    return { page, running, id: job?.id as string };
  }

  test('Batal in the notice stops the package in the worker: no file, nothing in the history', async () => {
    const { page, running, id } = await startPackage();
    await running.getByRole('button', { name: 'Batal' }).click();
    await notice(page).filter({ hasText: 'Dibatalkan. Tidak ada berkas yang disimpan.' }).waitFor();
    expect((await jobOf(session, id))?.state).toBe('cancelled');
    await expect.poll(() => jobFilesOf(id)).toEqual([]);
    expect(await api(session.preview, 'exchange.history', {})).toEqual([]);
    // The page is ready to make the package again.
    await page.getByRole('button', { name: 'Buat paket' }).waitFor();
    await api(session.preview, 'jobs.dismiss', { id });
    await page.close();
  }, 300_000);

  test('the user works elsewhere while it is made: the ledger answers as fast, the end notice saves the package', async () => {
    const without: number[] = [];
    for (let i = 0; i < 12; i++) without.push(await ledgerRequestMs(session));
    const { page, id } = await startPackage();
    await screenshotsAtBothSizes(page, 'exchange-ten-year-progress', { windowOnly: true });

    await page.getByRole('link', { name: 'Komitmen' }).first().click();
    const during = await requestsDuring(session, id);
    expectAnswering(without, during, 'Kirim data (in the window)');

    const done = notice(page).filter({ hasText: 'Selesai: Paket data untuk kantor lain' });
    await done.waitFor({ timeout: 120_000 });
    expect(page.url()).toContain('#/komitmen');
    await screenshotsAtBothSizes(page, 'exchange-ten-year-done', { windowOnly: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      done.getByRole('button', { name: 'Simpan berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.sirakor$/);
    const [entry] = await api(session.preview, 'exchange.history', {});
    expect(entry).toMatchObject({ direction: 'out', fileName: download.suggestedFilename() });
    await done.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
    await done.waitFor({ state: 'hidden' });
    await page.close();
  }, 300_000);
});
