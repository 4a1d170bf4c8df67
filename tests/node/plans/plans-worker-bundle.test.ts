import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'electron-vite';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { pdfText, qpdfCheck } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'sirakor-plan-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The document worker in the packaged app: electron-vite bundles the main process into one file
 * and the worker, imported with `?modulePath`, into a chunk of its own. Bundled here with the
 * same electron-vite main preset, the bundle runs from a temporary folder with plain Node and the
 * worker draws both formats.
 */
it('the plan document worker runs from an electron-vite bundle', async () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  // electron-vite reads its targets from a config file only: one with the main target alone.
  const config = join(dir, 'electron.vite.config.mjs');
  const entry = fileURLToPath(new URL('../support/plans-worker-entry.ts', import.meta.url));
  writeFileSync(
    config,
    `export default { main: { build: { outDir: ${JSON.stringify(join(dir, 'out'))}, externalizeDeps: false,
      minify: false, rolldownOptions: { input: { entry: ${JSON.stringify(entry)} }, external: ['better-sqlite3'] } } } };`,
  );
  await build({ configFile: config, root, logLevel: 'silent' });
  const out = join(dir, 'out');
  const files = readdirSync(out, { recursive: true }).map(String);
  expect(files.some((f) => /document-worker.*\.js$/.test(f))).toBe(true);
  const bundle = files.find((f) => /^entry\.(m?js)$/.test(f)) as string;
  const pdf = join(dir, 'plan.pdf');
  const docx = join(dir, 'plan.docx');
  const run = spawnSync(process.execPath, [join(out, bundle), RESOURCES_DIR, pdf, docx], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  // Drawn by the worker, not by the fallback in the calling thread.
  expect(run.stderr).not.toContain('document worker unavailable');
  expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  expect(pdfText(pdf)).toContain('RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING');
  const body = unzipSync(readFileSync(docx))['word/document.xml'];
  // A kabupaten's plan whose villages all lie in Kelara is titled by it.
  expect(body && strFromU8(body)).toContain('KECAMATAN KELARA TAHUN 2026');
}, 180_000);
