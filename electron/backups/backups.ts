import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUTOMATIC_BACKUP_KINDS,
  type BackupInfo,
  type BackupKind,
  type RecordCounts,
} from '../../shared/domain/backups';
import type { Db } from '../db/connection';
import { countsOf, makeSelfContained, openFile, schemaVersionOf, type OpenFileOptions } from './repository';
import { durableRemove, durableRename, fsyncDir, fsyncFile, writeFileAtomic } from './durable';
import { copyDatabaseFile } from './file-snapshot';
import { embedKeyFile } from '../exchange/backup-keys';
import {
  BACKUP_EXTENSION,
  backupIdFor,
  compareNewestFirst,
  isoWeekOf,
  localDateOf,
  parseBackupId,
  SIDECAR_EXTENSION,
  type ParsedBackupName,
} from './names';

export const BACKUPS_FOLDER = 'backups';

/** What the JSON beside each backup says about it; written once the copy is complete. */
interface BackupSidecar {
  format: 1;
  id: string;
  kind: BackupKind;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  sizeBytes: number;
  counts: RecordCounts;
}

function sidecarPath(dir: string, id: string): string {
  return join(dir, `${id}${SIDECAR_EXTENSION}`);
}

export function backupPath(dir: string, id: string): string {
  return join(dir, `${id}${BACKUP_EXTENSION}`);
}

function isSidecar(value: unknown): value is BackupSidecar {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BackupSidecar>;
  return (
    v.format === 1 &&
    typeof v.createdAt === 'string' &&
    typeof v.schemaVersion === 'number' &&
    typeof v.appVersion === 'string' &&
    typeof v.counts === 'object' &&
    v.counts !== null
  );
}

function readSidecar(dir: string, id: string): BackupSidecar | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(sidecarPath(dir, id), 'utf8'));
    return isSidecar(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function infoOf(name: ParsedBackupName, sizeBytes: number, sidecar: BackupSidecar | null, mtime: Date): BackupInfo {
  return {
    id: name.id,
    fileName: `${name.id}${BACKUP_EXTENSION}`,
    kind: name.kind,
    createdAt: sidecar?.createdAt ?? mtime.toISOString(),
    localDate: name.localDate,
    sizeBytes,
    schemaVersion: sidecar?.schemaVersion ?? null,
    appVersion: sidecar?.appVersion ?? null,
    counts: sidecar?.counts ?? null,
  };
}

/**
 * Describes a backup file that has no sidecar (the app stopped between the copy and its
 * description) by reading it, and writes the sidecar. Null when the file cannot be read.
 */
function describeFile(dir: string, name: ParsedBackupName, options: OpenFileOptions): BackupSidecar | null {
  const file = backupPath(dir, name.id);
  let db: Db | null = null;
  try {
    db = openFile(file, { ...options, readonly: true });
    const sidecar: BackupSidecar = {
      format: 1,
      id: name.id,
      kind: name.kind,
      createdAt: statSync(file).mtime.toISOString(),
      appVersion: 'unknown',
      schemaVersion: schemaVersionOf(db),
      sizeBytes: statSync(file).size,
      counts: countsOf(db),
    };
    db.close();
    db = null;
    writeFileAtomic(sidecarPath(dir, name.id), `${JSON.stringify(sidecar, null, 2)}\n`);
    return sidecar;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Every backup in `dir`, newest first. Files of other names are ignored (never touched). */
export function listBackups(dir: string, options: OpenFileOptions = {}): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(BACKUP_EXTENSION))
    .map((file) => parseBackupId(file.slice(0, -BACKUP_EXTENSION.length)))
    .filter((name): name is ParsedBackupName => name !== null)
    .sort(compareNewestFirst);
  return names.flatMap((name) => {
    let stat;
    try {
      stat = statSync(backupPath(dir, name.id));
    } catch {
      return [];
    }
    const sidecar = readSidecar(dir, name.id) ?? describeFile(dir, name, options);
    return [infoOf(name, stat.size, sidecar, stat.mtime)];
  });
}

export function findBackup(dir: string, id: string, options: OpenFileOptions = {}): BackupInfo | null {
  return listBackups(dir, options).find((backup) => backup.id === id) ?? null;
}

/** A free id for a backup taken at `now`: the same second gets `-2`, `-3`… */
function freeId(dir: string, now: Date, kind: BackupKind): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    if (sequence === 1) continue;
    const id = backupIdFor(now, kind, sequence);
    if (!existsSync(backupPath(dir, id)) && !existsSync(sidecarPath(dir, id))) return id;
  }
  throw new Error('No free backup name');
}

interface CreateBackupOptions extends OpenFileOptions {
  dir: string;
  kind: BackupKind;
  appVersion: string;
  now: Date;
  /** Pages copied per step of the online backup (when the file cannot be copied); the event loop runs between steps. */
  pagesPerStep?: number;
  /** Bytes per step of the file copy (tests make it small). */
  copyChunkBytes?: number;
  /** The office's key file, carried inside the copy (`exchange/backup-keys.ts`); none when absent. */
  keyFile?: string;
}

/**
 * A consistent copy of the live database: the file itself, copied while nothing can write into it
 * (`copyDatabaseFile`: the WAL emptied first, then held still by a reader; a bare copy could catch
 * the file between two writes or miss what is still in the WAL), or else with SQLite's online
 * backup API. The office's key file joins the copy (a settings row of the copy only). The copy is
 * written under a temporary name, flushed, described from the copy itself, renamed into place, and
 * its sidecar written atomically.
 */
export async function createBackup(db: Db, options: CreateBackupOptions): Promise<BackupInfo> {
  mkdirSync(options.dir, { recursive: true });
  const id = freeId(options.dir, options.now, options.kind);
  const temp = join(options.dir, `.tmp-${id}${BACKUP_EXTENSION}`);
  rmSync(temp, { force: true });
  try {
    const copied = await copyDatabaseFile(db, temp, {
      openReader: (file) => openFile(file, { nativeBinding: options.nativeBinding, readonly: true }),
      chunkBytes: options.copyChunkBytes,
    });
    if (!copied) {
      const pages = options.pagesPerStep ?? 2000;
      await db.backup(temp, { progress: () => pages });
    }
    // The description is read from the copy, so it says what the file holds whatever was written
    // to the live database meanwhile.
    const copy = openFile(temp, { nativeBinding: options.nativeBinding });
    let schemaVersion: number;
    let counts: RecordCounts;
    try {
      // A single file: no journal beside it, whatever mode the live database uses.
      makeSelfContained(copy);
      if (options.keyFile) embedKeyFile(copy, options.keyFile, options.now);
      schemaVersion = schemaVersionOf(copy);
      counts = countsOf(copy);
    } finally {
      copy.close();
    }
    fsyncFile(temp);
    const file = backupPath(options.dir, id);
    durableRename(temp, file);
    const sidecar: BackupSidecar = {
      format: 1,
      id,
      kind: options.kind,
      createdAt: options.now.toISOString(),
      appVersion: options.appVersion,
      schemaVersion,
      sizeBytes: statSync(file).size,
      counts,
    };
    writeFileAtomic(sidecarPath(options.dir, id), `${JSON.stringify(sidecar, null, 2)}\n`);
    const name = parseBackupId(id) as ParsedBackupName;
    return infoOf(name, sidecar.sizeBytes, sidecar, options.now);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Removes a backup and its sidecar (the file first: a sidecar alone is never listed). */
export function deleteBackup(dir: string, id: string): void {
  durableRemove(backupPath(dir, id));
  durableRemove(sidecarPath(dir, id));
}

/**
 * Which automatic backups (kinds auto and quit) the retention rule keeps: the newest of each of
 * the last 7 local days that have one, then the newest of each of the last 4 ISO weeks among the
 * older ones. Manual, pre-migration and pre-restore backups are never chosen for deletion.
 */
export function backupsToPrune(backups: readonly BackupInfo[], days = 7, weeks = 4): BackupInfo[] {
  const automatic = backups
    .map((backup) => ({ backup, name: parseBackupId(backup.id) }))
    .filter((b): b is { backup: BackupInfo; name: ParsedBackupName } => b.name !== null)
    .filter((b) => AUTOMATIC_BACKUP_KINDS.includes(b.name.kind))
    .sort((a, b) => compareNewestFirst(a.name, b.name));
  const keep = new Set<string>();
  const keptDays: string[] = [];
  for (const { name } of automatic) {
    if (keptDays.length >= days) break;
    if (keptDays.includes(name.localDate)) continue;
    keptDays.push(name.localDate);
    keep.add(name.id);
  }
  const oldestKeptDay = keptDays[keptDays.length - 1];
  const keptWeeks: string[] = [];
  if (oldestKeptDay !== undefined) {
    for (const { name } of automatic) {
      if (keptWeeks.length >= weeks) break;
      if (name.localDate >= oldestKeptDay) continue;
      const week = isoWeekOf(name.localDate);
      if (keptWeeks.includes(week)) continue;
      keptWeeks.push(week);
      keep.add(name.id);
    }
  }
  return automatic.filter(({ name }) => !keep.has(name.id)).map(({ backup }) => backup);
}

/** Applies the retention rule in `dir`; returns the ids deleted. */
export function pruneBackups(dir: string, options: OpenFileOptions = {}): string[] {
  const doomed = backupsToPrune(listBackups(dir, options));
  for (const backup of doomed) deleteBackup(dir, backup.id);
  return doomed.map((backup) => backup.id);
}

/** Whether an automatic backup (daily or at quit) was already taken on the local day of `now`. */
export function hasAutomaticBackupOn(dir: string, now: Date): boolean {
  const today = localDateOf(now);
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((file) => {
    if (!file.endsWith(BACKUP_EXTENSION)) return false;
    const name = parseBackupId(file.slice(0, -BACKUP_EXTENSION.length));
    return name !== null && name.localDate === today && AUTOMATIC_BACKUP_KINDS.includes(name.kind);
  });
}

/**
 * Start-up clean-up of what an interrupted backup or sidecar write left behind: temporary files
 * (`.tmp-…`). Only this app's own temporary names are removed.
 */
export function removeBackupLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  let removed = false;
  for (const file of readdirSync(dir)) {
    if (!file.startsWith('.tmp-')) continue;
    rmSync(join(dir, file), { force: true });
    removed = true;
  }
  if (removed) fsyncDir(dir);
}
