import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { startPreviewServer, MAX_BODY_BYTES, type PreviewServer } from '../../../electron/preview/server';
import { startTestCore } from '../support/temp';
import { BASE_SEED } from './support/harness';
import { hostilePayload, NASTY_STRINGS } from './support/hostile';

/**
 * The preview host under hostile HTTP: bodies that are not JSON, not UTF-8, huge or deeply
 * nested, odd content types and request targets. Every request gets an answer (never a dropped
 * connection or a crashed process), a refused call is never INTERNAL, and the host keeps serving.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const TOKEN = 'p'.repeat(48);
const RUNS = Number(process.env.SIRAKOR_PREVIEW_PROPERTY_RUNS ?? 400);

let core: TestCore;
let preview: PreviewServer;
let requests = 0;

beforeAll(async () => {
  core = await startTestCore();
  preview = await startPreviewServer({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    staticDir: null,
    token: TOKEN,
  });
});

afterAll(async () => {
  console.log(`[property preview host] ${requests} hostile requests answered`);
  await preview.close();
  core.close();
});

interface Answer {
  status: number;
  body: string;
}

function send(path: string, body: Buffer | string | null, headers: Record<string, string> = {}): Promise<Answer> {
  requests++;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path,
        method: 'POST',
        headers: { host: `127.0.0.1:${preview.port}`, 'x-sirakor-token': TOKEN, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

/** A JSON answer that is a Result and not INTERNAL (or an empty answer with a plain HTTP status). */
function expectProperAnswer(answer: Answer): void {
  expect([200, 400, 404, 405, 413]).toContain(answer.status);
  if (answer.body === '') return;
  const result = JSON.parse(answer.body) as { ok: boolean; error?: { code: string } };
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) expect(result.error?.code).not.toBe('INTERNAL');
}

async function expectStillServing(): Promise<void> {
  const answer = await send('/api/app.info', '{}', { 'content-type': 'application/json' });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { name: 'Sirakor' } });
}

function jsonOf(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null; // BigInt and friends: not sendable as JSON
  }
}

const methodName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...METHOD_NAMES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'x',
      '__proto__',
      'constructor',
      '..%2F..%2Fetc',
      'app.info%00',
      '%E0%A4%A',
      'events/x',
    ),
  },
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  '*/*',
);

const body = fc.oneof(
  { weight: 3, arbitrary: hostilePayload.map((value) => jsonOf(value) ?? 'null') },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 5_000)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"a":',
      '[1,2,',
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '\ufeff{}',
      '{}\u0000',
      'null',
      '1e999',
      '"\\ud800"',
      '{"id":"\\u0000"}',
    ),
  },
  { weight: 1, arbitrary: fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])) },
);

describe('preview host under hostile HTTP', () => {
  it(`answers ${RUNS} random malformed requests without INTERNAL and keeps serving`, async () => {
    await fc.assert(
      fc.asyncProperty(methodName, contentType, body, async (method, type, payload) => {
        const answer = await send(`/api/${method}`, payload, type ? { 'content-type': type } : {});
        expectProperAnswer(answer);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: BASE_SEED, endOnFailure: true },
    );
    await expectStillServing();
  }, 60_000);

  it('refuses a body over the limit with 413, and keeps serving', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x61);
    const answer = await send('/api/institutions.create', huge, { 'content-type': 'application/json' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expectStillServing();
  });

  it('answers bodies just under the limit: a 3.9 MB string, and JSON nested a million levels deep', async () => {
    const longName = JSON.stringify({ name: 'n'.repeat(MAX_BODY_BYTES - 200), sector: 'kesehatan', level: 'desa' });
    const long = await send('/api/institutions.create', longName, { 'content-type': 'application/json' });
    expect(JSON.parse(long.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const depth = 1_000_000;
    const deep = await send('/api/institutions.create', '['.repeat(depth) + ']'.repeat(depth));
    expectProperAnswer(deep);
    const deepObject = await send('/api/meetings.list', '{"query":'.repeat(200_000) + '1' + '}'.repeat(200_000));
    expectProperAnswer(deepObject);
    await expectStillServing();
  }, 30_000);

  it('answers request targets that are not valid URLs, and keeps serving', async () => {
    for (const path of ['//[', '/api/%', '/api/app.info?%', '//', '/api//', '/api/app.info#x', '/%00', '/api/\u00e9']) {
      const answer = await send(path.replace('\u00e9', '%C3%A9'), '{}');
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
    }
    await expectStillServing();
  });
});
