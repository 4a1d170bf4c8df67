import { isMainThread, parentPort } from 'node:worker_threads';
import type { JobRequest, JobResponse } from './jobs';

/**
 * The worker side of `workerJobs`: answers each job with its bytes (moved, not copied) or its
 * error. Does nothing when loaded in the main thread, where the worker module only exports its path.
 */
export function serveJobs<Payload>(work: (payload: Payload) => Promise<Uint8Array>): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', (request: JobRequest<Payload>) => {
    work(request.payload).then(
      (bytes) => {
        const response: JobResponse = { id: request.id, ok: true, bytes };
        port.postMessage(response, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        const response: JobResponse = {
          id: request.id,
          ok: false,
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
        port.postMessage(response);
      },
    );
  });
  port.postMessage('ready');
}
