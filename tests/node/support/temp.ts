import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import type { Result } from '../../../shared/api/result';
import { RESOURCES_DIR } from './paths';

export { REGIONS_FILE, RESOURCES_DIR } from './paths';

const created: string[] = [];

/** A fresh temporary folder, removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-test-'));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Registers cleanup of the folders made by `tempDir` after each test of the calling file. */
export function cleanTempDirsAfterEach(): void {
  afterEach(removeTempDirs);
}

/** A core on a fresh data folder, as the preview host starts it; `close` also removes the folder. */
export async function startTestCore(
  options: { logError?: (method: string, error: unknown) => void; now?: () => Date } = {},
): Promise<Core & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-core-'));
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: '0.0.0-test',
    logError: options.logError ?? (() => undefined),
    ...(options.now ? { now: options.now } : {}),
    // No backup timer in tests: a copy appearing in the middle of a test would be noise.
    dailyBackup: false,
  });
  return {
    ...core,
    dataDir,
    close() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The value of a successful result; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test if the call succeeded. */
export function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
