import type { InputOf } from '../../../shared/api/contract';
import type { FieldIssue, Message, Result } from '../../../shared/api/result';
import type { JobInfo } from '../../../shared/domain/jobs';
import type { FileDownload } from '../../../shared/domain/files';
import type { Call } from './seed-rakor';

/**
 * A job run to its end through the API, as the renderer's `runFileJob` does: started, followed in
 * `jobs.list`, its file fetched. Throws with the job's error when it fails. With `dismiss`, its
 * notice is closed afterwards, as data prepared for a screen test should leave none behind.
 */
export async function jobDownload(
  call: Call,
  start: InputOf<'jobs.start'>,
  options: { dismiss?: boolean } = {},
): Promise<FileDownload> {
  const { id } = await call('jobs.start', start);
  for (;;) {
    const job = (await call('jobs.list', {})).find((each) => each.id === id);
    if (!job) throw new Error(`job ${start.kind} is not listed`);
    if (job.state === 'done') {
      const file = await call('jobs.file', { id });
      if (options.dismiss) await call('jobs.dismiss', { id });
      return file;
    }
    if (job.state !== 'running') throw new Error(`job ${start.kind} ${job.state}: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What refused a job: its start (the input checked, the records it names looked up), or its work. */
export type JobRefusal =
  | { at: 'start'; code: string; message: Message; details?: FieldIssue[] }
  | { at: 'work'; key: string; params?: Message['params'] };

/** Starts a job that must be refused and says where and how; fails the test if the job succeeds. */
export async function jobRefusal(
  dispatch: (method: string, payload: unknown) => Promise<Result<unknown>>,
  start: unknown,
): Promise<JobRefusal> {
  const started = await dispatch('jobs.start', start);
  if (!started.ok) return { at: 'start', ...started.error };
  const { id } = started.value as JobInfo;
  for (;;) {
    const listed = await dispatch('jobs.list', {});
    const job = (listed.ok ? (listed.value as JobInfo[]) : []).find((each) => each.id === id);
    if (!job) throw new Error('the job is not listed');
    if (job.state === 'failed' && job.error) return { at: 'work', ...job.error };
    if (job.state !== 'running') throw new Error(`the job was not refused: ${job.state}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
