import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure, Measurement } from '../figure';
import { timeSeconds } from '../figure';
import { applyPlainPackage, writePlainPackage } from '../exchange/floors';
import {
  exchangeBench,
  exportEverything,
  heldCount,
  importKept,
  keepPackage,
  localOf,
  openInstallation,
  type BenchOffice,
  type ExchangeBench,
} from '../exchange/installations';
import { paired } from '../exchange/paired';

let state: { bench: ExchangeBench; dir: string; packagePath: string; plainPath: string } | null = null;
let round = 0;

/**
 * Terima data of the package of `exchange.export.full` (everything of Kantor Camat Kelara) on the
 * kabupaten's installation, as the import job runs it once the file is kept in the inbox: inspected
 * (read and verified whole), applied with its history entry in one transaction (`importPackage`).
 * The kabupaten holds its own records and the full packages of the ten other kecamatan (Kelara's
 * is the last to arrive; it also releases the progress reports others gave at Kelara's meetings),
 * and trusts Kelara already. Each sample on a fresh copy of that installation; nothing may be held
 * afterwards. Floor: the same rows as a plain package inserted into plain tables.
 */
export const exchangeImportFull: Figure = {
  id: 'exchange.import.full',
  label: 'Terima data: the package of one kecamatan (10-year dataset) at the kabupaten',
  unit: 's',
  budget: 10,
  // Set from the first run on an installation at rest (14.5): the floor inserts into empty plain tables,
  // the import into a 700 MB installation with its indexes, search triggers and version checks.
  ratioBudget: 20,
  runs: 3,
  floor: { label: 'the same rows as JSON lines inflated, parsed, inserted into plain tables' },
  async setup() {
    const bench = await exchangeBench();
    const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-import-'));
    // The package as the current code writes it, from Kelara's installation.
    const kecamatan = openInstallation(bench.split, bench.measured, bench.kabupaten);
    try {
      const written = exportEverything(
        kecamatan.db,
        kecamatan.dataDir,
        kecamatan.office,
        bench.kabupaten,
        dir,
        () => new Date(),
      );
      const plainPath = join(dir, 'plain');
      writePlainPackage(kecamatan.db, kecamatan.office.officeId, null, plainPath);
      state = { bench, dir, packagePath: written.path, plainPath };
    } finally {
      kecamatan.close();
    }
  },
  async teardown() {
    if (state) rmSync(state.dir, { recursive: true, force: true });
    state = null;
  },
  async sample(): Promise<Measurement> {
    if (!state) throw new Error('setup did not run');
    const { bench, dir, packagePath, plainPath } = state;
    return paired(
      round++,
      () => importInto(bench, bench.kabupatenTen, packagePath),
      async () => {
        const file = join(dir, `floor-${round}.sqlite`);
        try {
          return await timeSeconds(() => applyPlainPackage(plainPath, file));
        } finally {
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
        }
      },
    );
  },
};

/** Seconds the import job takes to apply `packagePath` on a fresh copy of `file` (the kabupaten's). */
export async function importInto(bench: ExchangeBench, file: string, packagePath: string): Promise<number> {
  const kabupaten = openInstallation(file, bench.kabupaten, bench.kabupaten);
  try {
    return await importKeptTimed(kabupaten.db, kabupaten.dataDir, bench.kabupaten, packagePath);
  } finally {
    kabupaten.close();
  }
}

export async function importKeptTimed(
  db: Parameters<typeof importKept>[0],
  dataDir: string,
  office: BenchOffice,
  packagePath: string,
): Promise<number> {
  const local = localOf(office);
  const kept = keepPackage(dataDir, packagePath);
  const seconds = await timeSeconds(() => importKept(db, dataDir, local, kept, () => new Date()));
  const held = heldCount(db);
  if (held > 0) throw new Error(`${held} records wait in exchange_held after the import`);
  return seconds;
}
