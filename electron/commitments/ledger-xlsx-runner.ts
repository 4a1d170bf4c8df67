import type { LedgerRow } from './repositories/ledger';
import { ledgerWorkbook } from './ledger-xlsx';
import workerPath from './ledger-xlsx-worker?modulePath';
import type { XlsxJob } from './ledger-xlsx-worker';
import { workerJobs } from '../workers/jobs';

/** Ledger workbooks are written in their own worker thread (`worker-jobs.ts`). */
const jobs = workerJobs<XlsxJob>({
  workerPath,
  name: 'XLSX worker',
  fallback: async (job) => ledgerWorkbook(job.rows, job.title, undefined, job.ownOffice),
});

/** The workbook of `ledgerWorkbook`, written in the worker thread (in this one if none can run). */
export function ledgerWorkbookInWorker(rows: LedgerRow[], title: string, ownOffice?: string): Promise<Uint8Array> {
  return jobs.run({ rows, title, ...(ownOffice ? { ownOffice } : {}) });
}

export const ledgerXlsxWorkerRunning = (): boolean => jobs.running();
export const stopLedgerXlsxWorker = (): Promise<void> => jobs.stop();
