import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { startPreview, type RunningPreview } from '../../tests/e2e/support/preview-host';
import { benchDataset } from '../dataset/cache';
import { REPO_ROOT } from './paths';

/** The preview host on a copy of the ten-year dataset, serving a private build, and Chromium. */
export interface PreviewSession {
  /** Holds `data/` (the copy of the dataset) and `renderer/` (the build the host serves). */
  workDir: string;
  /** The build the host serves: a floor's static page is written here. */
  staticDir: string;
  /** The copy of the dataset the host runs on. */
  dataFile: string;
  preview: RunningPreview;
  browser: Browser;
}

/**
 * Builds the renderer into a private temporary folder (a build of out/renderer by another process,
 * such as the e2e global setup, would empty the folder being served mid-run), copies the cached
 * dataset (the cache is never opened for writing), starts the host with `--static-dir` and launches
 * Chromium. Nothing of it is timed.
 */
export async function startPreviewSession(): Promise<PreviewSession> {
  const { file } = await benchDataset({ log: (line) => console.log(`\n${line}`) });
  const workDir = mkdtempSync(join(tmpdir(), 'sirakor-bench-'));
  const dataDir = join(workDir, 'data');
  const staticDir = join(workDir, 'renderer');
  try {
    await build({
      configFile: join(REPO_ROOT, 'renderer.vite.config.ts'),
      logLevel: 'error',
      build: { outDir: staticDir },
    });
    mkdirSync(dataDir);
    const dataFile = join(dataDir, 'sirakor.sqlite');
    copyFileSync(file, dataFile);
    const preview = await startPreview(dataDir, ['--static-dir', staticDir]);
    const browser = await launchBrowser().catch(async (error: unknown) => {
      await preview.stop();
      throw error;
    });
    return { workDir, staticDir, dataFile, preview, browser };
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** Closes the browser, stops the host (it writes its quit backup) and removes the folder. */
export async function stopPreviewSession(session: PreviewSession): Promise<void> {
  await session.browser.close();
  await session.preview.stop();
  rmSync(session.workDir, { recursive: true, force: true });
}

/** One row read by SQL from the dataset copy the host runs on, opened read-only. */
export function datasetRow<T>(session: PreviewSession, sql: string): T {
  const db = new Database(session.dataFile, { readonly: true });
  try {
    const row = db.prepare(sql).get() as T | undefined;
    if (!row) throw new Error(`no row for ${sql}`);
    return row;
  } finally {
    db.close();
  }
}
