import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound, refused } from '../../api/errors';
import { uploadPath } from '../../backups/swap';
import { newId } from '../../db/ids';

/**
 * Packages the user picked, kept in the data folder (`exchange-inbox/<ref>.sirakor`, with their
 * original name beside them) from the check until the import or the user's "Batal": the screens
 * name them by `ref`, never by a path. A package is copied here whole before it is read, so a file
 * on a flashdisk pulled out meanwhile cannot half-apply.
 */

export const INBOX_FOLDER = 'exchange-inbox';

export interface InboxPackage {
  ref: string;
  path: string;
  fileName: string;
  sizeBytes: number;
}

function inboxDir(dataDir: string): string {
  return join(dataDir, INBOX_FOLDER);
}

function pathsOf(dataDir: string, ref: string) {
  const dir = inboxDir(dataDir);
  return { file: join(dir, `${ref}.sirakor`), meta: join(dir, `${ref}.json`) };
}

/** Keeps a package under a new ref: `place` puts its bytes at the path it is given. */
export function keepFile(dataDir: string, fileName: string, place: (target: string) => void): InboxPackage {
  const ref = newId();
  const paths = pathsOf(dataDir, ref);
  mkdirSync(inboxDir(dataDir), { recursive: true });
  writeFileSync(paths.meta, JSON.stringify({ fileName }));
  try {
    place(paths.file);
  } catch (error) {
    dropPackage(dataDir, ref);
    throw error;
  }
  return { ref, path: paths.file, fileName, sizeBytes: statSync(paths.file).size };
}

/** Takes over a file sent in parts (backups.uploadChunk) under the name the user's file had. */
export function keepUpload(dataDir: string, uploadId: string, fileName: string): InboxPackage {
  const part = uploadPath(dataDir, uploadId);
  if (!existsSync(part)) throw notFound('upload');
  return keepFile(dataDir, fileName, (target) => renameSync(part, target));
}

/** A package kept earlier, by its ref; NOT_FOUND once imported or dropped. */
export function keptPackage(dataDir: string, ref: string): InboxPackage {
  const paths = pathsOf(dataDir, ref);
  if (!existsSync(paths.file)) throw refused('exchangePackageGone');
  let fileName = `${ref}.sirakor`;
  try {
    fileName = (JSON.parse(readFileSync(paths.meta, 'utf8')) as { fileName: string }).fileName;
  } catch {
    // The name is for display only.
  }
  return { ref, path: paths.file, fileName, sizeBytes: statSync(paths.file).size };
}

export function dropPackage(dataDir: string, ref: string): void {
  const paths = pathsOf(dataDir, ref);
  rmSync(paths.file, { force: true });
  rmSync(paths.meta, { force: true });
}

/** Packages kept longer than a day were abandoned (the app closed on the trust step): removed at start. */
export function sweepInbox(dataDir: string, now: Date): void {
  const dir = inboxDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now.getTime() - statSync(path).mtimeMs > 24 * 60 * 60 * 1000) rmSync(path, { force: true });
  }
}
