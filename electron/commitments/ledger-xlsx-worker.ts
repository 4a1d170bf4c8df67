import { fileURLToPath } from 'node:url';
import type { LedgerRow } from './repositories/ledger';
import { ledgerWorkbook } from './ledger-xlsx';
import { serveJobs } from '../workers/serve';

/**
 * The worker thread that writes the ledger's XLSX, so exporting 50,000 commitments (seconds of
 * exceljs work) never blocks the main process that serves the API.
 *
 * electron-vite bundles this file as its own chunk and hands its path to `ledger-xlsx-runner.ts`
 * through the `?modulePath` import. Outside the bundle (the preview host under tsx, the tests)
 * that import loads this module in the main thread, where it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

export interface XlsxJob {
  rows: LedgerRow[];
  title: string;
  ownOffice?: string;
}

serveJobs<XlsxJob>((job) => ledgerWorkbook(job.rows, job.title, undefined, job.ownOffice));
