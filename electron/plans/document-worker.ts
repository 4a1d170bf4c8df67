import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort } from 'node:worker_threads';
import { renderPlanModel, type RenderJob } from './render';

/**
 * The worker thread that draws action-plan documents, so a 3,000-row matrix (about a second of
 * work) never blocks the main process that serves the API.
 *
 * electron-vite bundles this file as its own chunk and hands its path to `document-runner.ts`
 * through the `?modulePath` import. Outside the bundle (the preview host under tsx, the tests)
 * that import loads this module in the main thread, where it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

export interface WorkerRequest {
  id: number;
  job: RenderJob;
}

export type WorkerResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => {
    renderPlanModel(request.job).then(
      (bytes) => {
        const response: WorkerResponse = { id: request.id, ok: true, bytes };
        port.postMessage(response, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        const response: WorkerResponse = {
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
