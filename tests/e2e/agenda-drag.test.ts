import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';

describe('agenda reordering by drag', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let meetingId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    const meeting = await api(preview, 'meetings.create', {
      title: 'Rapat teknis TPPS Kecamatan Kelara',
      kind: 'rapat_teknis',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2025-11-03',
      startTime: '09:00',
      endTime: '11:00',
    });
    meetingId = meeting.id;
    for (const title of ['Pembukaan', 'Paparan data e-PPGBM', 'Diskusi', 'Penutup']) {
      await api(preview, 'agenda.create', { meetingId, title, durationMinutes: 20 });
    }
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('moves an item by dragging its handle, and the times follow', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${meetingId}/persiapan`);
    const handle = page.getByRole('button', { name: 'Seret untuk memindahkan “Penutup”' });
    const target = page.getByRole('listitem', { name: 'Paparan data e-PPGBM' });
    await handle.waitFor();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('agenda rows are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
    await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 2 });
    await page.mouse.up();
    await expect
      .poll(async () => (await api(preview, 'meetings.workspace', { id: meetingId })).agenda.map((item) => item.title))
      .toEqual(['Pembukaan', 'Penutup', 'Paparan data e-PPGBM', 'Diskusi']);
    await expect.poll(() => page.getByRole('listitem').nth(1).getAttribute('aria-label')).toBe('Penutup');
    expect(await page.getByRole('listitem').nth(1).textContent()).toContain('09.20–09.40');
    expect(errors).toEqual([]);
  });
});
