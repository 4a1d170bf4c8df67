import { open, rm } from 'node:fs/promises';
import type { Db } from '../db/connection';

/** Bytes per read and write of the copy: large steps are what makes a plain copy fast. */
export const SNAPSHOT_CHUNK_BYTES = 16 * 1024 * 1024;

export interface SnapshotOptions {
  /** Opens a second, read-only connection to the file (with the runtime's native module). */
  openReader(file: string): Db;
  /** Bytes per step of the copy; the event loop runs between steps (tests make it small). */
  chunkBytes?: number;
}

/**
 * Whether the file can be copied as it stands: in WAL mode after the WAL is checkpointed into the
 * file and emptied (only checkpoints write the file in WAL mode); a read-only connection in another
 * mode writes nothing. A writable connection in rollback mode cannot be held still without
 * holding its writers, and a checkpoint kept busy by another reader cannot empty the WAL.
 */
function quiesce(db: Db): boolean {
  if (db.memory) return false;
  if (db.readonly) return db.pragma('journal_mode', { simple: true }) !== 'wal';
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  return result?.busy === 0 && result.log === 0;
}

/**
 * Copies the live database file into `target` as the database stood when the copy began, in large
 * reads and writes with the event loop free between them (SQLite's backup API moves it a 4 KiB
 * page at a time: twice as long for the ten-year dataset). Right after the WAL is emptied, and
 * before any other statement can run, a second, read-only connection begins a read: with the WAL
 * empty it reads the file alone, and while it reads no checkpoint may write into the file, so
 * writes made during the copy stay in the WAL. Returns false, with nothing left at `target`, when
 * the file cannot be held still or could not be read (then the caller uses the backup API).
 */
export async function copyDatabaseFile(db: Db, target: string, options: SnapshotOptions): Promise<boolean> {
  if (!quiesce(db)) return false;
  const guard = options.openReader(db.name);
  try {
    guard.exec('BEGIN');
    guard.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    const size = options.chunkBytes ?? SNAPSHOT_CHUNK_BYTES;
    const source = await open(db.name, 'r');
    try {
      const copy = await open(target, 'w');
      try {
        const buffer = Buffer.alloc(size);
        for (;;) {
          const { bytesRead } = await source.read(buffer, 0, size, null);
          if (bytesRead === 0) break;
          await copy.write(buffer, 0, bytesRead);
        }
      } finally {
        await copy.close();
      }
    } finally {
      await source.close();
    }
    return true;
  } catch {
    // A file that cannot be read as a whole (Windows refuses bytes another handle has locked):
    // the backup API reads it through SQLite instead.
    await rm(target, { force: true });
    return false;
  } finally {
    if (guard.inTransaction) guard.exec('COMMIT');
    guard.close();
  }
}
