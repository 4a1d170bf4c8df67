import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort } from 'node:worker_threads';
import type { LedgerRow } from '../db/repositories/ledger';
import { ledgerWorkbook } from './ledger-xlsx';

/**
 * The worker thread that writes the ledger's XLSX, so exporting 50,000 commitments (seconds of
 * exceljs work) never blocks the main process that serves the API.
 *
 * electron-vite bundles this file as its own chunk and hands its path to `ledger-xlsx-runner.ts`
 * through the `?modulePath` import. Outside the bundle (the preview host under tsx, the tests)
 * that import loads this module in the main thread, where it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

export interface XlsxRequest {
  id: number;
  rows: LedgerRow[];
  title: string;
}

export type XlsxResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (request: XlsxRequest) => {
    ledgerWorkbook(request.rows, request.title).then(
      (bytes) => {
        const response: XlsxResponse = { id: request.id, ok: true, bytes };
        port.postMessage(response, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        const response: XlsxResponse = {
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
