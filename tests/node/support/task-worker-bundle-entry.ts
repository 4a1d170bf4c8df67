import { jobStartInput } from '../../../shared/api/schemas/jobs';
import { MEDIA_TYPES } from '../../../shared/domain/files';
import type { JobControl } from '../../../electron/jobs/registry';
import { runTaskInWorker } from '../../../electron/jobs/task-runner';

/**
 * Bundled by task-worker-bundle.test.ts with electron-vite's main-process build (the task worker a
 * chunk of its own, handed over by `?modulePath`; better-sqlite3 external, as in the app), then run
 * with plain Node: `node main.js <database> <dataDir> <resourcesDir> <out.xlsx> <out.zip>`. Runs two
 * jobs' tasks as the host runs them (the ledger workbook, every institution's progress form) and
 * prints each file's name.
 */
const [databaseFile = '', dataDir = '', resourcesDir = '', ledgerFile = '', formsFile = ''] = process.argv.slice(2);
const source = { databaseFile, dataDir, resourcesDir, now: '2026-01-20T02:00:00.000Z' };

function controlWriting(path: string): JobControl {
  return {
    signal: new AbortController().signal,
    progress: () => undefined,
    outputPath: () => path,
    pastReturn: () => undefined,
    shared: (work) => work(),
    alone: (work) => work(),
  };
}

const ledgerInput = jobStartInput.parse({ kind: 'ledgerXlsx', input: {} }).input;
const ledger = await runTaskInWorker(
  { task: 'ledgerXlsx', input: ledgerInput, source } as Parameters<typeof runTaskInWorker>[0],
  controlWriting(ledgerFile),
  'xlsx',
  MEDIA_TYPES.xlsx,
);
const formsInput = jobStartInput.parse({ kind: 'progressForms', input: {} }).input;
const forms = await runTaskInWorker(
  { task: 'progressForms', input: formsInput, source } as Parameters<typeof runTaskInWorker>[0],
  controlWriting(formsFile),
  'zip',
  MEDIA_TYPES.zip,
);
console.log(JSON.stringify([ledger.fileName, forms.fileName]));
