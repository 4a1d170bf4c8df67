import { writeFileSync } from 'node:fs';
import {
  ledgerWorkbookInWorker,
  ledgerXlsxWorkerRunning,
  stopLedgerXlsxWorker,
} from '../../../electron/commitments/ledger-xlsx-runner';
import { SAMPLE_ROW } from './xlsx-bundle-entry-row';

/**
 * Bundled by xlsx-bundle.test.ts with electron-vite's own main-process build (the worker as a
 * chunk of its own, handed over by `?modulePath`), then run with plain Node:
 * `node main.js <out.xlsx>`. Prints whether the worker thread wrote it.
 */
const [file = ''] = process.argv.slice(2);
writeFileSync(file, await ledgerWorkbookInWorker([SAMPLE_ROW], 'Daftar komitmen'));
console.log(ledgerXlsxWorkerRunning() ? 'worker' : 'main thread');
await stopLedgerXlsxWorker();
