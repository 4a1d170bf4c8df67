import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/api/result';
import type { RecordCounts } from '../../shared/domain/backups';
import type { Db } from '../db/connection';
import { inspectSchema, MigrationError } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  countsOf,
  dataAsOf,
  integrityOk,
  makeSelfContained,
  openFile,
  schemaVersionOf,
  type OpenFileOptions,
} from './repository';
import { refused } from '../api/errors';

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

/** Maps what SQLite says about a file that cannot be read to the message the user sees. */
function refusalOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCodeOf(error);
  if (code === 'SQLITE_NOTADB') return refused('backupNotDatabase');
  if (code.startsWith('SQLITE_CORRUPT')) return refused('backupCorrupt');
  if (error instanceof MigrationError) {
    if (error.reason === 'newer-database') return refused('backupNewerSchema');
    if (error.reason === 'not-sirakor') return refused('backupNotSirakor');
    return refused('backupUnknownSchema');
  }
  return refused('backupCorrupt');
}

function check(db: Db): CandidateReport {
  if (!integrityOk(db)) throw refused('backupCorrupt');
  const version = schemaVersionOf(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw refused('backupNewerSchema', { version, current: LATEST_SCHEMA_VERSION });
  }
  const schemaVersion = inspectSchema(db);
  if (schemaVersion < 1) throw refused('backupNotSirakor');
  return { schemaVersion, counts: countsOf(db), dataAsOf: dataAsOf(db) };
}

/**
 * Checks a file offered for restore — always a temporary copy, never the user's file or a backup
 * itself: a SQLite file, `PRAGMA integrity_check` clean, a Sirakor database, at a schema this app
 * knows (an older one is migrated after the restore; a newer one is refused). The copy is left as
 * one self-contained file (no journal beside it). Throws AppError VALIDATION with the reason.
 */
export function inspectCandidate(file: string, options: OpenFileOptions = {}): CandidateReport {
  if (!hasSqliteHeader(file)) throw refused('backupNotDatabase');
  let db: Db | null = null;
  try {
    db = openFile(file, options);
    const report = check(db);
    makeSelfContained(db);
    return report;
  } catch (error) {
    throw refusalOf(error);
  } finally {
    db?.close();
  }
}
