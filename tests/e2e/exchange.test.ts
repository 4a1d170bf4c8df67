import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RateRow } from '../../shared/domain/follow-up';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshotsAtBothSizes } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

/** The words on another office's record, and on any refused write to it. */
const FOREIGN = 'Data ini milik Kantor Camat Kelara dan hanya dapat diubah di sana; di sini hanya dapat dibaca.';

const KABUPATEN_OFFICE = {
  level: 'kabupaten',
  kabupatenCode: '73.04',
  officeName: 'Bappeda Kabupaten Jeneponto',
} as const;

/**
 * Two installations on two data folders (issue 11): Kelara records the seed Rakor and sends it to
 * the kabupaten, which receives it through Pertukaran data after comparing the kode verifikasi,
 * sees it read only with its origin, reports progress on a commitment and sends it back.
 */
describe('Pertukaran data between Kelara and the kabupaten', () => {
  let browser: Browser;
  let kelara: RunningPreview;
  let kabupaten: RunningPreview;
  let seed: SeedRakor;
  const dirs: string[] = [];
  const files = mkdtempSync(join(tmpdir(), 'sirakor-e2e-packages-'));

  beforeAll(async () => {
    const kelaraDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-kelara-'));
    const kabupatenDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-kabupaten-'));
    dirs.push(kelaraDir, kabupatenDir, files);
    [browser, kelara, kabupaten] = await Promise.all([
      launchBrowser(),
      startPreview(kelaraDir),
      startPreview(kabupatenDir),
    ]);
    await api(kelara, 'settings.update', { office: KELARA_OFFICE });
    await api(kabupaten, 'settings.update', { office: KABUPATEN_OFFICE });
    const kelaraCall: Call = (method, input) => api(kelara, method, input);
    seed = await seedRakor(kelaraCall);
  });

  afterAll(async () => {
    await kelara?.stop();
    await kabupaten?.stop();
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function ledgerTotal(page: Page, count: number): Promise<void> {
    await page
      .getByTestId('ledger-total')
      .filter({ hasText: `${count} komitmen` })
      .waitFor();
  }

  async function kodeOf(host: RunningPreview): Promise<string> {
    const identity = await api(host, 'exchange.identity', {});
    if (identity.keys.state !== 'ready') throw new Error('keys not ready');
    return identity.keys.kode;
  }

  async function openExchange(host: RunningPreview): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(browser, host.url);
    await navigate(opened.page, 'Pertukaran data');
    await opened.page.getByRole('tab', { name: 'Kirim data' }).waitFor();
    return opened;
  }

  /** Kirim data with the recipient shown by default, the package saved as the browser downloads it. */
  async function sendPackage(page: Page, name: string): Promise<string> {
    await page.getByTestId('exchange-summary').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Buat paket' }).click(),
    ]);
    const path = join(files, name);
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.sirakor$/);
    await page.getByTestId('exchange-made').waitFor();
    return path;
  }

  /** Terima data: the file picked, checked; the trust step where the sender is new. */
  async function pickPackage(page: Page, path: string): Promise<void> {
    await page.getByRole('tab', { name: 'Terima data' }).click();
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByTestId('exchange-package').waitFor();
  }

  it('introduces the kabupaten to Kelara with a package for any office, which says it is not encrypted', async () => {
    const { page, errors } = await openExchange(kabupaten);
    const warning = page.getByTestId('exchange-unencrypted');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('tidak dienkripsi');
    const hello = await sendPackage(page, 'kabupaten-hello.sirakor');
    await page.close();

    const kelaraPage = await openExchange(kelara);
    await pickPackage(kelaraPage.page, hello);
    const trust = kelaraPage.page.getByTestId('exchange-trust');
    await trust.waitFor();
    expect(await trust.getByTestId('exchange-sender-kode').textContent()).toBe(await kodeOf(kabupaten));
    await trust.getByRole('button', { name: 'Kode sama, percayai' }).click();
    await kelaraPage.page.getByRole('button', { name: 'Terima data' }).click();
    await kelaraPage.page.getByTestId('exchange-report').waitFor();
    expect(errors).toEqual([]);
    expect(kelaraPage.errors).toEqual([]);
    await kelaraPage.page.close();
  });

  it('Kelara sends the Rakor encrypted; the kabupaten compares the kode, receives it and sees it read only', async () => {
    const sender = await openExchange(kelara);
    const encrypted = sender.page.getByTestId('exchange-encrypted');
    await encrypted.waitFor();
    expect(await encrypted.textContent()).toContain('Bappeda Kabupaten Jeneponto');
    await expect.poll(() => sender.page.getByTestId('exchange-summary').textContent()).toContain('1 rapat');
    await screenshotsAtBothSizes(sender.page, 'exchange-send');
    const rakor = await sendPackage(sender.page, 'kelara-rakor.sirakor');
    await sender.page.close();

    const { page, errors } = await openExchange(kabupaten);
    await pickPackage(page, rakor);
    const trust = page.getByTestId('exchange-trust');
    await trust.waitFor();
    expect(await page.getByTestId('exchange-sender').textContent()).toBe('Kantor Camat Kelara');
    expect(await page.getByTestId('exchange-package').textContent()).toContain('Kecamatan Kelara');
    // The digits read out by phone: the same groups as Kelara's Pengaturan shows.
    expect(await trust.getByTestId('exchange-sender-kode').textContent()).toBe(await kodeOf(kelara));
    await screenshotsAtBothSizes(page, 'exchange-trust');
    await trust.getByRole('button', { name: 'Kode sama, percayai' }).click();
    await page.getByTestId('exchange-import').click();
    const line = page.getByTestId('exchange-report-line');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^Kantor Camat Kelara: 1 rapat baru, \d+ komitmen baru/);
    await screenshotsAtBothSizes(page, 'exchange-report');

    // The report links to the meeting: read only, with its origin.
    await page.getByTestId('exchange-report').getByRole('link', { name: seed.meeting.title }).click();
    const banner = page.getByTestId('origin-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toBe(FOREIGN);
    expect(await page.getByRole('button', { name: 'Tambah butir agenda' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an edit attempt on the kabupaten (the meeting’s conduct opened directly) is refused with a visible message', async () => {
    const { page, errors } = await openPage(browser, `${kabupaten.url}#/rapat/${seed.meeting.id}/pelaksanaan`);
    const banner = page.getByTestId('origin-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toBe(FOREIGN);
    // Approved at Kelara: unlocked only there, so no way to unlock is offered here.
    expect(await page.getByTestId('locked-banner').textContent()).toMatch(
      /^Notulen rapat ini disahkan di Kantor Camat Kelara pada .+\.$/,
    );
    await page
      .getByText(seed.commitments[0]?.description as string)
      .first()
      .waitFor();
    // Nothing there writes: no adding, no editing of the minutes or attendance.
    expect(await page.getByRole('button', { name: /^(Tambah|Ubah|Simpan)/ }).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'exchange-foreign-conduct');
    // A write that gets to the host anyway (an old screen, a script) is refused with the same words.
    const refused = await api(kabupaten, 'commitments.setStatus', {
      id: seed.commitments[0]?.id as string,
      status: 'done',
    }).then(
      () => 'changed',
      (error: Error) => error.message,
    );
    expect(refused).toContain('READ_ONLY');
    expect(refused).toContain('ownership.foreignRecord');
    expect(
      (await api(kabupaten, 'commitments.detail', { id: seed.commitments[0]?.id as string })).commitment.status,
    ).toBe(seed.commitments[0]?.status);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the kabupaten’s ledger lists Kelara’s commitments with their origin and filters them by office', async () => {
    const { page, errors } = await openPage(browser, kabupaten.url);
    await navigate(page, 'Komitmen');
    const listed = seed.commitments.length;
    await ledgerTotal(page, listed);
    const origins = page.getByTestId('ledger-origin');
    await expect.poll(() => origins.count()).toBe(listed);
    expect(new Set(await origins.allTextContents())).toEqual(new Set(['dari Kantor Camat Kelara · ']));
    await pick(page, 'Kantor', 'Kelara', 'Kantor Camat Kelara');
    await ledgerTotal(page, listed);
    await pick(page, 'Kantor', 'Bappeda', 'Bappeda Kabupaten Jeneponto (kantor ini)');
    await page.getByTestId('ledger-origin').first().waitFor({ state: 'detached' });
    await pick(page, 'Kantor', 'Kelara', 'Kantor Camat Kelara');
    await ledgerTotal(page, listed);
    await screenshotsAtBothSizes(page, 'exchange-kabupaten-ledger');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the kabupaten’s dashboard compares Kelara with the figures Kelara’s own dashboard shows', async () => {
    const { page, errors } = await openPage(browser, kabupaten.url);
    const comparison = page.getByTestId('office-comparison');
    await comparison.waitFor();
    const shown = await api(kabupaten, 'dashboard.summary', { limit: 10 });
    // Kelara's own figures for the same period: what its Rakor promised, counted where it was recorded.
    const own = await api(kelara, 'dashboard.summary', { limit: 10, period: shown.period });
    const row = comparison.getByTestId('office-row').filter({ hasText: 'Kantor Camat Kelara' });
    // Kelara's dashboard holds one office, its own: the row the kabupaten must show for it.
    expect(own.byOffice).toHaveLength(1);
    const mine = own.byOffice[0] as RateRow;
    expect(mine.total).toBeGreaterThan(0);
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      'Kantor Camat Kelara',
      String(mine.total),
      String(mine.done),
      mine.completionRate === null ? '—' : `${Math.round(mine.completionRate * 100)}%`,
      String(mine.overdue),
    ]);
    await screenshotsAtBothSizes(page, 'exchange-kabupaten-dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the kabupaten reports progress on a Kelara commitment and sends it back; Kelara sees the report', async () => {
    const commitment = seed.commitments[0] as SeedRakor['commitments'][number];
    const note = 'Bappeda memantau: data sasaran sudah diverifikasi 60%.';
    const reporter = await openPage(browser, kabupaten.url);
    await navigate(reporter.page, 'Komitmen');
    await reporter.page.getByRole('row', { name: commitment.description.slice(0, 30) }).click();
    const detail = reporter.page.getByTestId('commitment-detail');
    await detail.getByRole('button', { name: 'Laporan kemajuan' }).click();
    const form = detail.getByTestId('progress-form');
    await form.waitFor();
    // The status is Kelara's to move: the report carries progress only.
    expect(await field(form, 'Status setelah laporan').count()).toBe(0);
    expect(await form.getByTestId('progress-status-theirs').textContent()).toBe(
      'Status komitmen ini diubah oleh Kantor Camat Kelara; laporan ini mencatat kemajuan saja.',
    );
    await field(form, 'Kemajuan').fill('60');
    await field(form, 'Catatan kemajuan').fill(note);
    await screenshotsAtBothSizes(reporter.page, 'exchange-foreign-progress');
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await form.waitFor({ state: 'detached' });
    await detail.getByText(note).waitFor();
    expect(reporter.errors).toEqual([]);
    await reporter.page.close();

    const sender = await openExchange(kabupaten);
    await sender.page.getByTestId('exchange-encrypted').waitFor();
    expect(await sender.page.getByTestId('exchange-encrypted').textContent()).toContain('Kantor Camat Kelara');
    await expect.poll(() => sender.page.getByTestId('exchange-summary').textContent()).toContain('1 laporan progres');
    const back = await sendPackage(sender.page, 'kabupaten-progress.sirakor');
    await sender.page.close();

    const { page, errors } = await openExchange(kelara);
    await pickPackage(page, back);
    await page.getByTestId('exchange-import').click();
    const line = page.getByTestId('exchange-report-line');
    await line.waitFor();
    expect(await line.textContent()).toContain('Bappeda Kabupaten Jeneponto: 1 laporan progres baru');
    // Kelara sees the report in its own ledger, on its own commitment.
    await navigate(page, 'Komitmen');
    await page.getByRole('row', { name: commitment.description.slice(0, 30) }).click();
    const timeline = page.getByTestId('commitment-detail');
    await timeline.getByText(note).waitFor();
    expect(await timeline.textContent()).toContain('60%');
    await page.keyboard.press('Escape');
    await navigate(page, 'Pertukaran data');

    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const history = page.getByTestId('exchange-history');
    await history.waitFor();
    expect(await history.getByRole('row').count()).toBe(4);
    await screenshotsAtBothSizes(page, 'exchange-history');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('a package received while the user works elsewhere: its end notice there opens its report', async () => {
    await api(kelara, 'institutions.create', { name: 'Puskesmas Kelara', sector: 'kesehatan', level: 'kecamatan' });
    const sent = await api(kelara, 'jobs.start', {
      kind: 'exchangeExport',
      input: {
        recipient: { kind: 'office', officeId: (await api(kabupaten, 'exchange.identity', {})).officeId ?? '' },
      },
    });
    await expect
      .poll(async () => (await api(kelara, 'jobs.list', {})).find((job) => job.id === sent.id)?.state, {
        timeout: 60_000,
      })
      .toBe('done');
    const file = await api(kelara, 'jobs.file', { id: sent.id });
    const upload = await api(kabupaten, 'backups.uploadChunk', {
      uploadId: null,
      offset: 0,
      dataBase64: file.dataBase64,
    });
    const inspection = await api(kabupaten, 'exchange.inspect', { uploadId: upload.uploadId, name: file.fileName });
    expect(inspection.status).toBe('ready');

    const { page, errors } = await openPage(browser, kabupaten.url);
    await navigate(page, 'Komitmen');
    await api(kabupaten, 'jobs.start', { kind: 'exchangeImport', input: { ref: inspection.ref } });
    const done = page.getByTestId('job-notice').filter({ hasText: 'Selesai: Menerima paket data' });
    await done.waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('#/komitmen');
    await done.getByRole('link', { name: 'Lihat laporan penerimaan' }).click();
    // Riwayat, on the report of this very import.
    await expect.poll(() => page.getByRole('tab', { name: 'Riwayat' }).getAttribute('aria-selected')).toBe('true');
    const [received] = await api(kabupaten, 'exchange.history', {});
    expect(page.url()).toContain(`#/pertukaran/riwayat/${received?.id ?? 'none'}`);
    const report = page.getByTestId('exchange-report');
    await report.waitFor();
    // Followed, the notice has done its work.
    await expect.poll(() => page.getByTestId('job-notice').count()).toBe(0);
    expect(await report.getByTestId('exchange-report-line').first().textContent()).toContain('Kantor Camat Kelara');
    await expect.poll(() => report.isVisible()).toBe(true);
    await screenshotsAtBothSizes(page, 'exchange-report-from-notice');
    // Each tab has its address.
    await page.getByRole('tab', { name: 'Kirim data' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/pertukaran$/);
    const institutions = await api(kabupaten, 'institutions.list', { query: 'Puskesmas Kelara' });
    expect(JSON.stringify(institutions)).toContain('Puskesmas Kelara');
    expect(errors).toEqual([]);
    await page.close();
  });
});
