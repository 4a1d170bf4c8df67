import type { InputOf } from '../../../shared/api/contract';
import type { FileDownload } from '../../../shared/domain/files';
import type { Call } from './seed-rakor';

/**
 * A job run to its end through the API, as the renderer's `runFileJob` does: started, followed in
 * `jobs.list`, its file fetched. Throws with the job's error when it fails.
 */
export async function jobDownload(call: Call, start: InputOf<'jobs.start'>): Promise<FileDownload> {
  const { id } = await call('jobs.start', start);
  for (;;) {
    const job = (await call('jobs.list', {})).find((each) => each.id === id);
    if (!job) throw new Error(`job ${start.kind} is not listed`);
    if (job.state === 'done') return call('jobs.file', { id });
    if (job.state !== 'running') throw new Error(`job ${start.kind} ${job.state}: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
