import Database from 'better-sqlite3';
import type { RecordCounts } from '../../shared/domain/backups';
import type { Db } from '../db/connection';

/**
 * What backups and restores read from database files that are not the live store (a backup, a
 * candidate for restore) or from the store as a whole: record counts, versions, integrity.
 */

export interface OpenFileOptions {
  /** better-sqlite3's native module for the running runtime (Electron needs its own). */
  nativeBinding?: string;
}

/** A plain connection to a file that is not the live database (a backup, a candidate for restore). */
export function openFile(file: string, options: OpenFileOptions & { readonly?: boolean } = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  return db;
}

const COUNTED: readonly { key: keyof RecordCounts; table: string; where: string }[] = [
  { key: 'meetings', table: 'meetings', where: 'deleted_at IS NULL AND is_template = 0' },
  { key: 'commitments', table: 'commitments', where: 'deleted_at IS NULL' },
  { key: 'people', table: 'people', where: 'deleted_at IS NULL' },
  { key: 'institutions', table: 'institutions', where: 'deleted_at IS NULL' },
  { key: 'planRows', table: 'plan_rows', where: 'deleted_at IS NULL' },
];

function hasTable(db: Db, schema: string, table: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM "${schema}".sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !== undefined
  );
}

/** Live rows of the main tables of `schema` ('main' or an attached database); 0 for a missing table. */
export function countsOf(db: Db, schema = 'main'): RecordCounts {
  const counts: RecordCounts = { meetings: 0, commitments: 0, people: 0, institutions: 0, planRows: 0 };
  for (const { key, table, where } of COUNTED) {
    if (!hasTable(db, schema, table)) continue;
    const row = db.prepare(`SELECT count(*) AS n FROM "${schema}"."${table}" WHERE ${where}`).get() as { n: number };
    counts[key] = row.n;
  }
  return counts;
}

/** The latest `updated_at` of the main tables: how recent the data in a file is. */
export function dataAsOf(db: Db, schema = 'main'): string | null {
  let latest: string | null = null;
  for (const { table } of COUNTED) {
    if (!hasTable(db, schema, table)) continue;
    const row = db.prepare(`SELECT max(updated_at) AS at FROM "${schema}"."${table}"`).get() as { at: string | null };
    if (row.at && (latest === null || row.at > latest)) latest = row.at;
  }
  return latest;
}

/** The schema version (`user_version`) of a database file. */
export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Leaves the file as one self-contained file (no -wal or -journal beside it). */
export function makeSelfContained(db: Db): void {
  db.pragma('journal_mode = DELETE');
}

/** Whether `PRAGMA integrity_check` finds the file clean. */
export function integrityOk(db: Db): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}

/**
 * Whether the file can be copied as it stands: in WAL mode after the WAL is checkpointed into the
 * file and emptied (only checkpoints write the file in WAL mode); a read-only connection in another
 * mode writes nothing. A writable connection in rollback mode cannot be held still without
 * holding its writers, and a checkpoint kept busy by another reader cannot empty the WAL.
 */
export function quiesce(db: Db): boolean {
  if (db.memory) return false;
  if (db.readonly) return db.pragma('journal_mode', { simple: true }) !== 'wal';
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  return result?.busy === 0 && result.log === 0;
}

/** Begins a read that holds the file still: while it lasts no checkpoint writes into the file. */
export function beginRead(reader: Db): void {
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
}

export function endRead(reader: Db): void {
  if (reader.inTransaction) reader.exec('COMMIT');
}
