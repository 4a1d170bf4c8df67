import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterEntry, LetterRegister } from '../../../shared/domain/letters';
import { LETTER_KINDS } from '../../../shared/letters/numbering';
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/server';
import { KELARA_OFFICE } from '../../e2e/support/api';
import { startTestCore } from '../support/temp';
import { BASE_SEED } from './support/harness';

/**
 * Letter numbers issued concurrently are never issued twice and leave no gap: batches of
 * letters.issue sent all at once over HTTP to the preview host (any kind, any day of two years),
 * then the register read back; and, at the database itself, worker threads with their own SQLite
 * connections to one file issuing at the same time.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;
const TOKEN = 'n'.repeat(48);
const RUNS = Number(process.env.SIRAKOR_LETTER_PROPERTY_RUNS ?? 60);

let core: TestCore;
let preview: PreviewServer;
let issued = 0;

beforeAll(async () => {
  core = await startTestCore();
  const result = await core.dispatch('settings.update', { office: KELARA_OFFICE });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  preview = await startPreviewServer({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    staticDir: null,
    token: TOKEN,
  });
});

afterAll(async () => {
  console.log(`[letter numbers] ${issued} numbers issued concurrently over HTTP, none twice, no gap`);
  await preview.close();
  core.close();
});

async function post<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${preview.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sirakor-token': TOKEN },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Each year's running numbers are 1…n, each once, and every number text is unique. */
async function expectWholeRegisters(years: number[]): Promise<void> {
  const all: LetterEntry[] = [];
  for (const year of years) {
    const register = await post<LetterRegister>('letters.register', { year });
    const sequences = register.entries.map((e) => e.sequence as number).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    all.push(...register.entries);
  }
  expect(new Set(all.map((e) => e.number)).size).toBe(all.length);
}

const letter = fc.record({
  kind: fc.constantFrom(...LETTER_KINDS),
  year: fc.constantFrom(2025, 2026),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe('letter numbers issued concurrently', () => {
  it('over HTTP: every batch gets distinct numbers that continue each year without a gap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(letter, { minLength: 2, maxLength: 60 }), async (batch) => {
        const answers = await Promise.all(
          batch.map((l, i) =>
            post<LetterEntry>('letters.issue', {
              kind: l.kind,
              letterDate: `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`,
              subject: `Surat ${i + 1}`,
            }),
          ),
        );
        issued += answers.length;
        expect(new Set(answers.map((a) => a.number)).size).toBe(answers.length);
        for (const answer of answers)
          expect(answer.number).toBe(
            `400.5.7/${answer.sequence}/KLR/${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][Number(answer.letterDate.slice(5, 7)) - 1]}/${answer.year}`,
          );
        await expectWholeRegisters([2025, 2026]);
      }),
      { numRuns: RUNS, seed: BASE_SEED },
    );
  }, 120_000);

  it('at the database: threads with their own connections to one file never take the same number', async () => {
    const file = core.store.databaseFile;
    const before = (await post<LetterRegister>('letters.register', { year: 2027 })).entries.length;
    const entry = pathToFileURL(join(import.meta.dirname, 'support', 'letter-issuer.ts')).href;
    const threads = 4;
    const each = 50;
    const start = new SharedArrayBuffer(4);
    const results = await Promise.all(
      Array.from(
        { length: threads },
        (_, t) =>
          new Promise<string[]>((resolve, reject) => {
            const worker = new Worker(
              `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
              { eval: true, workerData: { file, count: each, thread: t, threads, start } },
            );
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    const numbers = results.flat();
    expect(numbers).toHaveLength(threads * each);
    expect(new Set(numbers).size).toBe(numbers.length);
    const register = await post<LetterRegister>('letters.register', { year: 2027 });
    expect(register.entries.length - before).toBe(threads * each);
    const sequences = register.entries.map((e) => e.sequence as number).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  }, 120_000);
});
