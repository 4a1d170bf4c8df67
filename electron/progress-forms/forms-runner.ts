import { workerJobs } from '../files/worker-jobs';
import type { FormSheet } from './form-data';
import { formsFile } from './forms-file';
import workerPath from './forms-worker?modulePath';
import type { FormsJob } from './forms-worker';

const jobs = workerJobs<FormsJob>({
  workerPath,
  name: 'progress form worker',
  fallback: async (job) => formsFile(job.forms, new Date(job.now)),
});

/** The forms' file (`formsFile`), written in the worker thread (in this one if none can run). */
export function formsFileInWorker(forms: FormSheet[], now: Date): Promise<Uint8Array> {
  return jobs.run({ forms, now: now.toISOString() });
}

export const formsWorkerRunning = (): boolean => jobs.running();
export const stopFormsWorker = (): Promise<void> => jobs.stop();
