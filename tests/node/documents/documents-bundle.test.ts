import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { pdfText, qpdfCheck } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'sirakor-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The packaged main process is one bundled file: libraries that find their data files relative to
 * their own folder (pdfkit's Helvetica metrics) break there. The renderers are bundled as
 * electron-vite bundles main (every dependency inlined, ESM for Node) and run outside the repo.
 */
it('the renderers work from a bundle, reading fonts from the resources folder', async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('../support/documents-bundle-entry.ts', import.meta.url)),
      outDir: dir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'bundle.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const pdf = join(dir, 'notulen.pdf');
  const docx = join(dir, 'notulen.docx');
  execFileSync(process.execPath, [join(dir, 'bundle.mjs'), RESOURCES_DIR, pdf, docx], { cwd: dir });
  expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  expect(pdfText(pdf)).toContain('H. Islam Iskandar, S.Sos.');
  const zip = unzipSync(readFileSync(docx));
  const body = zip['word/document.xml'];
  expect(body && strFromU8(body)).toContain('H. Islam Iskandar, S.Sos.');
  expect(Object.keys(zip).filter((name) => /^word\/media\/.*\.(png|svg)$/.test(name))).toHaveLength(2);
  expect(pdfText(pdf)).toContain('Kesehatan 50% (1/2)');
}, 120_000);
