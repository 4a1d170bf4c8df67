import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import workerPath from './document-worker?modulePath';
import type { WorkerRequest, WorkerResponse } from './document-worker';
import type { RenderJob } from './render';

/**
 * Runs document jobs in one worker thread, started on the first job and kept for the next
 * (unreferenced while idle, so it never holds the process open). In the bundled app the worker is electron-vite's
 * chunk of document-worker.ts; under tsx and in the tests it is the TypeScript file, started
 * through tsx's loader. If the worker cannot start, the job runs in the calling thread.
 */

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let ready: Promise<Worker> | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker = null;
  ready = null;
}

function start(): Promise<Worker> {
  if (ready) return ready;
  ready = new Promise<Worker>((resolve, reject) => {
    const typescript = workerPath.endsWith('.ts');
    // A .ts worker (tsx, tests) registers tsx first; the bundled chunk is plain JavaScript.
    const created = typescript
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
            pathToFileURL(workerPath).href,
          )}); })`,
          { eval: true },
        )
      : new Worker(workerPath);
    created.unref();
    created.on('message', (message: WorkerResponse | 'ready') => {
      if (message === 'ready') {
        worker = created;
        resolve(created);
        return;
      }
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      if (pending.size === 0) created.unref();
      if (message.ok) job.resolve(message.bytes);
      else job.reject(new Error(message.message));
    });
    created.on('error', (error) => {
      reject(error);
      failAll(error);
    });
    created.on('exit', (code) => {
      const error = new Error(`document worker exited with code ${code}`);
      reject(error);
      failAll(error);
    });
  });
  return ready;
}

/** Renders in the worker thread; falls back to this thread when no worker can run. */
export async function renderInWorker(job: RenderJob): Promise<Uint8Array> {
  let running: Worker;
  try {
    running = worker ?? (await start());
  } catch (error) {
    console.warn('[sirakor] document worker unavailable, rendering in the main thread:', error);
    // Loaded here, not at start: the document libraries cost the main process ~150 ms to load.
    const { renderPlanModel } = await import('./render');
    return renderPlanModel(job);
  }
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Held open while it has work, so a caller awaiting the result keeps the process alive.
    running.ref();
    const request: WorkerRequest = { id, job };
    running.postMessage(request);
  });
}

/** Stops the worker (tests, shutdown). */
export async function stopDocumentWorker(): Promise<void> {
  const running = worker;
  worker = null;
  ready = null;
  if (running) await running.terminate();
}
