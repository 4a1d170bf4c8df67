import { open, rm } from 'node:fs/promises';
import type { Db } from '../db/connection';
import { beginRead, endRead, quiesce } from './repository';

/** Bytes per read and write of the copy: large steps are what makes a plain copy fast. */
const SNAPSHOT_CHUNK_BYTES = 16 * 1024 * 1024;

interface SnapshotOptions extends StepsWatch {
  /** Opens a second, read-only connection to the file (with the runtime's native module). */
  openReader(file: string): Db;
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
    beginRead(guard);
    await copyInSteps(db.name, target, options);
    return true;
  } catch (error) {
    await rm(target, { force: true });
    if (options.signal?.aborted) throw error;
    // A file that cannot be read as a whole (Windows refuses bytes another handle has locked):
    // the backup API reads it through SQLite instead.
    return false;
  } finally {
    endRead(guard);
    guard.close();
  }
}

/** How a copy in steps is followed and stopped. */
export interface StepsWatch {
  /** Bytes per step of the copy; the event loop runs between steps (tests make it small). */
  chunkBytes?: number;
  /** Stops the copy between two steps (a job cancelled): the copy throws its AbortError. */
  signal?: AbortSignal;
  /** Bytes copied so far of the file's size, after each step. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Copies a file in large reads and writes with the event loop free between them, reporting the
 * bytes copied after each step; the signal stops it between two steps (its AbortError is thrown,
 * and the half-written target is left to the caller to remove).
 */
export async function copyInSteps(from: string, to: string, watch: StepsWatch = {}): Promise<void> {
  const size = watch.chunkBytes ?? SNAPSHOT_CHUNK_BYTES;
  const source = await open(from, 'r');
  try {
    const copy = await open(to, 'w');
    try {
      const buffer = Buffer.alloc(size);
      const total = (await source.stat()).size;
      let done = 0;
      for (;;) {
        watch.signal?.throwIfAborted();
        const { bytesRead } = await source.read(buffer, 0, size, null);
        if (bytesRead === 0) break;
        await copy.write(buffer, 0, bytesRead);
        done += bytesRead;
        watch.onProgress?.(done, total);
      }
    } finally {
      await copy.close();
    }
  } finally {
    await source.close();
  }
}
