import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('signatures before approval', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let seed: SeedRakor;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    seed = await seedRakor(call, { approve: false });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('warns about a minute-taker without pangkat and NIP, and the warning goes once they are entered', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${seed.meeting.id}/pengesahan`);
    const check = page.getByTestId('signer-check');
    await check.getByText('Notulis Ahmad Fauzi, S.IP. belum memiliki pangkat/golongan dan NIP di Direktori.').waitFor();
    await screenshot(page, 'approval-signer-check');
    await page.setViewportSize({ width: 1024, height: 640 });
    await screenshot(page, 'approval-signer-check-1024');
    await page.setViewportSize({ width: 1366, height: 800 });

    await check.getByRole('button', { name: 'Lengkapi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Data penanda tangan' });
    await field(dialog, 'NIP').fill('19870612 201001 1 017');
    await field(dialog, 'Pangkat/Golongan').fill('Penata, III/c');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await check.waitFor({ state: 'detached' });
    expect((await api(preview, 'meetings.approvalCheck', { id: seed.meeting.id })).signers).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('offers the signers’ names in capitals in Pengaturan → Dokumen', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Pengaturan');
    const card = page.getByTestId('document-settings');
    await card.getByText('HURUF KAPITAL (gelar tetap)').click();
    await card.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pengaturan dokumen tersimpan.').waitFor();
    await screenshot(page, 'settings-documents-name-case');
    expect((await api(preview, 'documents.setup', {})).settings.signerNameCase).toBe('capitals');
    expect(errors).toEqual([]);
  });
});
