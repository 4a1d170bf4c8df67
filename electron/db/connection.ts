import Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { registerExchangeFunctions } from './exchange-functions';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the better_sqlite3.node built for the running runtime (Electron needs its own ABI). */
  nativeBinding?: string;
  readonly?: boolean;
  /** The host's clock, for the version stamps of changed records (the handler context's `now`). */
  now?: Clock;
}

/**
 * Opens the single connection with the pragmas that make SQLite safe on a PC that loses power:
 * WAL keeps readers and the writer apart and survives a crash; NORMAL sync in WAL mode can lose at
 * most the last transactions before a power cut but never corrupts the file.
 */
export function openConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // Deleted and overwritten records are zeroed on their page when that costs no extra write, so an
  // edited phone number does not linger in the file's free space (people.erase turns it fully on).
  db.pragma('secure_delete = FAST');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  registerExchangeFunctions(db, options.now ?? systemClock);
  return db;
}

/**
 * Runs `work` with `synchronous = FULL`: a commit the user was told about (the chair approved the
 * minutes) must survive a power cut right after it (NORMAL, the default in WAL mode, may lose the
 * last commits). The pragma cannot change inside a transaction, hence around it.
 */
export function durably<T>(db: Db, work: () => T): T {
  const previous = Number(db.pragma('synchronous', { simple: true }));
  db.pragma('synchronous = FULL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${previous}`);
  }
}

/**
 * Runs `work` with secure_delete on, so the freed space of rewritten records (and of their index
 * entries) is overwritten with zeros instead of keeping the old values, then moves the write-ahead
 * log into the database and truncates it, so no old page image stays in the -wal file. The pragma
 * cannot change inside a transaction, hence around it.
 */
export function overwritingFreedSpace<T>(db: Db, work: () => T): T {
  const previous = Number(db.pragma('secure_delete', { simple: true }));
  db.pragma('secure_delete = ON');
  let result: T;
  try {
    result = work();
  } finally {
    db.pragma(`secure_delete = ${previous}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
