import { workerJobs } from '../../workers/jobs';
import workerPath from './document-worker?modulePath';
import type { RenderJob } from './render';

/** Long documents are drawn in their own worker thread (`worker-jobs.ts`). */
const jobs = workerJobs<RenderJob>({
  workerPath,
  name: 'document worker',
  // Loaded here, not at start: the document libraries cost the main process ~150 ms to load.
  fallback: async (job) => (await import('./render')).renderPlanModel(job),
});

/** Renders in the worker thread; falls back to this thread when no worker can run. */
export const renderInWorker = (job: RenderJob): Promise<Uint8Array> => jobs.run(job);

/** Stops the worker (tests, shutdown). */
export const stopDocumentWorker = (): Promise<void> => jobs.stop();
