import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { durableRemove, durableRename, fsyncDir, writeFileAtomic } from './durable';

/**
 * The file moves of a restore, journalled so that a crash at any moment leaves a usable database.
 *
 * 1. The checked copy waits as `restore-incoming.sqlite` beside the database.
 * 2. `restore-journal.json` is written (atomically): from here on, a start-up that finds it undoes
 *    the restore.
 * 3. The current database's companions (`-wal`, `-shm`), then the database itself, are moved into
 *    `restore-aside/`.
 * 4. The incoming copy is renamed to the database's name, and the app opens and migrates it.
 * 5. Only then is the journal removed: that is the moment the restore happened. The files set
 *    aside are removed afterwards (a pre-restore backup holds the same data).
 *
 * Undoing (at start-up, or when the restored file fails to open) puts the set-aside files back.
 * The order of step 3 makes it unambiguous: while the old database file is in `restore-aside/`,
 * every file under the database's name belongs to the incoming copy; once it is back, what is
 * left in `restore-aside/` are its own companions.
 */

const RESTORE_JOURNAL = 'restore-journal.json';
const RESTORE_INCOMING = 'restore-incoming.sqlite';
const RESTORE_ASIDE = 'restore-aside';
/** Files set aside by a restore whose replaced data could not be copied first (kept for a specialist). */
const REPLACED_PREFIX = 'replaced-';

/**
 * The files SQLite keeps beside a database: its WAL and shared-memory index, and the rollback
 * journal it writes while changing journal mode. They belong to that database only: a hot journal
 * or WAL left beside another file would be replayed into it and corrupt it.
 */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

export interface SwapPaths {
  dataDir: string;
  databaseFile: string;
}

function asideDir(paths: SwapPaths): string {
  return join(paths.dataDir, RESTORE_ASIDE);
}

function asideFile(paths: SwapPaths, suffix = ''): string {
  return join(asideDir(paths), `${basename(paths.databaseFile)}${suffix}`);
}

export function incomingFile(dataDir: string): string {
  return join(dataDir, RESTORE_INCOMING);
}

function journalFile(dataDir: string): string {
  return join(dataDir, RESTORE_JOURNAL);
}

function restorePending(dataDir: string): boolean {
  return existsSync(journalFile(dataDir));
}

/** Removes a file and its companions (the incoming copy's, never the live database's own). */
function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(`${file}${suffix}`, { force: true });
}

/** The points between the file operations of `swapIn`, for tests that simulate a crash at each. */
export const SWAP_STEPS = ['journal', 'companions', 'database', 'incoming', 'done'] as const;
type SwapStep = (typeof SWAP_STEPS)[number];

/** Steps 2–4: journal, set the current database aside, put the incoming copy in its place. */
export function swapIn(paths: SwapPaths, startedAt: Date, reached: (step: SwapStep) => void = () => undefined): void {
  const incoming = incomingFile(paths.dataDir);
  if (!existsSync(incoming)) throw new Error('No incoming database to restore');
  mkdirSync(asideDir(paths), { recursive: true });
  fsyncDir(paths.dataDir);
  reached('journal');
  writeFileAtomic(
    journalFile(paths.dataDir),
    `${JSON.stringify({ format: 1, startedAt: startedAt.toISOString(), database: basename(paths.databaseFile) })}\n`,
  );
  for (const suffix of COMPANIONS) {
    reached('companions');
    if (existsSync(`${paths.databaseFile}${suffix}`)) {
      renameSync(`${paths.databaseFile}${suffix}`, asideFile(paths, suffix));
    }
  }
  reached('database');
  if (existsSync(paths.databaseFile)) renameSync(paths.databaseFile, asideFile(paths));
  fsyncDir(asideDir(paths));
  fsyncDir(paths.dataDir);
  reached('incoming');
  durableRename(incoming, paths.databaseFile);
  reached('done');
}

/**
 * Undoes an unfinished restore: the database set aside goes back under its name with its
 * companions; the incoming copy is removed. Safe to run again after a crash in the middle.
 */
export function rollBack(paths: SwapPaths): void {
  if (existsSync(asideFile(paths))) {
    removeWithCompanions(paths.databaseFile);
    fsyncDir(paths.dataDir);
    durableRename(asideFile(paths), paths.databaseFile);
  }
  for (const suffix of COMPANIONS) {
    if (existsSync(asideFile(paths, suffix))) durableRename(asideFile(paths, suffix), `${paths.databaseFile}${suffix}`);
  }
  removeWithCompanions(incomingFile(paths.dataDir));
  durableRemove(journalFile(paths.dataDir));
  rmSync(asideDir(paths), { recursive: true, force: true });
}

/**
 * Step 5: the restored database is open and migrated. Removing the journal is the commit; the
 * files set aside are then removed, or kept under `replaced-<time>/` when no pre-restore backup
 * could be made of them (a damaged database, kept for a specialist).
 */
export function commitRestore(paths: SwapPaths, keepAside: boolean, now: Date): void {
  durableRemove(journalFile(paths.dataDir));
  finishAside(paths, keepAside, now);
}

function finishAside(paths: SwapPaths, keep: boolean, now: Date): void {
  const dir = asideDir(paths);
  if (!existsSync(dir)) return;
  if (keep && readdirSync(dir).length > 0) {
    const target = join(paths.dataDir, `${REPLACED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}`);
    durableRename(dir, target);
  } else {
    rmSync(dir, { recursive: true, force: true });
    fsyncDir(paths.dataDir);
  }
}

/** A file being received in parts for a restore (removed at start-up if left unfinished). */
const UPLOAD_PREFIX = 'restore-upload-';

export function uploadPath(dataDir: string, uploadId: string): string {
  return join(dataDir, `${UPLOAD_PREFIX}${uploadId}.part`);
}

/** Removes every unfinished upload. */
export function removeUploads(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(UPLOAD_PREFIX)) rmSync(join(dataDir, name), { force: true });
  }
}

/** Temporary files of a journal write that a crash interrupted (writeFileAtomic's `.tmp-` names). */
function removeJournalLeftovers(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(`.tmp-${RESTORE_JOURNAL}-`)) rmSync(join(dataDir, name), { force: true });
  }
}

/**
 * At start-up, before the database is opened: an unfinished restore is undone; files left by a
 * finished one (crash after the commit) are kept aside; a stray incoming copy is removed.
 */
export function recoverInterruptedRestore(paths: SwapPaths, now: Date): 'rolled-back' | 'none' {
  if (restorePending(paths.dataDir)) {
    rollBack(paths);
    removeJournalLeftovers(paths.dataDir);
    return 'rolled-back';
  }
  finishAside(paths, true, now);
  removeWithCompanions(incomingFile(paths.dataDir));
  removeJournalLeftovers(paths.dataDir);
  return 'none';
}
