import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

export class DataFolderInUseError extends Error {
  constructor(readonly pid: number) {
    super(`The data folder is in use by process ${pid}`);
    this.name = 'DataFolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds; a lock naming our own pid but not listed here is stale (pid reused). */
const held = new Map<string, symbol>();

/**
 * One running Sirakor per data folder: two processes writing the same database from two windows
 * would each show stale data to its user. A lock left by a crashed process is taken over.
 */
export function acquireDataLock(dataDir: string): () => void {
  const file = resolve(dataDir, 'sirakor.lock');
  if (held.has(file)) throw new DataFolderInUseError(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const holder = Symbol(file);
      held.set(file, holder);
      return () => {
        // Only once: a second release must not delete a lock taken again meanwhile.
        if (held.get(file) !== holder) return;
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DataFolderInUseError(pid);
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUseError(-1);
}
