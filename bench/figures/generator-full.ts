import { join } from 'node:path';
import { openConnection } from '../../electron/db/connection';
import { BENCH_SEED } from '../dataset/cache';
import { freshDatabase } from '../dataset/fresh';
import { generateDataset } from '../dataset/generate';
import { timeSeconds, type Figure } from '../figure';
import { tableVolumes, volumeAdded, writeBulkRows, type TableVolume } from '../floors/bulk-rows';
import { inTempDir } from '../support/paths';

const EXPECTED_MEETINGS = 6_000;

/** What the last generation wrote, table by table: what the floor writes. */
let written: TableVolume[] | null = null;

/**
 * The full ten-year dataset (600 institutions, 5,000 people, 6,000 meetings… about a million
 * rows) generated into a fresh database, migrated and with the regions loaded as on first run;
 * the regions load is its own figure and is not timed here. The floor writes as many rows and
 * bytes per table as the generation did, with bulk inserts into plain tables.
 */
export const generatorFull: Figure = {
  id: 'generator.full',
  label: 'Generate the full ten-year dataset into a fresh database',
  unit: 's',
  budget: 60,
  ratioBudget: 12,
  runs: 3,
  floor: {
    label: 'as many rows and bytes per table written with bulk inserts into plain tables',
    sample: () =>
      inTempDir(async (dir) => {
        if (!written) throw new Error('generator.full: the floor needs a generation first');
        const db = openConnection(join(dir, 'floor.sqlite'));
        try {
          return await writeBulkRows(db, written);
        } finally {
          db.close();
        }
      }),
  },
  sample: () =>
    inTempDir(async (dir) => {
      const db = await freshDatabase(join(dir, 'sirakor.sqlite'));
      try {
        const before = tableVolumes(db);
        const seconds = await timeSeconds(() => generateDataset(db, { seed: BENCH_SEED, scale: 1 }));
        const { n } = db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number };
        if (n !== EXPECTED_MEETINGS) throw new Error(`Generated ${n} meetings, expected ${EXPECTED_MEETINGS}`);
        written = volumeAdded(before, tableVolumes(db));
        return seconds;
      } finally {
        db.close();
      }
    }),
};
