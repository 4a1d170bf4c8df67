import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runTask, type TaskMessage, type TaskRequest } from './tasks';

/**
 * The worker thread of one job (a workbook, a document): started for the job and ended with it,
 * so cancelling a job ends its work at once, whatever it was doing.
 *
 * electron-vite bundles this file as its own chunk and hands its path to `task-runner.ts` through
 * the `?modulePath` import. Outside the bundle (the preview host under tsx, the tests) that import
 * loads this module in the main thread, where it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

if (!isMainThread && parentPort) {
  const port = parentPort;
  void runTask(workerData as TaskRequest, (message: TaskMessage) => port.postMessage(message));
}
