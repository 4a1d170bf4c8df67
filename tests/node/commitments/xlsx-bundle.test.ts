import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { bundleAndRun } from '../support/bundle-run';

const dir = mkdtempSync(join(tmpdir(), 'sirakor-xlsx-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The export as the packaged app runs it: built by electron-vite's main-process build (every
 * dependency inlined, the worker a chunk of its own handed over by `?modulePath`, exceljs loaded by
 * a dynamic import), run with plain Node outside the repository. The worker must start (a bundling
 * clash once kept it from loading) and write the same workbook.
 */
it('the XLSX export runs in its worker thread from an electron-vite build', async () => {
  const entry = fileURLToPath(new URL('../support/xlsx-worker-bundle-entry.ts', import.meta.url));
  const file = join(dir, 'ledger.xlsx');
  const { output, outDir, chunks } = await bundleAndRun(entry, dir, [file]);
  const exceljs = chunks.filter((name) => readFileSync(join(outDir, name), 'utf8').includes('class Workbook'));
  expect(exceljs.length).toBeGreaterThan(0);
  expect(exceljs).not.toContain('main.js');
  expect(chunks.some((name) => name.includes('ledger-xlsx-worker'))).toBe(true);

  expect(output.trim()).toBe('worker');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Komitmen');
  expect(sheet?.getCell('D2').value).toBe('Memperkuat Tim Pendamping Keluarga');
  expect(sheet?.getCell('G2').value).toEqual(new Date('2025-12-31T00:00:00Z'));
  expect(sheet?.getCell('K2').value).toBe('=1+1');
}, 120_000);
