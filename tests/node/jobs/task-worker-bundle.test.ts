import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { repositoriesOf } from '../../../electron/db/repositories';
import { formSigningOf } from '../../../electron/progress-forms/signing';
import { bundleAndRun } from '../support/bundle-run';
import { callerOf, seedRakor } from '../support/seed-rakor';
import { RESOURCES_DIR, startTestCore } from '../support/temp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside the repository: the bundle loads better-sqlite3 from its node_modules, as the app does from disk.
mkdirSync(join(root, '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, '.cache', 'task-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A job's work as the packaged app does it: built by electron-vite's main-process build (every
 * dependency inlined but better-sqlite3, the task worker a chunk of its own handed over by
 * `?modulePath`, exceljs loaded by a dynamic import), run with plain Node. The worker must start
 * (a bundling clash once kept a worker from loading), open the database read-only and write the files.
 */
it('a job’s task runs in its worker thread from an electron-vite build', async () => {
  const core = await startTestCore({ now: () => new Date('2026-01-20T02:00:00Z') });
  await seedRakor(callerOf(core.dispatch));
  // Drawn when the job starts, on the host's connection: the worker only reads.
  formSigningOf(repositoriesOf({ db: core.store.db, now: () => new Date() }));
  const ledgerFile = join(dir, 'ledger.xlsx');
  const formsFile = join(dir, 'forms.zip');
  const args = [core.store.databaseFile, core.dataDir, RESOURCES_DIR, ledgerFile, formsFile];
  const entry = fileURLToPath(new URL('../support/task-worker-bundle-entry.ts', import.meta.url));
  const { output, outDir, chunks } = await bundleAndRun(entry, dir, args, ['better-sqlite3']).finally(() =>
    core.close(),
  );
  expect(chunks.some((name) => name.includes('task-worker'))).toBe(true);
  const exceljs = chunks.filter((name) => readFileSync(join(outDir, name), 'utf8').includes('class Workbook'));
  expect(exceljs.length).toBeGreaterThan(0);
  expect(exceljs).not.toContain('main.js');

  const [ledgerName, formsName] = JSON.parse(output.trim().split('\n').at(-1) ?? '[]') as string[];
  expect(ledgerName).toBe('komitmen-2026-01-20.xlsx');
  expect(formsName).toMatch(/^Formulir Progres Komitmen 2026-01-20\.zip$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(ledgerFile);
  const sheet = workbook.getWorksheet('Komitmen');
  expect(sheet?.getCell('A1').value).toBe('No');
  expect(sheet?.rowCount).toBeGreaterThan(1);
  const forms = Object.keys(unzipSync(readFileSync(formsFile)));
  expect(forms.length).toBeGreaterThan(0);
  expect(forms.every((name) => name.startsWith('Formulir Progres - '))).toBe(true);
}, 180_000);
