import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection, type Db } from './connection';
import { acquireDataLock } from './data-lock';
import { migrate, type MigrationReport } from './migrate';
import { loadRegions, type RegionLoadReport } from '../regions/load';

export const DATABASE_FILE_NAME = 'sirakor.sqlite';

export interface StoreOptions {
  dataDir: string;
  /** Folder holding the shipped resources (regions list, fonts). */
  resourcesDir: string;
  nativeBinding?: string;
}

export interface Store {
  db: Db;
  dataDir: string;
  databaseFile: string;
  migration: MigrationReport;
  regions: RegionLoadReport;
  close(): void;
}

export class NetworkDataFolderError extends Error {
  constructor(readonly dataDir: string) {
    super(`The data folder ${dataDir} is on a network path`);
    this.name = 'NetworkDataFolderError';
  }
}

/**
 * SQLite's locking is unreliable on network shares; a database there can be corrupted. UNC paths
 * (`\\server\share`, `\\?\UNC\server\share`) are refused; Windows long local paths (`\\?\C:\…`)
 * and device paths are not network paths. Mapped drive letters cannot be told apart from here.
 */
export function isNetworkPath(path: string): boolean {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(path)) return true;
  return /^[\\/]{2}[^\\/?.]/.test(path);
}

function timestampForFile(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (or creates) the office's database in `dataDir`: takes the folder lock, migrates with a
 * consistent backup first when there is existing data, and loads the region list on first run.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (isNetworkPath(options.dataDir)) throw new NetworkDataFolderError(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const release = acquireDataLock(options.dataDir);
  let db: Db | undefined;
  try {
    const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
    db = openConnection(databaseFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    const opened = db;
    const migration = await migrate(opened, {
      backup: async (fromVersion) => {
        const dir = join(options.dataDir, 'backups');
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `pre-migration-v${fromVersion}-${timestampForFile()}.sqlite`);
        await opened.backup(file);
        return file;
      },
    });
    const regions = loadRegions(opened, join(options.resourcesDir, 'regions', 'wilayah-kemendagri-2025.csv.gz'));
    return {
      db: opened,
      dataDir: options.dataDir,
      databaseFile,
      migration,
      regions,
      close() {
        opened.close();
        release();
      },
    };
  } catch (error) {
    db?.close();
    release();
    throw error;
  }
}
