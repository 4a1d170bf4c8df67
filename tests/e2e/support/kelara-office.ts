import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { api, KELARA_OFFICE } from './api';
import { launchBrowser } from './browser';
import { startPreview, type RunningPreview } from './preview-host';
import { seedRakorDirectory } from './seed-directory';

export interface KelaraOffice {
  browser: Browser;
  dataDir: string;
  /** Replaced when a test restarts the host on the same data folder. */
  preview: RunningPreview;
}

/**
 * For the tests of one file: a preview host on a fresh data folder, set up as the office of
 * Kecamatan Kelara with the directory of the seed Rakor, and a browser; both stopped afterwards.
 */
export function kelaraOfficeForTests(): KelaraOffice {
  const office = {} as KelaraOffice;
  beforeAll(async () => {
    office.dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    office.browser = await launchBrowser();
    office.preview = await startPreview(office.dataDir);
    await api(office.preview, 'settings.update', { office: KELARA_OFFICE });
    await seedRakorDirectory(office.preview);
  });
  afterAll(async () => {
    await office.preview?.stop();
    await office.browser?.close();
    rmSync(office.dataDir, { recursive: true, force: true });
  });
  return office;
}
