import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import {
  expectedMeeting,
  FASTEST_PACE,
  HUMAN_PACE,
  meetingScript,
  storedMeeting,
  typeWholeMeeting,
  type Pace,
} from './support/meeting-typing';
import { startPreview, type RunningPreview } from './support/preview-host';
import { seedRakorDirectory } from './support/seed-directory';

/**
 * Issue 13's acceptance: a whole meeting typed into the UI, from the details to approved minutes,
 * then the preview host restarted and every character read back through the API; once at human
 * speed (120 ms a key, 300 ms before Tab), once as fast as Playwright types.
 */
describe('a whole meeting typed from the keyboard is stored to the last character', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    await seedRakorDirectory(preview);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function typeAndRestart(pace: Pace, tag: string): Promise<void> {
    const script = meetingScript(tag);
    const { page, errors } = await openPage(browser, preview.url);
    const id = await typeWholeMeeting(page, pace, script);
    const expected = expectedMeeting(script);
    await expect.poll(() => storedMeeting(preview, id), { timeout: 10_000 }).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();

    await preview.stop();
    preview = await startPreview(dataDir);
    expect(await storedMeeting(preview, id)).toEqual(expected);
  }

  it('at human speed', { timeout: 600_000 }, () => typeAndRestart(HUMAN_PACE, 'H1'));

  it('as fast as Playwright types', { timeout: 300_000 }, () => typeAndRestart(FASTEST_PACE, 'F0'));
});
