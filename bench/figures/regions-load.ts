import { join } from 'node:path';
import { openConnection } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { loadRegions } from '../../electron/areas/regions';
import { timeSeconds, type Figure } from '../figure';
import { REGIONS_FILE, inTempDir } from '../support/paths';

const EXPECTED_REGIONS = 91_599;

/** First run: the shipped region list read, parsed and inserted into a freshly migrated database. */
export const regionsLoad: Figure = {
  id: 'regions.load',
  label: 'First-run load of all 91,599 regions',
  unit: 's',
  budget: 1,
  runs: 5,
  sample: () =>
    inTempDir(async (dir) => {
      const db = openConnection(join(dir, 'sirakor.sqlite'));
      try {
        await migrate(db);
        let loaded = 0;
        const seconds = await timeSeconds(() => {
          loaded = loadRegions(db, REGIONS_FILE).loaded;
        });
        if (loaded !== EXPECTED_REGIONS) throw new Error(`Loaded ${loaded} regions, expected ${EXPECTED_REGIONS}`);
        return seconds;
      } finally {
        db.close();
      }
    }),
};
