import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../electron/db/connection';
import { localOfficeId } from '../../electron/db/ownership';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { receive } from '../node/exchange/receive-records';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * Records of another office in the UI (issue 11): Kantor Camat Rumbia records the seed Rakor on
 * its own installation; its records are copied into Kelara's data folder as a package import will
 * copy them. Kelara's meeting page says where the meeting came from and offers no edit; the
 * commitment detail shows the origin, keeps the owner's status and still takes a progress report.
 */
describe('records of another office, as Kelara sees them', () => {
  let browser: Browser;
  const dirs: string[] = [];
  let preview: RunningPreview;
  let theirs: SeedRakor;

  beforeAll(async () => {
    const rumbiaDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-rumbia-'));
    const kelaraDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-kelara-'));
    dirs.push(rumbiaDir, kelaraDir);
    const rumbia = await startPreview(rumbiaDir);
    const rumbiaCall: Call = (method, input) => api(rumbia, method, input);
    await rumbiaCall('settings.update', {
      office: {
        level: 'kecamatan',
        kabupatenCode: '73.04',
        kecamatanCode: '73.04.10',
        officeName: 'Kantor Camat Rumbia',
      },
    });
    theirs = await seedRakor(rumbiaCall, { approve: false });
    await rumbia.stop();

    const first = await startPreview(kelaraDir);
    await api(first, 'settings.update', { office: KELARA_OFFICE });
    await first.stop();
    const rumbiaFile = join(rumbiaDir, 'sirakor.sqlite');
    const source = openConnection(rumbiaFile, { readonly: true });
    const rumbiaId = localOfficeId(source);
    source.close();
    const db = openConnection(join(kelaraDir, 'sirakor.sqlite'));
    try {
      receive(db, rumbiaFile, { id: rumbiaId, name: 'Kantor Camat Rumbia', areaCode: '73.04.10' });
    } finally {
      db.close();
    }

    browser = await launchBrowser();
    preview = await startPreview(kelaraDir);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the meeting read only, with where it came from', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${theirs.meeting.id}/persiapan`);
    const banner = page.getByTestId('origin-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toBe(
      'Data ini milik Kantor Camat Rumbia dan hanya dapat diubah di sana; di sini hanya dapat dibaca.',
    );
    await page.getByText(theirs.agenda.opening.title).first().waitFor();
    expect(await page.getByRole('button', { name: 'Tambah butir agenda' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kembalikan ke terjadwal' }).count()).toBe(0);
    await screenshot(page, 'ownership-meeting');
    await page.getByRole('tab', { name: 'Pengesahan' }).click();
    await page.getByTestId('history').waitFor();
    expect(await page.getByRole('button', { name: /Sahkan/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a commitment of Rumbia with its origin, without a status control, and takes a progress report', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/`);
    await navigate(page, 'Komitmen');
    const [commitment] = theirs.commitments;
    const row = page.getByRole('row', { name: new RegExp(String(commitment?.description.slice(0, 30))) });
    await row.click();
    const detail = page.getByTestId('commitment-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('record-origin').textContent()).toBe('dari Kantor Camat Rumbia');
    expect(await detail.getByRole('radiogroup').isVisible()).toBe(false);
    expect(await detail.getByRole('button', { name: 'Laporan kemajuan' }).isVisible()).toBe(true);
    await screenshot(page, 'ownership-commitment');
    expect(errors).toEqual([]);
    await page.close();
  });
});
