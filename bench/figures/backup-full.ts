import { createBackup } from '../../electron/backups/backups';
import { openConnection } from '../../electron/db/connection';
import { benchDataset } from '../dataset/cache';
import { timeSeconds, type Figure } from '../figure';
import { inTempDir } from '../support/paths';

/**
 * A backup of the ten-year dataset (bench/dataset, about 620 MB) as the app takes it: SQLite's
 * online backup API in steps, the copy made self-contained, its record counts read back, flushed,
 * renamed into place, and the JSON sidecar written atomically.
 */
export const backupFull: Figure = {
  id: 'backup.full',
  label: 'Backup of the full database (10-year dataset), with its sidecar',
  unit: 's',
  budget: 2,
  runs: 5,
  async sample() {
    const { file } = await benchDataset({ log: (line) => console.log(`\n${line}`) });
    const db = openConnection(file, { readonly: true });
    try {
      return await inTempDir((dir) =>
        timeSeconds(() => createBackup(db, { dir, kind: 'manual', appVersion: 'bench', now: new Date() })),
      );
    } finally {
      db.close();
    }
  },
};
