import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LedgerRow } from '../db/repositories/ledger';
import { ledgerWorkbook } from './ledger-xlsx';
import workerPath from './ledger-xlsx-worker?modulePath';
import type { XlsxRequest, XlsxResponse } from './ledger-xlsx-worker';

/**
 * Writes ledger workbooks in one worker thread, started on the first export and kept for the
 * next (unreferenced while idle, so it never holds the process open). In the bundled app the
 * worker is electron-vite's chunk of ledger-xlsx-worker.ts; under tsx and in the tests it is the
 * TypeScript file, started through tsx's loader. If the worker cannot start, the export runs in
 * the calling thread. (The same shape as the action plans' document runner.)
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
    // A .ts worker (tsx, tests) registers tsx first; the bundled chunk is plain JavaScript.
    const created = workerPath.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
            pathToFileURL(workerPath).href,
          )}); })`,
          { eval: true },
        )
      : new Worker(workerPath);
    created.unref();
    created.on('message', (message: XlsxResponse | 'ready') => {
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
      const error = new Error(`ledger XLSX worker exited with code ${code}`);
      reject(error);
      failAll(error);
    });
  });
  return ready;
}

/** The workbook of `ledgerWorkbook`, written in the worker thread (in this one if none can run). */
export async function ledgerWorkbookInWorker(rows: LedgerRow[], title: string): Promise<Uint8Array> {
  let running: Worker;
  try {
    running = worker ?? (await start());
  } catch (error) {
    console.warn('[sirakor] XLSX worker unavailable, writing in the main thread:', error);
    return ledgerWorkbook(rows, title);
  }
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Held open while it has work, so a caller awaiting the result keeps the process alive.
    running.ref();
    const request: XlsxRequest = { id, rows, title };
    running.postMessage(request);
  });
}

/** Whether the worker thread is up (tests check exports did not fall back to the main thread). */
export function ledgerXlsxWorkerRunning(): boolean {
  return worker !== null;
}

/** Stops the worker (tests, shutdown). */
export async function stopLedgerXlsxWorker(): Promise<void> {
  const running = worker;
  worker = null;
  ready = null;
  if (running) await running.terminate();
}
