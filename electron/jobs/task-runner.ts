import { rmSync } from 'node:fs';
import { carriedRefusal } from '../api/errors';
import { startWorkerThread } from '../workers/jobs';
import type { JobControl, JobOutcome } from './registry';
import type { TaskMessage, TaskRequest } from './tasks';
import workerPath from './task-worker?modulePath';

/** The file a task wrote: where, under which name, of which type. */
export interface TaskFile {
  fileName: string;
  mediaType: string;
}

function abortError(): Error {
  const error = new Error('The job was cancelled');
  error.name = 'AbortError';
  return error;
}

/**
 * Runs a task in a worker thread of its own and resolves with the file it wrote. The job's signal
 * ends the thread at once (the work stops wherever it is) and removes what it had begun to write.
 */
export function runTaskInWorker(
  request: Omit<TaskRequest, 'outPath'>,
  control: JobControl,
  extension: string,
  mediaType: string,
): Promise<Extract<JobOutcome, { kind: 'file' }>> {
  const outPath = control.outputPath(extension);
  const removeOutput = () => {
    rmSync(`${outPath}.part`, { force: true });
    rmSync(outPath, { force: true });
  };
  return new Promise((resolve, reject) => {
    if (control.signal.aborted) return reject(abortError());
    const worker = startWorkerThread(workerPath, { ...request, outPath } as TaskRequest);
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      control.signal.removeEventListener('abort', onAbort);
      work();
      // Ended whatever the outcome: in the bundle, modules the task imports may leave a listener
      // (another worker's `serveJobs`) that would keep the thread alive.
      void worker.terminate();
    };
    const onAbort = () => {
      settle(() => reject(abortError()));
      // After the thread has stopped, so it cannot write on after the removal.
      void worker.terminate().finally(removeOutput);
    };
    control.signal.addEventListener('abort', onAbort);
    worker.on('message', (message: TaskMessage) => {
      if (message.type === 'progress') return control.progress(message.done, message.total);
      // Loaders (tsx's, in the preview host and the tests) talk on the same port.
      if (message.type !== 'done' && message.type !== 'failed') return;
      if (message.type === 'done') {
        settle(() =>
          resolve({ kind: 'file', path: outPath, fileName: message.fileName, mediaType, sizeBytes: message.sizeBytes }),
        );
        return;
      }
      settle(() => {
        removeOutput();
        const { error } = message;
        reject(error ? carriedRefusal(error) : new Error(`The job failed in its worker: ${message.message}`));
      });
    });
    worker.on('error', (error) => settle(() => (removeOutput(), reject(error))));
    worker.on('exit', (code) =>
      settle(() => (removeOutput(), reject(new Error(`The job's worker stopped (code ${code}) before it finished`)))),
    );
  });
}
