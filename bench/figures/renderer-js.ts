import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { seedRakor, type Call } from '../../tests/node/support/seed-rakor';
import { api, KELARA_OFFICE } from '../../tests/e2e/support/api';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { startPreview } from '../../tests/e2e/support/preview-host';
import type { Figure } from '../figure';
import { reactOnlyKb } from '../floors/react-only';
import { REPO_ROOT } from '../support/paths';

const OUT_DIR = join(REPO_ROOT, 'out', 'renderer');

/**
 * The JavaScript the first screen needs: the app is opened in headless Chromium on an office with
 * a held and approved Rakor (so Beranda shows the chair's dashboard and its charts), and every
 * script requested until the dashboard is drawn is counted, gzip-compressed. Sections opened
 * later (ledger, workspace, pdf.js…) are not.
 */
async function startupScriptsKb(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-bench-'));
  const preview = await startPreview(dataDir);
  const browser = await launchBrowser();
  try {
    const call: Call = (method, input) => api(preview, method, input);
    await call('settings.update', { office: KELARA_OFFICE });
    await seedRakor(call, { approve: true });
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(preview.url);
    await page.getByTestId('chart-trend').waitFor({ timeout: 30_000 });
    let bytes = 0;
    for (const path of scripts) bytes += gzipSync(readFileSync(join(OUT_DIR, path)), { level: 9 }).length;
    return bytes / 1024;
  } finally {
    await browser.close();
    await preview.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Renderer JavaScript loaded at start, gzip-compressed, in KB. The floor is the framework alone:
 * the same build of a page that only renders a heading with React.
 */
export const rendererJsGzip: Figure = {
  id: 'renderer.js.gzip',
  label: 'Renderer JavaScript loaded at start, with the dashboard (gzip)',
  unit: 'KB',
  budget: 400,
  ratioBudget: 7,
  runs: 1,
  floor: { label: 'React and react-dom rendering one heading, built the same way', sample: reactOnlyKb },
  async sample() {
    await build({ configFile: join(REPO_ROOT, 'renderer.vite.config.ts'), logLevel: 'error' });
    return startupScriptsKb();
  },
};
