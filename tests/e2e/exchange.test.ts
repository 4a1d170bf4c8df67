import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

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
    for (const width of [1024, 1366]) {
      await sender.page.setViewportSize({ width, height: width === 1024 ? 640 : 768 });
      await screenshot(sender.page, `exchange-send-${width}`);
    }
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
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: width === 1024 ? 640 : 768 });
      await screenshot(page, `exchange-trust-${width}`);
    }
    await trust.getByRole('button', { name: 'Kode sama, percayai' }).click();
    await page.getByTestId('exchange-import').click();
    const line = page.getByTestId('exchange-report-line');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^Kantor Camat Kelara: 1 rapat baru, \d+ komitmen baru/);
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: width === 1024 ? 640 : 768 });
      await screenshot(page, `exchange-report-${width}`);
    }

    // The report links to the meeting: read only, with its origin.
    await page.getByTestId('exchange-report').getByRole('link', { name: seed.meeting.title }).click();
    const banner = page.getByTestId('origin-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toBe('Data ini dari Kantor Camat Kelara dan hanya dapat dibaca di sini.');
    expect(await page.getByRole('button', { name: 'Tambah butir agenda' }).count()).toBe(0);
    // An edit attempt anyway (an old screen, a script) is refused with the same message.
    const refused = await api(kabupaten, 'commitments.setStatus', {
      id: seed.commitments[0]?.id as string,
      status: 'done',
    }).then(
      () => 'deleted',
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

  it('the kabupaten reports progress on a Kelara commitment and sends it back; Kelara sees the report', async () => {
    const commitment = seed.commitments[0]?.id as string;
    await api(kabupaten, 'commitments.addUpdate', {
      commitmentId: commitment,
      reportedOn: '2025-11-03',
      note: 'Bappeda memantau: data sasaran sudah diverifikasi 60%.',
      percent: 60,
    });
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
    const detail = await api(kelara, 'commitments.detail', { id: commitment });
    expect(detail.updates.map((update) => update.note)).toContain(
      'Bappeda memantau: data sasaran sudah diverifikasi 60%.',
    );

    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const history = page.getByTestId('exchange-history');
    await history.waitFor();
    expect(await history.getByRole('row').count()).toBe(4);
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: width === 1024 ? 640 : 768 });
      await screenshot(page, `exchange-history-${width}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
  it('a package received while the user works elsewhere: its end notice there leads to Pertukaran data', async () => {
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
    await page.getByRole('tab', { name: 'Kirim data' }).waitFor();
    const institutions = await api(kabupaten, 'institutions.list', { query: 'Puskesmas Kelara' });
    expect(JSON.stringify(institutions)).toContain('Puskesmas Kelara');
    expect(errors).toEqual([]);
    await page.close();
  });
});
