import { readFileSync, rmSync } from 'node:fs';
import { carriedRefusal } from '../api/errors';
import { startWorkerThread } from '../workers/jobs';
import type { JobControl, JobOutcome } from './registry';
import type { HandlerContext } from '../api/context';
import {
  abortError,
  GATE_GO,
  GATE_STOP,
  type TaskInput,
  type TaskMessage,
  type TaskRequest,
  type TaskSource,
} from './tasks';
import workerPath from './task-worker?modulePath';

/** Where a job's task reads: the host's database file and folders, at the instant the job starts. */
export function taskSourceOf(ctx: HandlerContext): TaskSource {
  return {
    databaseFile: ctx.databaseFile,
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    dataDir: ctx.dataDir,
    resourcesDir: ctx.resourcesDir,
    now: ctx.now().toISOString(),
  };
}

/** The file a task wrote: where, under which name, of which type. */
export interface TaskFile {
  fileName: string;
  mediaType: string;
}

/**
 * Runs a task in a worker thread of its own and resolves with the file it wrote. The job's signal
 * ends the thread at once (the work stops wherever it is) and removes what it had begun to write.
 * A task that writes the database asks for the host's word before it commits: given once the job
 * is past its return (Batal no longer applies), refused if Batal came first, so a cancelled job
 * never commits and a committed one is never reported cancelled.
 */
export function runTaskInWorker(
  request: TaskInput,
  control: JobControl,
  extension: string,
  mediaType: string,
): Promise<Extract<JobOutcome, { kind: 'file' }>> {
  const outPath = control.outputPath(extension);
  const removeOutput = () => {
    rmSync(`${outPath}.part`, { force: true });
    // A folder when the task writes its files there itself (an exchange package).
    rmSync(outPath, { force: true, recursive: true });
  };
  const gate = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const tell = (word: number) => {
    const view = new Int32Array(gate);
    Atomics.store(view, 0, word);
    Atomics.notify(view, 0);
  };
  return new Promise((resolve, reject) => {
    if (control.signal.aborted) return reject(abortError());
    const worker = startWorkerThread(workerPath, { ...request, outPath, gate } as TaskRequest);
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
      tell(GATE_STOP);
      settle(() => reject(abortError()));
      // After the thread has stopped, so it cannot write on after the removal.
      void worker.terminate().finally(removeOutput);
    };
    control.signal.addEventListener('abort', onAbort);
    worker.on('message', (message: TaskMessage) => {
      if (message.type === 'progress') return control.progress(message.done, message.total);
      if (message.type === 'commit') {
        if (control.signal.aborted) return tell(GATE_STOP);
        control.pastReturn();
        return tell(GATE_GO);
      }
      // Loaders (tsx's, in the preview host and the tests) talk on the same port.
      if (message.type !== 'done' && message.type !== 'failed') return;
      if (message.type === 'done') {
        settle(() =>
          resolve({
            kind: 'file',
            path: message.path ?? outPath,
            fileName: message.fileName,
            mediaType,
            sizeBytes: message.sizeBytes,
          }),
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

/** Runs a task whose file is its answer as JSON (a restore's check, an import's history entry): read, then removed. */
export async function runJsonTask<T>(request: TaskInput, control: JobControl): Promise<T> {
  const answered = await runTaskInWorker(request, control, 'json', 'application/json');
  try {
    return JSON.parse(readFileSync(answered.path, 'utf8')) as T;
  } finally {
    rmSync(answered.path, { force: true });
  }
}
