import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../../shared/api/contract';
import type { Pools } from './from-schema';
import {
  BASE_SEED,
  addDraftMeeting,
  RUNS_PER_METHOD,
  expectCoreHealthy,
  expectWholeDatabaseSound,
  hammer,
  methodsOfPart,
  refreshPools,
  startPropertyCore,
  type MethodFigures,
  type TestCore,
} from './harness';

/**
 * One part of the API property suite: the contract's methods are split over `parts` test files
 * (vitest runs files on separate workers), each with its own core on a temporary SQLite file
 * loaded with the sample data.
 */
export function apiPropertySuite(part: number, parts: number): void {
  const methods = methodsOfPart(part, parts);
  const logged: { method: string; error: unknown }[] = [];
  const figures: MethodFigures[] = [];
  let core: TestCore;
  let pools: Pools;

  beforeAll(async () => {
    ({ core, pools } = await startPropertyCore(logged));
  }, 60_000);

  afterAll(() => {
    core?.close();
    const payloads = figures.reduce((sum, f) => sum + f.runs, 0);
    const accepted = figures.reduce((sum, f) => sum + f.accepted, 0);
    const byHandler = figures.reduce((sum, f) => sum + f.refusedByHandler, 0);
    const ms = figures.reduce((sum, f) => sum + f.ms, 0);
    if (process.env.SIRAKOR_PROPERTY_VERBOSE)
      for (const f of figures)
        console.log(
          `${f.method}: ${f.accepted} ok, ${f.refusedByHandler} by handler, ${f.refusedBySchema} by schema, ` +
            `${f.budgeted} over budget, ${JSON.stringify(f.codes)}, ${f.ms.toFixed(0)} ms (cpu ${f.cpuMs.toFixed(0)})`,
        );
    const slowest = [...figures].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      `[property ${part + 1}/${parts}] ${figures.length} methods, ${payloads} payloads ` +
        `(${accepted} accepted, ${byHandler} refused by a handler, the rest by the schema), ` +
        `${(ms / 1000).toFixed(1)} s, seed ${BASE_SEED}; slowest: ` +
        slowest.map((f) => `${f.method} ${(f.ms / 1000).toFixed(1)} s`).join(', '),
    );
  });

  describe(`API methods, part ${part + 1} of ${parts}: hostile payloads never crash or answer INTERNAL`, () => {
    it('covers its share of the contract', () => {
      expect(methods.length).toBeGreaterThan(0);
      expect(methods.every((m) => METHOD_NAMES.includes(m))).toBe(true);
    });

    for (const method of methods) {
      it(`${method}: ${RUNS_PER_METHOD} payloads`, async () => {
        await addDraftMeeting(core);
        await refreshPools(core, pools);
        const result = await hammer(core, pools, method, logged);
        figures.push(result);
        expect(result.runs).toBe(RUNS_PER_METHOD);
        await expectCoreHealthy(core, method, result.accepted > 0 && api[method].changes.length > 0);
        await refreshPools(core, pools);
      }, 120_000);
    }

    it('leaves a sound database file (integrity_check, foreign_key_check)', () => {
      expectWholeDatabaseSound(core);
    });
  });
}
