import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import type { ExchangeFolder, FolderPackage } from '../../../shared/domain/exchange';
import { invalidField, refused } from '../../api/errors';
import { durableRename, fsyncFile, tempPathBeside } from '../../backups/durable';
import type { Db } from '../../db/connection';
import { repositoriesOf } from '../../db/repositories';
import { keepFile, type InboxPackage } from './inbox';
import { importedPackage } from './repositories/history';

/**
 * The folder pertukaran (issue 11, point 6): a flashdisk, a shared network folder, or a folder a
 * sync tool keeps in step (Syncthing, OneDrive, Google Drive). Outgoing packages are copied there
 * (a temporary `.tmp-` name, then a rename, so a reader never sees half a file); new `*.sirakor`
 * files there are listed to be checked and imported like a picked file. A file still being written
 * is never read: temporary names are skipped, and a file is offered only when its size and time
 * stayed the same between two looks.
 */

export const FOLDER_SETTING = 'exchange.folder';
/** Between the two looks at the folder: a sync tool writing a file changes its size or time meanwhile. */
export const SETTLE_MS = 1500;

const PACKAGE_NAME = /^[^./\\][^/\\]*\.sirakor$/i;

export function readFolder(db: Db): string | null {
  return repositoriesOf({ db, now: () => new Date() }).settings.get<string>(FOLDER_SETTING);
}

/** Sets the folder (an absolute path of a folder that exists), or none. */
export function setFolder(db: Db, path: string | null, now: Date): void {
  const settings = repositoriesOf({ db, now: () => now }).settings;
  if (path === null) return settings.remove(FOLDER_SETTING);
  if (!isAbsolute(path)) throw invalidField('path', 'exchangeData.folder.notAbsolute');
  if (!isFolder(path)) throw refused('exchangeFolderUnavailable');
  settings.set(FOLDER_SETTING, path);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface Look {
  size: number;
  mtimeMs: number;
}

function look(folder: string): Map<string, Look> {
  const found = new Map<string, Look>();
  for (const name of readdirSync(folder)) {
    if (!PACKAGE_NAME.test(name)) continue;
    try {
      const stat = statSync(join(folder, name));
      if (stat.isFile()) found.set(name, { size: stat.size, mtimeMs: stat.mtimeMs });
    } catch {
      // Gone between the listing and the look: a writer renamed or removed it.
    }
  }
  return found;
}

/** Digests of files already hashed, by path, size and time: a folder of old packages is hashed once. */
const digests = new Map<string, string>();

function digestOf(path: string, seen: Look): string {
  const key = `${path}\0${seen.size}\0${seen.mtimeMs}`;
  const known = digests.get(key);
  if (known) return known;
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  const digest = hash.digest('hex');
  digests.set(key, digest);
  return digest;
}

/** The folder and its packages: new, already imported, or still being written (looked at twice). */
export async function scanFolder(db: Db, settleMs = SETTLE_MS): Promise<ExchangeFolder> {
  const folder = readFolder(db);
  if (!folder) return { path: null, available: false, packages: [] };
  if (!isFolder(folder)) return { path: folder, available: false, packages: [] };
  const first = look(folder);
  await new Promise((resolve) => setTimeout(resolve, first.size > 0 ? settleMs : 0));
  const second = look(folder);
  const packages: FolderPackage[] = [];
  for (const [name, now] of second) {
    const before = first.get(name);
    const settled = before !== undefined && before.size === now.size && before.mtimeMs === now.mtimeMs;
    const imported = settled ? importedPackage(db, digestOf(join(folder, name), now)) : null;
    packages.push({
      name,
      sizeBytes: now.size,
      modifiedAt: new Date(now.mtimeMs).toISOString(),
      state: !settled ? 'writing' : imported ? 'imported' : 'new',
      importedAt: imported?.recordedAt ?? null,
    });
  }
  packages.sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.name.localeCompare(b.name));
  return { path: folder, available: true, packages };
}

/** A package of the folder, copied whole into the inbox before it is read (the folder may change meanwhile). */
export function takeFromFolder(db: Db, dataDir: string, name: string): InboxPackage {
  const folder = readFolder(db);
  if (!folder || !isFolder(folder)) throw refused('exchangeFolderUnavailable');
  if (!PACKAGE_NAME.test(name) || basename(name) !== name) throw invalidField('file', 'exchangeData.folder.badName');
  const path = join(folder, name);
  if (!existsSync(path)) throw refused('exchangePackageGone');
  return keepFile(dataDir, name, (target) => copyFileSync(path, target));
}

/** Copies a finished package into the folder under its own name, whole or not at all. */
export function copyToFolder(db: Db, source: string, name: string): string {
  const folder = readFolder(db);
  if (!folder || !isFolder(folder)) throw refused('exchangeFolderUnavailable');
  const target = join(folder, name);
  const temporary = tempPathBeside(target);
  try {
    copyFileSync(source, temporary);
    fsyncFile(temporary);
    durableRename(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof Error && 'code' in error) throw refused('exchangeFolderUnavailable');
    throw error;
  }
  return target;
}
