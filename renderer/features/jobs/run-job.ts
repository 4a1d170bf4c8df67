import type { InputOf, OutputOf } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { FileDownload } from '../../../shared/domain/files';
import type { JobInfo, JobProgress } from '../../../shared/domain/jobs';
import { call, onChange } from '../../api/client';

export type JobStart = InputOf<'jobs.start'>;

export interface JobWatch {
  /** Aborting it cancels the job on the host (Batal). */
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** The host took the job: its notice follows it from here. */
  onStarted?: (job: JobInfo) => void;
}

/** How often the job is asked about when no event came (a lost event must not leave a screen waiting). */
const POLL_MS = 1000;

/** The job's failure as a result: its own message, or "cancelled". */
function failureOf(job: JobInfo): Result<never> {
  if (job.state === 'cancelled') return fail('CONFLICT', 'jobs.cancelled');
  return fail('IO', job.error?.key ?? 'jobs.error.failed', job.error?.params);
}

/**
 * Starts a job and follows it until it ends: progress as the host announces it, Batal through the
 * signal (the host stops the work). Resolves with the job as it ended, or the refusal to start it.
 */
export async function runJob(start: JobStart, watch: JobWatch = {}): Promise<Result<JobInfo>> {
  const started = await call('jobs.start', start);
  if (!started.ok) return started;
  const id = started.value.id;
  watch.onStarted?.(started.value);
  return new Promise((resolve) => {
    let finished = false;
    const finish = (result: Result<JobInfo>) => {
      if (finished) return;
      finished = true;
      unsubscribe();
      clearInterval(timer);
      resolve(result);
    };
    const check = async () => {
      const list = await call('jobs.list', {});
      if (finished || !list.ok) return;
      const job = list.value.find((each) => each.id === id);
      if (!job) return finish(fail('NOT_FOUND', 'jobs.error.unknown'));
      if (job.state === 'running') return watch.onProgress?.(job.progress);
      finish(job.state === 'done' ? ok(job) : failureOf(job));
    };
    const unsubscribe = onChange((event) => {
      if (event.entities.includes('jobs') && (!event.ids?.jobs || event.ids.jobs.includes(id))) void check();
    });
    const timer = setInterval(() => void check(), POLL_MS);
    watch.signal?.addEventListener('abort', () => {
      void call('jobs.cancel', { id });
      finish(fail('CONFLICT', 'jobs.cancelled'));
    });
    void check();
  });
}

/** A job that writes a file: run, then the file fetched to be saved. */
export async function runFileJob(start: JobStart, watch: JobWatch = {}): Promise<Result<FileDownload>> {
  const ended = await runJob(start, watch);
  if (!ended.ok) return ended;
  return jobFile(ended.value.id);
}

export function jobFile(id: string): Promise<Result<OutputOf<'jobs.file'>>> {
  return call('jobs.file', { id });
}

/** Whether a result is the one of a job the user cancelled (nothing to report). */
export function isCancelled(result: Result<unknown>): boolean {
  return !result.ok && result.error.message.key === 'jobs.cancelled';
}
