import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../electron/backup/backups';
import { openConnection } from '../../electron/db/connection';
import { benchDataset } from '../dataset/cache';
import { timeSeconds, type Figure } from '../figure';
import { inTempDir } from '../support/paths';

function datasetFile(): Promise<string> {
  return benchDataset({ log: (line) => console.log(`\n${line}`) }).then(({ file }) => file);
}

const CHUNK = 16 * 1024 * 1024;

/**
 * The disk's speed: the file copied as it is, in 16 MiB reads and writes, and flushed, into a
 * fresh folder. The copy is made by the process, as the backup's is: the kernel's one-call copy
 * (fs.copyFile) does not leave the data to flush on this virtual machine, and on a busy machine
 * hardly meets other processes' load. Smaller writes (1 MiB) made the floor swing between 0.6
 * and 2 s from one sample to the next.
 */
async function plainCopySeconds(file: string): Promise<number> {
  return inTempDir((dir) =>
    timeSeconds(() => {
      const buffer = Buffer.alloc(CHUNK);
      const from = openSync(file, 'r');
      const to = openSync(join(dir, 'copy.sqlite'), 'w');
      try {
        for (
          let read = readSync(from, buffer, 0, CHUNK, null);
          read > 0;
          read = readSync(from, buffer, 0, CHUNK, null)
        ) {
          writeSync(to, buffer, 0, read);
        }
        fsyncSync(to);
      } finally {
        closeSync(from);
        closeSync(to);
      }
    }),
  );
}

/**
 * A backup of the ten-year dataset (bench/dataset, about 620 MB) as the app takes it: SQLite's
 * online backup API in steps, the copy made self-contained, its record counts read back, flushed,
 * renamed into place, and the JSON sidecar written atomically. The floor copies the same file
 * as plain bytes and flushes it.
 */
export const backupFull: Figure = {
  id: 'backup.full',
  label: 'Backup of the full database (10-year dataset), with its sidecar',
  unit: 's',
  budget: 2,
  ratioBudget: 1.5,
  // The disk is shared: more rounds than most, so that the median rides over another process's burst of writes.
  runs: 9,
  async setup() {
    // The file read once, as the app's database is read in use: no first sample pays for the disk alone.
    await plainCopySeconds(await datasetFile());
  },
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
