import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, MAX_BODY_BYTES, type PreviewServer } from '../../../electron/preview/server';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const TOKEN = 'a'.repeat(48);
const INDEX_HTML = '<!doctype html><title>Sirakor</title><script type="module" src="/assets/app.js"></script>';
const SECRET = '{"name":"outside the static folder"}';

let core: TestCore;
let preview: PreviewServer;
let siteDir: string;

beforeAll(async () => {
  core = await startTestCore();
  siteDir = mkdtempSync(join(tmpdir(), 'sirakor-site-'));
  const staticDir = join(siteDir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(siteDir, 'package.json'), SECRET);
  preview = await startPreviewServer({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    staticDir,
    token: TOKEN,
  });
});

afterAll(async () => {
  await preview.close();
  core.close();
  rmSync(siteDir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request with full control over the path and the Host header, which fetch normalises or forbids. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: preview.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`http://127.0.0.1:${preview.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-sirakor-token': token }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('preview host', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/?token=${TOKEN}`);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    for (const token of [null, '', 'b'.repeat(48), 'a'.repeat(47), `${TOKEN}a`]) {
      const res = await api('app.info', {}, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        ok: false,
        error: { code: 'UNAUTHORIZED', message: { key: 'error.unauthorized' } },
      });
    }
    // The query-string token is accepted for the event stream only.
    const res = await fetch(`http://127.0.0.1:${preview.port}/api/app.info?token=${TOKEN}`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('answers the result as JSON for successes and for errors', async () => {
    const info = await api('app.info', {});
    expect(info.status).toBe(200);
    expect(info.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(info.headers.get('cache-control')).toBe('no-store');
    expect(await info.json()).toMatchObject({
      ok: true,
      value: { name: 'Sirakor', host: 'preview', regionCount: 91_599 },
    });

    const created = await api('institutions.create', { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'desa' });
    expect(await created.json()).toMatchObject({ ok: true, value: { name: 'Puskesmas Tolo', sector: 'kesehatan' } });

    const invalid = await api('institutions.create', { name: 'x'.repeat(201), sector: 'kesehatan', level: 'desa' });
    expect(invalid.status).toBe(200);
    expect(await invalid.json()).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path: 'name', key: 'validation.tooLong', params: { max: 200 } }],
      },
    });

    const unknown = await api('nothing.here', {});
    expect(await unknown.json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: { key: 'error.unknownMethod', params: { method: 'nothing.here' } } },
    });

    const empty = await api('settings.get', '');
    expect(await empty.json()).toEqual({ ok: true, value: { office: null, language: 'id' } });
  });

  it('answers 400 for a body that is not JSON and keeps serving', async () => {
    const res = await api('institutions.list', '{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: { key: 'error.invalidJson' } },
    });
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('refuses a body that is not valid UTF-8, or text with a lone surrogate, and stores nothing', async () => {
    const post = (body: Buffer) =>
      raw('/api/institutions.create', {
        method: 'POST',
        headers: { 'x-sirakor-token': TOKEN, 'content-type': 'application/json', host: `127.0.0.1:${preview.port}` },
        body,
      });
    const prefix = Buffer.from('{"name":"Pustu Uji ');
    const suffix = Buffer.from('","sector":"kesehatan","level":"kecamatan"}');
    // 0xC3 0x28: a two-byte sequence cut short; 0xED 0xA0 0x80: a surrogate written as UTF-8.
    for (const bad of [Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff])]) {
      const res = await post(Buffer.concat([prefix, bad, suffix]));
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: { key: 'error.invalidUtf8' } },
      });
    }
    // Valid UTF-8, but a JSON escape of half a surrogate pair: refused on the field that holds it.
    const escaped = await post(Buffer.from('{"name":"Pustu Uji \\ud800","sector":"kesehatan","level":"kecamatan"}'));
    expect(escaped.status).toBe(200);
    expect(JSON.parse(escaped.body)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path: 'name', key: 'validation.invalidText' }],
      },
    });
    expect(await (await api('institutions.list', { query: 'Pustu Uji' })).json()).toMatchObject({
      value: { total: 0 },
    });
    // Text outside Latin-1 and surrogate pairs (an emoji) are stored as they are.
    const good = await post(Buffer.concat([prefix, Buffer.from('Łódź ẵ 😀'), suffix]));
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { name: 'Pustu Uji Łódź ẵ 😀' } });
  });

  it('answers 413 for a body over the limit and keeps serving', async () => {
    const body = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await raw('/api/institutions.list', {
      method: 'POST',
      headers: { 'x-sirakor-token': TOKEN, 'content-type': 'application/json', host: `127.0.0.1:${preview.port}` },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: { key: 'error.payloadTooLarge', params: { maxMb: 4 } } },
    });
    expect((await api('app.info', {})).status).toBe(200);

    const viaFetch = await api('institutions.list', { query: 'y'.repeat(3 * MAX_BODY_BYTES) });
    expect(viaFetch.status).toBe(413);
    expect(await viaFetch.json()).toMatchObject({ ok: false, error: { message: { key: 'error.payloadTooLarge' } } });
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('lets methods that carry files through up to their own file limit', async () => {
    // 3.5 MB of file: past the 4 MB body limit once base64-encoded, within the import's 5 MB.
    const dataBase64 = Buffer.alloc(3.5 * 1024 * 1024, 7).toString('base64');
    const planId = '01900000-0000-7000-8000-000000000000';
    const imported = await api('plans.importXlsx', { planId, fileName: 'rencana.xlsx', dataBase64 });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const evidence = [1, 2].map((n) => ({ name: `bukti-${n}.pdf`, dataBase64 }));
    const update = await api('commitments.addUpdate', { commitmentId: planId, reportedOn: '2026-01-16', evidence });
    expect(update.status).toBe(200);
    expect(await update.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await api('institutions.list', { query: dataBase64 })).status).toBe(413);
  });

  it('answers 405 for API calls that are not POST', async () => {
    const res = await fetch(`http://127.0.0.1:${preview.port}/api/app.info`, { headers: { 'x-sirakor-token': TOKEN } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('answers 421 to requests addressed to another host name (DNS rebinding)', async () => {
    for (const host of [`evil.example:${preview.port}`, '127.0.0.1', `127.0.0.1:${preview.port + 1}`]) {
      const res = await raw('/api/app.info', { method: 'POST', headers: { host, 'x-sirakor-token': TOKEN } });
      expect(res.status).toBe(421);
      expect((await raw('/', { headers: { host } })).status).toBe(421);
    }
    expect((await raw('/', { headers: { host: `localhost:${preview.port}` } })).status).toBe(200);
  });

  it('serves the renderer with the CSP header, and index.html for client-side routes', async () => {
    for (const path of ['/', '/index.html', '/direktori/orang']) {
      const res = await fetch(`http://127.0.0.1:${preview.port}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe(INDEX_HTML);
    }
    const script = await fetch(`http://127.0.0.1:${preview.port}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app");');
    expect((await fetch(`http://127.0.0.1:${preview.port}/assets/missing.js`)).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/%252e%252e/package.json',
    '/%2F..%2F..%2Fpackage.json',
  ])('does not serve files outside the renderer folder for %s', async (path) => {
    const res = await raw(path, { headers: { host: `127.0.0.1:${preview.port}` } });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the static folder');
  });

  it('delivers change events over SSE to a client holding the token', async () => {
    const unauthorized = await fetch(`http://127.0.0.1:${preview.port}/api/events`);
    expect(unauthorized.status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${preview.port}/api/events?token=${TOKEN}`, {
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (text: string): Promise<void> => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`Stream ended before ${text}: ${received}`);
        received += decoder.decode(value, { stream: true });
      }
    };
    await readUntil(': connected\n\n');

    await api('people.list', {});
    await api('people.create', { name: 'Lewat SSE' });
    await readUntil('data: {"entities":["people"]}\n\n');
    expect(received).toBe(': connected\n\ndata: {"entities":["people"]}\n\n');
    controller.abort();
  });
});
