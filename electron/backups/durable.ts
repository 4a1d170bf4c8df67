import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Durable file operations: data is flushed to the disk before a rename makes it visible, and the
 * folder is flushed after the rename so that the new name itself survives a power cut. A crash at
 * any moment leaves either the old file or the new one, never a half-written one.
 */

/** `fsyncFile` in the thread pool: the event loop runs while the file is flushed. */
export async function fsyncFileAsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (the names created, renamed or removed in it). Windows cannot open a
 * folder for flushing; NTFS journals its metadata, so there is nothing to do there.
 */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    closeSync(fd);
  }
}

/** Renames durably: the file keeps its content and the folders their entries across a power cut. */
export function durableRename(from: string, to: string): void {
  renameSync(from, to);
  fsyncDir(dirname(to));
  if (dirname(from) !== dirname(to)) fsyncDir(dirname(from));
}

/** A temporary name beside `path`, which the startup clean-up recognises (`.tmp-` prefix). */
export function tempPathBeside(path: string, extension = ''): string {
  return join(dirname(path), `.tmp-${basename(path)}-${randomUUID()}${extension}`);
}

/**
 * Writes a whole file atomically: temporary file, flushed, renamed over the target. `mode` applies
 * from the moment the temporary file exists (0o600 keeps a key file private throughout; Windows
 * ignores it).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o666): void {
  const temp = tempPathBeside(path);
  const fd = openSync(temp, 'wx', mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    durableRename(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Removes a file and flushes its folder; a missing file is fine. */
export function durableRemove(path: string): void {
  if (!existsSync(path)) return;
  rmSync(path, { force: true });
  fsyncDir(dirname(path));
}
