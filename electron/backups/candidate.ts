import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/api/result';
import type { RecordCounts } from '../../shared/domain/backups';
import type { Db } from '../db/connection';
import { inspectSchema, MigrationError } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { countsOf, dataAsOf, openFile, type OpenFileOptions } from './backups';

export interface CandidateReport {
  schemaVersion: number;
  counts: RecordCounts;
  dataAsOf: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

function sqliteCodeOf(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

const refuse = (key: string, params?: Record<string, string | number>) => new AppError('VALIDATION', key, params);

/** Maps what SQLite says about a file that cannot be read to the message the user sees. */
function refusalOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCodeOf(error);
  if (code === 'SQLITE_NOTADB') return refuse('safety.error.notDatabase');
  if (code.startsWith('SQLITE_CORRUPT')) return refuse('safety.error.corrupt');
  if (error instanceof MigrationError) {
    if (error.reason === 'newer-database') return refuse('safety.error.newerSchema');
    if (error.reason === 'not-sirakor') return refuse('safety.error.notSirakor');
    return refuse('safety.error.unknownSchema');
  }
  return refuse('safety.error.corrupt');
}

function check(db: Db): CandidateReport {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') throw refuse('safety.error.corrupt');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_SCHEMA_VERSION) {
    throw refuse('safety.error.newerSchema', { version, current: LATEST_SCHEMA_VERSION });
  }
  const schemaVersion = inspectSchema(db);
  if (schemaVersion < 1) throw refuse('safety.error.notSirakor');
  return { schemaVersion, counts: countsOf(db), dataAsOf: dataAsOf(db) };
}

/**
 * Checks a file offered for restore — always a temporary copy, never the user's file or a backup
 * itself: a SQLite file, `PRAGMA integrity_check` clean, a Sirakor database, at a schema this app
 * knows (an older one is migrated after the restore; a newer one is refused). The copy is left as
 * one self-contained file (no journal beside it). Throws AppError VALIDATION with the reason.
 */
export function inspectCandidate(file: string, options: OpenFileOptions = {}): CandidateReport {
  if (!hasSqliteHeader(file)) throw refuse('safety.error.notDatabase');
  let db: Db | null = null;
  try {
    db = openFile(file, options);
    const report = check(db);
    db.pragma('journal_mode = DELETE');
    return report;
  } catch (error) {
    throw refusalOf(error);
  } finally {
    db?.close();
  }
}
