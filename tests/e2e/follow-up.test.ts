import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_RAKOR, seedRakor, type Call, type SeedRakor } from '../node/support/seed-rakor';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('follow-up of the seed Rakor: review in the next meeting, ledger, dashboard, search', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let seed: SeedRakor;
  let followUpId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    seed = await seedRakor(call, { approve: true });
    const followUp = await call('meetings.create', {
      title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia — Tindak Lanjut',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: [...SEED_RAKOR.areaCodes],
      date: '2026-01-16',
      startTime: '09:00',
      endTime: '11:00',
      venue: 'Aula Kantor Camat Rumbia',
    });
    followUpId = followUp.id;
    await call('agenda.create', { meetingId: followUpId, kind: 'opening', title: 'Pembukaan', durationMinutes: 10 });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reviews both commitments, marks one done with evidence, and the ledger and dashboard follow', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${followUpId}/persiapan`);
    const offer = page.getByTestId('follow-up-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('2 komitmen dari rapat sebelumnya');
    await offer.getByRole('button').click();
    await page.getByRole('listitem', { name: 'Tindak lanjut hasil rapat sebelumnya' }).waitFor();
    // Placed right after the opening.
    expect(await page.getByRole('listitem').nth(1).getAttribute('aria-label')).toBe(
      'Tindak lanjut hasil rapat sebelumnya',
    );

    await page.getByRole('tab', { name: 'Pelaksanaan' }).click();
    const review = page.getByTestId('carry-over');
    await expect.poll(() => review.getByTestId('carry-over-item').count()).toBe(2);
    const dppkb = review.getByTestId('carry-over-item').filter({ hasText: 'Tim Pendamping Keluarga' });
    await dppkb.getByRole('button', { name: /Laporkan/ }).click();
    const form = dppkb.getByTestId('progress-form');
    await pick(form, 'Status setelah laporan', '', 'Selesai');
    // Out of range is said on the field and kept as typed, not changed to 100 behind the user's back.
    await field(form, 'Kemajuan').fill('150');
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await form.getByText('Maksimal 100.').waitFor();
    expect(await field(form, 'Kemajuan').getAttribute('aria-invalid')).toBe('true');
    expect(await field(form, 'Kemajuan').inputValue()).toBe('150%');
    await field(form, 'Kemajuan').fill('100');
    await field(form, 'Catatan kemajuan').fill(
      'TPK aktif di 22 desa/kelurahan; 1.214 keluarga berisiko stunting didampingi.',
    );
    await form.locator('input[type="file"]').setInputFiles({
      name: 'laporan-tpk-desember-2025.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% laporan TPK\n'),
    });
    await form.getByRole('button', { name: 'Simpan laporan' }).click();
    await dppkb.getByText('Dilaporkan dalam rapat ini', { exact: false }).waitFor();
    await screenshot(page, 'follow-up-review');

    // The ledger: the commitment is done; its timeline has the report and the evidence file.
    await navigate(page, 'Komitmen');
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('2 komitmen');
    const row = page.getByRole('row', { name: /Tim Pendamping Keluarga/ });
    expect(await row.textContent()).toContain('Selesai');
    await screenshot(page, 'ledger');
    // A clamped source meeting keeps its whole title as a tooltip.
    expect(await page.getByTitle('Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia', { exact: true }).count()).toBe(2);
    await row.click();
    const detail = page.getByTestId('commitment-detail');
    await detail.getByText('laporan-tpk-desember-2025.pdf', { exact: false }).waitFor();
    expect(await detail.textContent()).toContain(
      'dalam rapat “Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia — Tindak Lanjut”',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByText('laporan-tpk-desember-2025.pdf', { exact: false }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('laporan-tpk-desember-2025.pdf');
    await screenshot(page, 'commitment-detail');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });

    // Filters: overdue only leaves the Bappeda commitment (due 31 January 2026, still open).
    await page.getByRole('switch', { name: 'Hanya yang terlambat' }).check();
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('1 komitmen');
    expect(await page.getByRole('row', { name: /Bappeda|Badan Perencanaan/ }).count()).toBe(1);

    // Beranda shows the latest year with due dates (2026): the Bappeda commitment, open and
    // overdue; the DPPKB one is due in 2025. A figure drills down to the ledger.
    await navigate(page, 'Beranda');
    await page.getByTestId('dashboard').waitFor();
    await expect.poll(() => page.getByTestId('stat-open').textContent()).toContain('1');
    expect(await page.getByTestId('stat-overdue').textContent()).toContain('1');
    expect(await page.getByTestId('dashboard-period-total').textContent()).toBe(
      '1 komitmen jatuh tempo 1 Januari 2026 – 31 Desember 2026',
    );
    expect(await page.getByTestId('top-overdue').textContent()).toContain('Badan Perencanaan Pembangunan Daerah');
    await screenshot(page, 'dashboard');
    await page.getByTestId('stat-overdue').click();
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('1 komitmen');
    // "Done" counts the period's commitments, whenever they were completed.
    await navigate(page, 'Beranda');
    const done = page.getByTestId('stat-done');
    await expect.poll(() => done.getByTestId('stat-done-value').textContent()).toBe('0');
    await api(preview, 'commitments.setStatus', { id: seed.commitments[1]?.id ?? '', status: 'done' });
    await expect.poll(() => done.getByTestId('stat-done-value').textContent()).toBe('1');
    await done.click();
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toBe('1 komitmen');
    expect(await page.getByRole('row', { name: /Badan Perencanaan/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Rentang target waktu' }).textContent()).toBe(
      '1 Jan 2026 – 31 Des 2026',
    );

    // Search (Ctrl+K) opens the exact minutes entry of the seed Rakor.
    await page.keyboard.press('Control+K');
    await field(page.getByRole('dialog'), 'Cari').fill('BREBES');
    const hit = page.getByRole('dialog').getByRole('listitem').filter({ hasText: 'Brebes' }).first();
    await hit.waitFor();
    await screenshot(page, 'search');
    await hit.click();
    await page.waitForURL(new RegExp(`#/rapat/${seed.meeting.id}/pelaksanaan`));
    await page.locator('.sirakor-target').waitFor();
    expect(await page.locator('.sirakor-target textarea').inputValue()).toContain('Brebes');
    expect(errors).toEqual([]);
  });
});
