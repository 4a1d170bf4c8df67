import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sirakor-xlsx-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * exceljs is CommonJS and loaded with `await import('exceljs')` only when a ledger is exported:
 * bundled as electron-vite bundles main (every dependency inlined, ESM for Node, the dynamic
 * import split into its own chunk) it must still load and write a workbook, outside the repo.
 */
it('the XLSX export works from a bundle, exceljs in a chunk of its own', async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('./support/xlsx-bundle-entry.ts', import.meta.url)),
      outDir: dir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'bundle.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const chunks = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.m?js$/.test(name));
  const exceljs = chunks.filter((name) => readFileSync(join(dir, name), 'utf8').includes('class Workbook'));
  expect(exceljs).toHaveLength(1);
  expect(exceljs[0]).not.toBe('bundle.mjs');
  const file = join(dir, 'ledger.xlsx');
  execFileSync(process.execPath, [join(dir, 'bundle.mjs'), file], { cwd: dir });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Komitmen');
  expect(sheet?.getCell('D2').value).toBe('Memperkuat Tim Pendamping Keluarga');
  expect(sheet?.getCell('G2').value).toEqual(new Date('2025-12-31T00:00:00Z'));
  expect(sheet?.getCell('K2').value).toBe('=1+1');
}, 120_000);
