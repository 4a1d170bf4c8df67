import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
export const REGIONS_FILE = join(RESOURCES_DIR, 'regions', 'wilayah-kemendagri-2025.csv.gz');

/**
 * Git-ignored folder for generated datasets (large directories, long action plans) that figures
 * build once and reuse across runs.
 */
export function benchCacheDir(): string {
  const dir = join(REPO_ROOT, '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs `work` in a fresh temporary folder that is removed afterwards. */
export async function inTempDir<T>(work: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
