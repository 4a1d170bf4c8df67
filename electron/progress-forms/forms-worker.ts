import { fileURLToPath } from 'node:url';
import { serveJobs } from '../files/worker-serve';
import type { FormSheet } from './form-data';
import { formsFile } from './forms-file';

/**
 * The worker thread that writes progress forms, so the forms of every institution (hundreds of
 * workbooks) never hold up the main process that serves the API. As with the ledger's XLSX
 * worker, electron-vite bundles this file as its own chunk and hands its path to the runner
 * through `?modulePath`; loaded in the main thread, it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

export interface FormsJob {
  forms: FormSheet[];
  /** ISO instant: the workbooks' creation time. */
  now: string;
}

serveJobs<FormsJob>(async (job) => formsFile(job.forms, new Date(job.now)));
