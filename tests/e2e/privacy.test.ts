import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_PERSON_NAME } from '../../shared/domain/privacy';
import { seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

const PHONE = '081377712345';

describe('Data pribadi: what is held, and erasing a person who attended a meeting', () => {
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
    seed = await seedRakor(call, { approve: true });
    const meriam = seed.people.meriam;
    await call('people.update', {
      id: meriam.id,
      name: meriam.name,
      position: meriam.position,
      institutionId: meriam.institutionId,
      phone: PHONE,
      email: 'meriam@contoh.go.id',
    });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the summary and masked phones, erases St. Meriam, and her approved meeting still opens', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Pengaturan');
    await page.getByRole('link', { name: 'Buka Data pribadi' }).click();
    await page.getByRole('heading', { name: 'Data pribadi', level: 1 }).waitFor();
    await page.getByText('Sirakor tidak menyimpan NIK (nomor induk kependudukan).').waitFor();

    const table = page.getByRole('table', { name: 'Orang yang data pribadinya tersimpan' });
    const row = table.getByRole('row').filter({ hasText: 'St. Meriam' });
    await row.waitFor();
    expect(await row.textContent()).toContain('0813•••••345');
    expect(await page.content()).not.toContain(PHONE);
    await expect.poll(() => page.getByTestId('privacy-summary-withPhone').textContent()).toContain('1');
    await screenshot(page, 'privacy');

    await row.getByRole('button', { name: 'Hapus data pribadi St. Meriam' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hapus data pribadi St. Meriam?' });
    await dialog.getByText('Orang ini tercatat di 1 rapat', { exact: false }).waitFor();
    // The modal fades in: wait until it is fully shown before the screenshot.
    await expect
      .poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.mantine-Modal-content') ?? el).opacity))
      .toBe('1');
    await screenshot(page, 'privacy-erase-confirm');
    await dialog.getByRole('button', { name: 'Ya, hapus data pribadi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Data pribadi dihapus. 1 rapat kini menampilkan “${ERASED_PERSON_NAME}”.`).waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'St. Meriam' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('privacy-summary-erased').textContent()).toContain('1');

    // The approved meeting still opens; its attendance and minutes show the placeholder.
    await page.goto(`${preview.url}#/rapat/${seed.meeting.id}/pelaksanaan`);
    await page.getByRole('heading', { name: seed.meeting.title }).waitFor();
    await page.getByText(ERASED_PERSON_NAME).first().waitFor();
    expect(await page.getByText('St. Meriam').count()).toBe(0);
    await screenshot(page, 'privacy-meeting-after-erase');

    const workspace = await api(preview, 'meetings.workspace', { id: seed.meeting.id });
    expect(workspace.participants.find((p) => p.personId === seed.people.meriam.id)?.personName).toBe(
      ERASED_PERSON_NAME,
    );
    expect(errors).toEqual([]);
  });
});
