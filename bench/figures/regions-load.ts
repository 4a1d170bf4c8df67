import { join } from 'node:path';
import { openConnection } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { loadRegions } from '../../electron/regions/load';
import { timeSeconds, type Figure } from '../figure';
import { insertRegionsFloor } from '../floors/region-rows';
import { REGIONS_FILE, inTempDir } from '../support/paths';

const EXPECTED_REGIONS = 91_599;

/** A fresh, migrated database in a temporary folder, handed to `work` (migration not timed). */
function inFreshDatabase<T>(work: (db: ReturnType<typeof openConnection>) => Promise<T>): Promise<T> {
  return inTempDir(async (dir) => {
    const db = openConnection(join(dir, 'sirakor.sqlite'));
    try {
      await migrate(db);
      return await work(db);
    } finally {
      db.close();
    }
  });
}

/**
 * First run: the shipped region list read, parsed and inserted into a freshly migrated database.
 * The floor inserts the same rows, already parsed, into the same table of another fresh database.
 */
export const regionsLoad: Figure = {
  id: 'regions.load',
  label: 'First-run load of all 91,599 regions',
  unit: 's',
  budget: 1,
  ratioBudget: 1.5,
  runs: 5,
  floor: {
    label: 'the same rows, parsed, inserted in one transaction with one prepared statement',
    sample: () => inFreshDatabase(async (db) => insertRegionsFloor(db, REGIONS_FILE)),
  },
  sample: () =>
    inFreshDatabase(async (db) => {
      let loaded = 0;
      const seconds = await timeSeconds(() => {
        loaded = loadRegions(db, REGIONS_FILE).loaded;
      });
      if (loaded !== EXPECTED_REGIONS) throw new Error(`Loaded ${loaded} regions, expected ${EXPECTED_REGIONS}`);
      return seconds;
    }),
};
