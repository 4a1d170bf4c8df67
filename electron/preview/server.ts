import { isUtf8 } from 'node:buffer';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChangeEvent } from '../../shared/api/contract';
import { PREVIEW_TOKEN_HEADER } from '../../shared/api/events';
import { fail, type Result } from '../../shared/api/result';
import { BACKUP_CHUNK_BYTES, MAX_RESTORE_UPLOAD_BYTES } from '../../shared/api/schemas/backups';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from '../../shared/api/schemas/follow-up';
import { MAX_IMPORT_BYTES } from '../../shared/api/schemas/plans';
import { MAX_FORM_BYTES } from '../../shared/api/schemas/progress-forms';
import { MAX_DIRECTORY_FILE_BYTES } from '../../shared/api/schemas/directory-files';
import { MAX_MATERIAL_BYTES } from '../../shared/domain/meeting-files';
import type { Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStaticFile } from './static-files';

/** Large enough for any form or pasted block of rows; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A database file handed over for a restore is larger: base64 of up to MAX_RESTORE_UPLOAD_BYTES. */
export const MAX_RESTORE_BODY_BYTES = Math.ceil((MAX_RESTORE_UPLOAD_BYTES * 4) / 3) + 64 * 1024;
/** A part of a larger file: base64 of up to BACKUP_CHUNK_BYTES. */
export const MAX_CHUNK_BODY_BYTES = Math.ceil((BACKUP_CHUNK_BYTES * 4) / 3) + 64 * 1024;

/** Base64 of `bytes` plus room for the rest of the request. */
const carrying = (bytes: number) => Math.ceil((bytes * 4) / 3) + 64 * 1024;

/** Methods that carry files take their own schema's file limit, so its clearer message answers. */
const FILE_BODY_BYTES: Record<string, number> = {
  'backups.restoreUpload': MAX_RESTORE_BODY_BYTES,
  'backups.uploadChunk': MAX_CHUNK_BODY_BYTES,
  'commitments.addUpdate': carrying(MAX_EVIDENCE_BYTES * MAX_EVIDENCE_FILES),
  'plans.importXlsx': carrying(MAX_IMPORT_BYTES),
  'progressForms.import': carrying(MAX_FORM_BYTES),
  'meetingFiles.upload': carrying(MAX_MATERIAL_BYTES),
  'directory.importXlsx': carrying(MAX_DIRECTORY_FILE_BYTES),
};

function maxBodyBytesOf(method: string): number {
  return FILE_BODY_BYTES[method] ?? MAX_BODY_BYTES;
}

export interface PreviewServerOptions {
  dispatch: Dispatch;
  subscribe: (listener: (event: ChangeEvent) => void) => () => void;
  /** Built renderer folder; null serves only the API. */
  staticDir: string | null;
  token: string;
  port?: number;
}

export interface PreviewServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
} as const;

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Destroying the request here would also kill the socket before the 413 answer is sent:
        // drop the rest of the body instead, and close the connection once the answer is out.
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Guards against DNS rebinding: only requests addressed to the loopback host are answered. */
function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: PreviewServerOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST', ...SECURITY_HEADERS }).end();
    return;
  }
  const maxBytes = maxBodyBytesOf(method);
  const body = await readBody(req, maxBytes);
  if (body === 'too-large') {
    res.setHeader('connection', 'close');
    sendJson(res, 413, fail('VALIDATION', 'error.payloadTooLarge', { maxMb: Math.floor(maxBytes / 1024 / 1024) }));
    return;
  }
  let payload: unknown = {};
  // Decoded as it is, invalid UTF-8 would become U+FFFD and be stored that way.
  if (!isUtf8(body)) {
    sendJson(res, 400, fail('VALIDATION', 'error.invalidUtf8'));
    return;
  }
  if (body.length > 0) {
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, fail('VALIDATION', 'error.invalidJson'));
      return;
    }
  }
  sendJson(res, 200, await options.dispatch(method, payload));
}

function handleEvents(req: IncomingMessage, res: ServerResponse, options: PreviewServerOptions): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    ...SECURITY_HEADERS,
  });
  res.write(': connected\n\n');
  const unsubscribe = options.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

async function handleStatic(res: ServerResponse, path: string, staticDir: string | null): Promise<void> {
  const file = staticDir ? await readStaticFile(staticDir, path) : null;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': file.type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': 'no-cache',
    ...SECURITY_HEADERS,
  });
  res.end(file.body);
}

function urlOf(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/**
 * Serves the renderer and the same handlers as the Electron host over HTTP, on 127.0.0.1 only,
 * behind a per-run token. It exists for browsers and tests; it is not a multi-user server.
 */
export function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let port = 0;
  const server = createServer((req, res) => {
    const url = urlOf(req.url);
    if (!url) {
      // A request target that is not a URL (`//[`): the URL parser throws, which in a request
      // listener would end the process.
      res.writeHead(400, SECURITY_HEADERS).end();
      return;
    }
    if (!isLoopbackHost(req.headers.host, port)) {
      res.writeHead(421, SECURITY_HEADERS).end();
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const header = req.headers[PREVIEW_TOKEN_HEADER];
      // EventSource cannot send headers, so the event stream alone takes the token from the query.
      const token =
        url.pathname === '/api/events' ? url.searchParams.get('token') : Array.isArray(header) ? header[0] : header;
      if (!sameToken(token, options.token)) {
        sendJson(res, 401, fail('UNAUTHORIZED', 'error.unauthorized'));
        return;
      }
      if (url.pathname === '/api/events') {
        handleEvents(req, res, options);
        return;
      }
      handleApi(req, res, url.pathname.slice('/api/'.length), options).catch(() =>
        sendJson(res, 500, fail('INTERNAL', 'error.internal')),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    handleStatic(res, url.pathname, options.staticDir).catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${options.token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
