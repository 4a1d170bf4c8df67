import { closeSync, copyFileSync, fsyncSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../electron/backup/backups';
import { openConnection } from '../../electron/db/connection';
import { benchDataset } from '../dataset/cache';
import { timeSeconds, type Figure } from '../figure';
import { inTempDir } from '../support/paths';

function datasetFile(): Promise<string> {
  return benchDataset({ log: (line) => console.log(`\n${line}`) }).then(({ file }) => file);
}

/** The disk's speed: the file copied as it is, and flushed, into a fresh folder. */
async function plainCopySeconds(file: string): Promise<number> {
  return inTempDir((dir) =>
    timeSeconds(() => {
      const copy = join(dir, 'copy.sqlite');
      copyFileSync(file, copy);
      const fd = openSync(copy, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }),
  );
}

/**
 * A backup of the ten-year dataset (bench/dataset, about 620 MB) as the app takes it: SQLite's
 * online backup API in steps, the copy made self-contained, its record counts read back, flushed,
 * renamed into place, and the JSON sidecar written atomically. The floor copies the same file
 * with the file system and flushes it.
 */
export const backupFull: Figure = {
  id: 'backup.full',
  label: 'Backup of the full database (10-year dataset), with its sidecar',
  unit: 's',
  budget: 2,
  ratioBudget: 1.5,
  runs: 5,
  floor: {
    label: 'a plain copy of the database file, flushed',
    sample: async () => plainCopySeconds(await datasetFile()),
  },
  async sample() {
    const db = openConnection(await datasetFile(), { readonly: true });
    try {
      return await inTempDir((dir) =>
        timeSeconds(() => createBackup(db, { dir, kind: 'manual', appVersion: 'bench', now: new Date() })),
      );
    } finally {
      db.close();
    }
  },
};
