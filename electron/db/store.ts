import { systemClock } from './clock';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryReason } from '../../shared/domain/backups';
import { BACKUPS_FOLDER, backupPath, createBackup, removeBackupLeftovers } from '../backups/backups';
import { recoverInterruptedRestore, removeUploads } from '../backups/swap';
import { loadRegions, type RegionLoadReport } from '../areas/regions';
import { openConnection, type Db } from './connection';
import { acquireDataLock } from './data-lock';
import { migrate, type MigrationReport } from './migrate';
import { refused } from '../api/errors';
import { OFFICE_KEYS_FILE } from '../exchange/key-store';

export const DATABASE_FILE_NAME = 'sirakor.sqlite';

export interface StoreOptions {
  dataDir: string;
  /** Folder holding the shipped resources (regions list, fonts). */
  resourcesDir: string;
  nativeBinding?: string;
  /** Written in the description of the pre-migration backup. */
  appVersion?: string;
  /** A damaged database opens the store in recovery instead of throwing DatabaseDamagedError. */
  allowRecovery?: boolean;
  /** The clock for backup names (tests fix it). */
  now?: () => Date;
}

type StoreHealth = { state: 'ok' } | { state: 'recovery'; reason: RecoveryReason; detail: string };

export interface Store {
  /** The open connection; throws AppError IO `error.recoveryMode` while there is none. */
  readonly db: Db;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupsDir: string;
  readonly nativeBinding: string | undefined;
  readonly health: StoreHealth;
  /** What the last successful open did. */
  readonly migration: MigrationReport;
  readonly regions: RegionLoadReport;
  /** Closes the connection but keeps the folder lock (a restore replaces the file meanwhile). */
  detach(): void;
  /**
   * Opens the database file again as at start-up (check, migrations, regions). On failure the
   * store stays without a connection; a damaged file puts it in recovery.
   */
  attach(): Promise<void>;
  /** Closes the connection and releases the folder lock. */
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

function sqliteCodeOf(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * The database file failed its check at open: `PRAGMA quick_check` found damage, or SQLite says
 * the file is not a database at all. The app starts in recovery instead of crashing.
 */
class DatabaseDamagedError extends Error {
  constructor(
    readonly reason: RecoveryReason,
    readonly detail: string,
  ) {
    super(`The database is damaged (${reason}): ${detail}`);
    this.name = 'DatabaseDamagedError';
  }
}

/** A SQLite error that means the file is damaged, as a DatabaseDamagedError; anything else as is. */
function damageOf(error: unknown): unknown {
  const code = sqliteCodeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return new DatabaseDamagedError('not-a-database', detail);
  if (code.startsWith('SQLITE_CORRUPT')) return new DatabaseDamagedError('corrupt', detail);
  return error;
}

/** `PRAGMA quick_check` (the B-trees and pages, without matching indexes to tables): fast enough for every start. */
export function quickCheck(db: Db): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new DatabaseDamagedError(
      'corrupt',
      rows
        .slice(0, 3)
        .map((row) => row.quick_check)
        .join('; '),
    );
  }
}

/**
 * Opens (or creates) the office's database in `dataDir`: takes the folder lock, undoes a restore
 * a crash interrupted, checks the file (`quick_check`), migrates with a consistent backup first
 * when there is existing data, and loads the region list on first run.
 *
 * A damaged database throws DatabaseDamagedError, or, with `allowRecovery`, gives a store in
 * recovery: the lock is held, `db` throws, and a restore can `attach` a good database later.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (isNetworkPath(options.dataDir)) throw new NetworkDataFolderError(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const release = acquireDataLock(options.dataDir);
  const now = options.now ?? systemClock;
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const backupsDir = join(options.dataDir, BACKUPS_FOLDER);
  const fileOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let db: Db | null = null;
  let health: StoreHealth = { state: 'ok' };
  let migration: MigrationReport = { from: 0, to: 0, applied: [], backupFile: null };
  let regions: RegionLoadReport = { loaded: 0, skipped: true };

  async function attach(): Promise<void> {
    if (db) throw new Error('The database is already open');
    let opened: Db | null = null;
    try {
      opened = openConnection(databaseFile, { ...fileOptions, now });
      quickCheck(opened);
      const connection = opened;
      const report = await migrate(connection, {
        now,
        backup: async () => {
          const backup = await createBackup(connection, {
            ...fileOptions,
            dir: backupsDir,
            kind: 'pre-migration',
            keyFile: join(options.dataDir, OFFICE_KEYS_FILE),
            appVersion: options.appVersion ?? 'unknown',
            now: now(),
          });
          return backupPath(backupsDir, backup.id);
        },
      });
      const loaded = loadRegions(connection, join(options.resourcesDir, 'regions', 'wilayah-kemendagri-2025.csv.gz'));
      db = connection;
      migration = report;
      regions = loaded;
      health = { state: 'ok' };
    } catch (error) {
      opened?.close();
      const damage = damageOf(error);
      if (damage instanceof DatabaseDamagedError)
        health = { state: 'recovery', reason: damage.reason, detail: damage.detail };
      throw damage;
    }
  }

  try {
    recoverInterruptedRestore({ dataDir: options.dataDir, databaseFile }, now());
    removeBackupLeftovers(backupsDir);
    removeUploads(options.dataDir);
    try {
      await attach();
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError && options.allowRecovery)) throw error;
    }
  } catch (error) {
    release();
    throw error;
  }

  return {
    get db(): Db {
      if (!db) throw refused('recoveryMode');
      return db;
    },
    dataDir: options.dataDir,
    databaseFile,
    backupsDir,
    nativeBinding: options.nativeBinding,
    get health() {
      return health;
    },
    get migration() {
      return migration;
    },
    get regions() {
      return regions;
    },
    detach() {
      db?.close();
      db = null;
    },
    attach,
    close() {
      db?.close();
      db = null;
      release();
    },
  };
}
