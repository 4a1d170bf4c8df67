import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../electron/db/connection';
import { localOfficeId } from '../../electron/db/ownership';
import { receive } from '../node/exchange/receive-records';
import { fillOffice, KABUPATEN, KECAMATAN } from '../node/support/kabupaten';
import type { Call } from '../node/support/seed-rakor';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { launchBrowser, openPage, screenshotsAtBothSizes } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * The shared directory (issue 11, item 5) at a kabupaten holding Kelara's data: the Direktori
 * page counts the likely duplicates; the list shows each pair side by side with its differences;
 * a Puskesmas of both offices is linked (one entry, its copy named with its origin) and unlinked;
 * the Kepala Dinas of both is marked not a duplicate; two of the kabupaten's own records of the
 * Dinas Kesehatan are merged, keeping the other's name.
 */
const NIP = '197205152000121003';
const KELARA = KECAMATAN[0] as (typeof KECAMATAN)[number];

describe('the shared directory at a kabupaten', () => {
  let browser: Browser;
  let dir: string;
  let preview: RunningPreview;

  async function onHost(dataDir: string, work: (call: Call) => Promise<unknown>): Promise<string> {
    const host = await startPreview(dataDir);
    try {
      await work((method, input) => api(host, method, input));
    } finally {
      await host.stop();
    }
    const db = openConnection(join(dataDir, 'sirakor.sqlite'), { readonly: true });
    try {
      return localOfficeId(db);
    } finally {
      db.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-shared-directory-'));
    const kelaraDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-kelara-'));
    try {
      await onHost(dir, async (call) => {
        await fillOffice(call, KABUPATEN);
        await call('institutions.create', {
          name: 'PKM Kelara',
          sector: 'kesehatan',
          level: 'kecamatan',
          areaCode: '73.04.05',
        });
        await call('people.create', {
          name: 'dr. Hj. Nurjannah Latif, M.Kes',
          position: 'Kepala Dinas Kesehatan',
          nip: NIP,
        });
        await call('institutions.create', {
          name: 'Dinas Kesehatan Kabupaten Jeneponto',
          sector: 'kesehatan',
          level: 'kabupaten',
          areaCode: '73.04',
        });
        await call('institutions.create', {
          name: 'Dinas kesehatan kabupaten Jeneponto',
          shortName: 'Dinkes',
          sector: 'kesehatan',
          level: 'kabupaten',
          areaCode: '73.04',
          address: 'Jl. Lanto Dg. Pasewang No. 12',
        });
      });
      const kelaraId = await onHost(kelaraDir, async (call) => {
        await fillOffice(call, KELARA);
        await call('people.create', { name: 'Nurjannah Latif', position: 'Kadis Kesehatan Kab. Jeneponto', nip: NIP });
      });
      const target = openConnection(join(dir, 'sirakor.sqlite'));
      try {
        receive(target, join(kelaraDir, 'sirakor.sqlite'), {
          id: kelaraId,
          name: KELARA.name,
          areaCode: KELARA.areaCode,
        });
      } finally {
        target.close();
      }
    } finally {
      rmSync(kelaraDir, { recursive: true, force: true });
    }
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dir)]);
  }, 180_000);

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A person reads before acting. */
  const pause = (page: Page) => page.waitForTimeout(300);

  it('offers the pairs, links and unlinks a Puskesmas, dismisses a pair, and merges the office’s own', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/direktori`);
    const tab = page.getByRole('tab', { name: 'Kemungkinan duplikat (3)' });
    await tab.waitFor();
    await pause(page);
    await tab.click();
    const cards = page.getByTestId('duplicate-candidate');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    const person = cards.filter({ hasText: 'NIP sama' });
    expect(await person.getByText('dari Kantor Camat Kelara').count()).toBe(1);
    expect(await person.getByText('2 rincian berbeda').count()).toBe(1);
    expect(await person.locator('tr[data-differs]').count()).toBe(2);
    // Another office's record cannot be merged here: only linked.
    expect(await person.getByRole('button', { name: 'Gabungkan' }).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'shared-directory-candidates');
    expect(await axeViolations(page)).toEqual([]);

    // Link the Puskesmas of both offices.
    const puskesmas = cards.filter({ hasText: 'PKM Kelara' });
    await puskesmas.getByRole('button', { name: 'Tautkan' }).click();
    await page.getByText('Tertaut. Keduanya tampil sebagai satu entri di direktori.').waitFor();
    await page.getByRole('tab', { name: 'Kemungkinan duplikat (2)' }).waitFor();
    await pause(page);
    await page.getByRole('tab', { name: 'Instansi' }).click();
    await page.getByRole('main').getByRole('textbox', { name: 'Cari' }).fill('kelara');
    const rows = page.getByRole('table', { name: 'Instansi' }).locator('tbody tr');
    await rows.filter({ hasText: 'PKM Kelara' }).getByTestId('linked-copies').waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getByTestId('linked-copies').innerText()).toContain(
      'Tertaut dengan: Puskesmas Kelara (dari Kantor Camat Kelara)',
    );
    await screenshotsAtBothSizes(page, 'shared-directory-linked');
    await pause(page);
    await rows.first().getByRole('button', { name: 'Lepaskan tautan' }).click();
    await page.getByText('Tautan dengan “Puskesmas Kelara” dilepas.').waitFor();
    await rows.filter({ hasText: 'Puskesmas Kelara' }).waitFor();
    await expect.poll(() => rows.count()).toBe(2);

    // The Kepala Dinas: not the same, remembered.
    await page.getByRole('tab', { name: 'Kemungkinan duplikat (3)' }).click();
    await cards.filter({ hasText: 'NIP sama' }).getByRole('button', { name: 'Bukan duplikat' }).click();
    await page.getByRole('tab', { name: 'Kemungkinan duplikat (2)' }).waitFor();
    expect(await cards.filter({ hasText: 'NIP sama' }).count()).toBe(0);

    // The office's own two records of the Dinas Kesehatan: merged, keeping the first's name.
    await pause(page);
    const dinas = cards.filter({ hasText: 'Jl. Lanto' });
    await dinas.getByRole('button', { name: 'Gabungkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gabungkan data ganda' });
    await dialog.waitFor();
    await dialog
      .getByRole('radiogroup', { name: 'Data yang dipertahankan' })
      .getByRole('radio', { name: 'Dinas kesehatan kabupaten Jeneponto', exact: true })
      .check();
    await dialog
      .getByRole('radiogroup', { name: 'Nama' })
      .getByRole('radio', { name: 'Dinas Kesehatan Kabupaten Jeneponto', exact: true })
      .check();
    await screenshotsAtBothSizes(page, 'shared-directory-merge');
    await pause(page);
    await dialog.getByRole('button', { name: 'Gabungkan' }).click();
    await page.getByText('Data digabung ke “Dinas Kesehatan Kabupaten Jeneponto”.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Kemungkinan duplikat (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Instansi' }).click();
    await page.getByRole('main').getByRole('textbox', { name: 'Cari' }).fill('dinas kesehatan');
    await rows.filter({ hasText: 'Dinkes' }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Dinas Kesehatan Kabupaten Jeneponto');
    expect(errors).toEqual([]);
  }, 120_000);
});
