import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { bundleAndRun } from '../support/bundle-run';

const dir = mkdtempSync(join(tmpdir(), 'sirakor-forms-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The progress forms as the packaged app writes them: in their worker thread, from an electron-vite build. */
it('the progress forms are written in their worker thread from an electron-vite build', async () => {
  const entry = fileURLToPath(new URL('../support/forms-worker-bundle-entry.ts', import.meta.url));
  const file = join(dir, 'forms.zip');
  const { output, chunks } = await bundleAndRun(entry, dir, [file]);
  expect(chunks.some((name) => name.includes('forms-worker'))).toBe(true);
  expect(output.trim()).toBe('worker');
  const files = unzipSync(readFileSync(file));
  expect(Object.keys(files)).toEqual([
    'Formulir Progres - UPT Puskesmas Rumbia.xlsx',
    'Formulir Progres - TP PKK Desa Bontotiro.xlsx',
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(files['Formulir Progres - TP PKK Desa Bontotiro.xlsx'] as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]?.getCell('A2').text).toBe('Instansi: TP PKK Desa Bontotiro');
  expect(workbook.worksheets[0]?.getCell('D7').value).toEqual(new Date('2026-01-30T00:00:00Z'));
}, 120_000);
