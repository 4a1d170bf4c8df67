import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The message protocol between a job runner and its worker thread: a job goes in with an id, its
 * bytes (or the error) come back with the same id; the worker says 'ready' once it listens.
 */
export interface JobRequest<Payload> {
  id: number;
  payload: Payload;
}

export type JobResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/**
 * Starts a worker thread on a module: in the bundled app `workerPath` is electron-vite's chunk of
 * the worker module; under tsx and in the tests it is the TypeScript file, started through tsx's loader.
 */
export function startWorkerThread(workerPath: string, workerData?: unknown): Worker {
  return workerPath.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
          pathToFileURL(workerPath).href,
        )}); })`,
        { eval: true, workerData },
      )
    : new Worker(workerPath, { workerData });
}

interface WorkerJobs<Payload> {
  /** Runs the job in the worker thread; in this thread (the fallback) if no worker can start. */
  run(payload: Payload): Promise<Uint8Array>;
  /** Whether the worker thread is up (tests check jobs did not fall back to this thread). */
  running(): boolean;
  /** Stops the worker (tests, shutdown); the next job starts a new one. */
  stop(): Promise<void>;
}

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * How long a worker waits for its next job before it ends: a heap that drew a 3,000-row matrix
 * holds tens of MB, which the host should not keep all day for the next document (issue 17).
 */
export const WORKER_IDLE_MS = 10_000;

/**
 * One worker thread for heavy file jobs (documents, workbooks), started on the first job and kept
 * for the next ones that come within WORKER_IDLE_MS: unreferenced while idle, so it never holds the
 * process open, and referenced while it has work, so a caller awaiting a result keeps the process alive.
 */
export function workerJobs<Payload>(options: {
  workerPath: string;
  /** For messages: "document worker", "XLSX worker". */
  name: string;
  fallback: (payload: Payload) => Promise<Uint8Array>;
}): WorkerJobs<Payload> {
  let worker: Worker | null = null;
  let ready: Promise<Worker> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let idleTimer: NodeJS.Timeout | null = null;
  /** The thread last started: a thread ended for being idle says nothing about the jobs of a newer one. */
  let latest: Worker | null = null;

  function stopWhenIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (pending.size === 0) void stop();
    }, WORKER_IDLE_MS);
    idleTimer.unref();
  }

  async function stop(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const running = worker;
    worker = null;
    ready = null;
    latest = null;
    if (running) await running.terminate();
  }

  function failAll(error: Error): void {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
    ready = null;
  }

  function start(): Promise<Worker> {
    if (ready) return ready;
    ready = new Promise<Worker>((resolve, reject) => {
      const created = startWorkerThread(options.workerPath);
      latest = created;
      created.unref();
      created.on('message', (message: JobResponse | 'ready') => {
        if (message === 'ready') {
          worker = created;
          resolve(created);
          return;
        }
        const job = pending.get(message.id);
        if (!job) return;
        pending.delete(message.id);
        if (pending.size === 0) {
          created.unref();
          stopWhenIdle();
        }
        if (message.ok) job.resolve(message.bytes);
        else job.reject(new Error(message.message));
      });
      created.on('error', (error) => {
        reject(error);
        if (created === latest) failAll(error);
      });
      created.on('exit', (code) => {
        if (created !== latest) return;
        const error = new Error(`${options.name} exited with code ${code}`);
        reject(error);
        failAll(error);
      });
    });
    return ready;
  }

  return {
    async run(payload) {
      let running: Worker;
      try {
        running = worker ?? (await start());
      } catch (error) {
        console.warn(`[sirakor] ${options.name} unavailable, working in the main thread:`, error);
        return options.fallback(payload);
      }
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        running.ref();
        const request: JobRequest<Payload> = { id, payload };
        running.postMessage(request);
      });
    },

    running: () => worker !== null,

    stop,
  };
}
