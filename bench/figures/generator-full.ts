import { join } from 'node:path';
import { BENCH_SEED } from '../dataset/cache';
import { freshDatabase } from '../dataset/fresh';
import { generateDataset } from '../dataset/generate';
import { timeSeconds, type Figure } from '../figure';
import { inTempDir } from '../support/paths';

const EXPECTED_MEETINGS = 6_000;

/**
 * The full ten-year dataset (600 institutions, 5,000 people, 6,000 meetings… about a million
 * rows) generated into a fresh database, migrated and with the regions loaded as on first run;
 * the regions load is its own figure and is not timed here.
 */
export const generatorFull: Figure = {
  id: 'generator.full',
  label: 'Generate the full ten-year dataset into a fresh database',
  unit: 's',
  budget: 60,
  runs: 3,
  sample: () =>
    inTempDir(async (dir) => {
      const db = await freshDatabase(join(dir, 'sirakor.sqlite'));
      try {
        const seconds = await timeSeconds(() => generateDataset(db, { seed: BENCH_SEED, scale: 1 }));
        const { n } = db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number };
        if (n !== EXPECTED_MEETINGS) throw new Error(`Generated ${n} meetings, expected ${EXPECTED_MEETINGS}`);
        return seconds;
      } finally {
        db.close();
      }
    }),
};
