import { expect, it } from 'vitest';
import { runCrashHarness } from '../../crash/harness';

/**
 * The crash harness (tests/crash/harness.ts) with 50 kills: SIGKILL at random moments during
 * writes, bulk copies, bulk imports of plan rows, package imports from another office, backups and restores; after
 * every restart the database passes integrity_check, every acknowledged write is there and no bulk write or
 * package is half-applied.
 * `npm run test:crash` runs 200 and prints the counts.
 */
it('survives 50 kills at random moments with every acknowledged write in place', async () => {
  const report = await runCrashHarness({ kills: 50 });
  expect(report.failures).toEqual([]);
  expect(report.kills).toBe(50);
  expect(report.acknowledgedChecked).toBeGreaterThan(200);
  expect(report.batchesChecked).toBeGreaterThan(0);
  expect(report.importsChecked).toBeGreaterThan(0);
  expect(report.packagesChecked).toBeGreaterThan(0);
  expect(report.restoresInterrupted).toBeGreaterThan(0);
}, 180_000);
