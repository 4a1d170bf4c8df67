import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection } from '../../electron/db/connection';
import { checksumOf } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { benchCacheDir } from '../support/paths';
import { DATASET_TODAY } from './calendar';
import { freshDatabase } from './fresh';
import { generateDataset } from './generate';
import { GENERATOR_VERSION } from './version';
import { DATASET_SETTINGS_KEY, type DatasetMarker } from './write/settings';

/** The bench's seed: the date of the seed Rakor. */
export const BENCH_SEED = '20251017';

export interface BenchDataset {
  /** A self-contained SQLite file (no -wal): open it read-only, or copy it before writing. */
  file: string;
  /** The day the data reads as of (`YYYY-MM-DD`): pass it as the handlers' clock. */
  today: string;
}

/** True when the file was built by this generator version on exactly the current migrations. */
function isCurrent(file: string, seed: string): boolean {
  if (!existsSync(file)) return false;
  let db;
  try {
    db = openConnection(file, { readonly: true });
    const marker = db.prepare('SELECT value FROM settings WHERE key = ?').get(DATASET_SETTINGS_KEY) as
      { value: string } | undefined;
    const made = marker ? (JSON.parse(marker.value) as DatasetMarker) : null;
    if (made?.generatorVersion !== GENERATOR_VERSION || made.seed !== seed || made.scale !== 1) return false;
    const applied = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all() as {
      version: number;
      checksum: string;
    }[];
    // Checksums, not only the version: a migration still being written changes without a new number.
    return (
      applied.length === MIGRATIONS.length &&
      MIGRATIONS.every((m, i) => applied[i]?.version === m.version && applied[i]?.checksum === checksumOf(m))
    );
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes half-built files of interrupted builds (their process is gone) and caches of older schemas. */
function removeStale(dir: string, seed: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`dataset-${seed}-`)) continue;
    const temp = /\.tmp-(\d+)(-wal|-shm)?$/.exec(name);
    if (temp ? !processAlive(Number(temp[1])) : name !== keep) rmSync(join(dir, name), { force: true });
  }
}

/**
 * The full dataset for the figures, built once per machine into
 * `.cache/bench/dataset-<seed>-<schemaVersion>.sqlite` and rebuilt when the generator version or
 * the migrations change. The build goes into a temporary file that is renamed into place only
 * when complete, so an interrupted build never leaves a cache that looks usable.
 */
export async function benchDataset(
  options: { seed?: string; log?: (line: string) => void } = {},
): Promise<BenchDataset> {
  const seed = options.seed ?? BENCH_SEED;
  const dir = benchCacheDir();
  const name = `dataset-${seed}-${LATEST_SCHEMA_VERSION}.sqlite`;
  const file = join(dir, name);
  if (isCurrent(file, seed)) return { file, today: DATASET_TODAY };
  removeStale(dir, seed, name);
  options.log?.(`Building the bench dataset (seed ${seed}) into ${file}…`);
  const temp = `${file}.tmp-${process.pid}`;
  const db = await freshDatabase(temp);
  try {
    generateDataset(db, { seed, scale: 1 });
    // One self-contained file: readers need no -wal/-shm and copies are consistent.
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    db.close();
    rmSync(temp, { force: true });
    throw error;
  }
  db.close();
  renameSync(temp, file);
  return { file, today: DATASET_TODAY };
}
