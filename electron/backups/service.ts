import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_CHUNK_BYTES,
  MAX_CHUNKED_UPLOAD_BYTES,
  MAX_RESTORE_UPLOAD_BYTES,
} from '../../shared/api/schemas/backups';
import type {
  AppState,
  AppStatus,
  BackupDownload,
  BackupInfo,
  BackupKind,
  RecordCounts,
  RestoreReport,
  UploadProgress,
} from '../../shared/domain/backups';
import type { Db } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { quickCheck, type Store } from '../db/store';
import {
  backupPath,
  createBackup,
  deleteBackup,
  type BackupWatch,
  findBackup,
  hasAutomaticBackupOn,
  listBackups,
  pruneBackups,
} from './backups';
import { countsOf, openFile } from './repository';
import { inspectCandidate, type CandidateReport } from './candidate';
import { fsyncFile } from './durable';
import { parseBackupId } from './names';
import { copyInSteps } from './file-snapshot';
import { commitRestore, incomingFile, removeUploads, rollBack, swapIn, uploadPath } from './swap';
import { invalidField, notFound, refused } from '../api/errors';
import { OFFICE_KEYS_FILE } from '../exchange/key-store';

const BACKUP_MEDIA_TYPE = 'application/vnd.sqlite3';

interface SafetyOptions {
  store: Store;
  appVersion: string;
  now: () => Date;
  logError: (what: string, error: unknown) => void;
  /** Test hooks: simulate a failure at a step of the restore. */
  faults?: { afterSwap?: () => void; afterAttach?: () => void };
  /** Bytes per part of a download (tests make it small). */
  chunkBytes?: number;
  /**
   * The checked copy about to be restored, open for writing: the office identity adds the current
   * keys to a backup that has none (`exchange/backup-keys.ts`).
   */
  prepareCandidate?: (candidate: Db) => void;
  /** After a restore is committed, on the restored database (the office's keys are settled). */
  onRestored?: () => void;
}

/** Backups, restores and the app's state, over one store. Callers serialise access (core.ts). */
export interface Safety {
  state(): AppState;
  status(): AppStatus;
  list(): BackupInfo[];
  /** A backup now; `manual` from the API, the others from the app itself. */
  create(kind: BackupKind, watch?: BackupWatch): Promise<BackupInfo>;
  /** The part of a backup file from `offset`. */
  download(id: string, offset: number): BackupDownload;
  /** Where a backup's database file is, and the name it is saved under. */
  fileOf(id: string): { path: string; fileName: string };
  remove(id: string): void;
  /** Appends a part of a file sent for a restore; `uploadId` null starts a new one. */
  uploadChunk(uploadId: string | null, offset: number, dataBase64: string): UploadProgress;
  restoreBackup(id: string): Promise<RestoreReport>;
  /** The same restore as a job: followed, stopped by its signal until the swap, the check in a worker. */
  restoreBackupJob(id: string, run: RestoreRun): Promise<RestoreReport>;
  /** Restores the file given whole (`dataBase64`) or sent in parts (`uploadId`). */
  restoreUpload(name: string, file: { dataBase64: string } | { uploadId: string }): Promise<RestoreReport>;
  /** The daily backup: taken unless an automatic one exists for today; then retention. */
  dailyBackup(): Promise<BackupInfo | null>;
  /** The backup at quit, then retention; skipped in recovery (there is nothing good to copy). */
  quitBackup(): Promise<BackupInfo | null>;
}

/**
 * A restore run as a job (issue 17). The backup is copied and checked while the database is shared
 * (the screens keep answering); the pre-restore backup and the swap run alone. Until the swap, the
 * signal stops it and leaves the live database as it was (no pre-restore backup either).
 */
export interface RestoreRun {
  signal: AbortSignal;
  /** Bytes done of the backup's copy and the pre-restore backup together. */
  onProgress(done: number, total: number): void;
  /** Checks the copy (PRAGMA integrity_check of hundreds of MB) away from the host's thread. */
  inspect(file: string): Promise<CandidateReport>;
  /** The moment Batal no longer applies: the database is about to be replaced. */
  pastReturn(): void;
  shared<T>(work: () => Promise<T>): Promise<T>;
  alone<T>(work: () => Promise<T>): Promise<T>;
}

/** A restore called alone (the handlers, the recovery screen): no signal, the check in this thread. */
function plainRun(fileOptions: { nativeBinding?: string }): RestoreRun {
  return {
    signal: new AbortController().signal,
    onProgress: () => undefined,
    inspect: (file) => Promise.resolve(inspectCandidate(file, fileOptions)),
    pastReturn: () => undefined,
    shared: (work) => work(),
    alone: (work) => work(),
  };
}

/** The local time in a backup's name, as an instant; null for a name of another shape. */
function createdAtFromName(name: string): string | null {
  const parsed = parseBackupId(name.replace(/^.*[\\/]/, '').replace(/\.sqlite$/i, ''));
  if (!parsed) return null;
  const [y, m, d] = parsed.localDate.split('-').map(Number) as [number, number, number];
  const t = parsed.localTime;
  return new Date(y, m - 1, d, Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 6))).toISOString();
}

export function createSafety(options: SafetyOptions): Safety {
  const { store, appVersion, now, logError, faults, chunkBytes } = options;
  /** The office's keys travel in every backup. */
  const keyFile = join(store.dataDir, OFFICE_KEYS_FILE);
  const partBytes = chunkBytes ?? BACKUP_CHUNK_BYTES;
  const fileOptions = store.nativeBinding ? { nativeBinding: store.nativeBinding } : {};
  const dir = store.backupsDir;
  /** quick_check results of backups by id and size, so the recovery screen asks once. */
  const checked = new Map<string, boolean>();

  function backupNow(kind: BackupKind, watch?: BackupWatch): Promise<BackupInfo> {
    return createBackup(store.db, {
      ...fileOptions,
      dir,
      kind,
      appVersion,
      now: now(),
      keyFile,
      ...(watch ? { watch } : {}),
    });
  }

  function passesQuickCheck(backup: BackupInfo): boolean {
    const key = `${backup.id}:${backup.sizeBytes}`;
    const known = checked.get(key);
    if (known !== undefined) return known;
    let good = false;
    try {
      const db = openFile(backupPath(dir, backup.id), { ...fileOptions, readonly: true });
      try {
        quickCheck(db);
        good = true;
      } finally {
        db.close();
      }
    } catch {
      good = false;
    }
    checked.set(key, good);
    return good;
  }

  function latestGoodBackup(): BackupInfo | null {
    const backups = listBackups(dir, fileOptions);
    if (store.health.state === 'ok') return backups.find((b) => b.schemaVersion !== null) ?? null;
    return (
      backups.find(
        (b) => b.schemaVersion !== null && b.schemaVersion <= LATEST_SCHEMA_VERSION && passesQuickCheck(b),
      ) ?? null
    );
  }

  async function restore(
    source: RestoreReport['source'],
    name: string,
    backupCreatedAt: string | null,
    prepare: (incoming: string) => void | Promise<void>,
    run: RestoreRun = plainRun(fileOptions),
  ): Promise<RestoreReport> {
    const incoming = incomingFile(store.dataDir);
    const candidate = await run.shared(async () => {
      try {
        rmSync(incoming, { force: true });
        await prepare(incoming);
        run.signal.throwIfAborted();
        fsyncFile(incoming);
        const checked = await run.inspect(incoming);
        run.signal.throwIfAborted();
        if (options.prepareCandidate) {
          const db = openFile(incoming, fileOptions);
          try {
            options.prepareCandidate(db);
          } finally {
            db.close();
          }
          fsyncFile(incoming);
        }
        return checked;
      } catch (error) {
        rmSync(incoming, { force: true });
        throw error;
      }
    });
    return run.alone(() => replaceWith(incoming, candidate, { source, name, backupCreatedAt }, run));
  }

  /** The pre-restore backup, then the swap: what a restore does alone on the database. */
  async function replaceWith(
    incoming: string,
    candidate: CandidateReport,
    about: Pick<RestoreReport, 'source' | 'name' | 'backupCreatedAt'>,
    run: RestoreRun,
  ): Promise<RestoreReport> {
    const paths = { dataDir: store.dataDir, databaseFile: store.databaseFile };
    // The data being replaced is copied first; if it cannot be (a full disk), nothing happens.
    let preRestore: BackupInfo | null = null;
    if (store.health.state === 'ok') {
      const copied = statSync(incoming).size;
      try {
        run.signal.throwIfAborted();
        preRestore = await backupNow('pre-restore', {
          signal: run.signal,
          onProgress: (done, total) => run.onProgress(copied + done, copied + total),
        });
        run.signal.throwIfAborted();
      } catch (error) {
        rmSync(incoming, { force: true });
        // Stopped before the swap: nothing was replaced, so the copy of the data goes too.
        if (run.signal.aborted) {
          if (preRestore) deleteBackup(dir, preRestore.id);
          throw error;
        }
        logError('backups.restore (pre-restore backup)', error);
        throw refused('backupFailed');
      }
    }
    run.pastReturn();

    store.detach();
    try {
      swapIn(paths, now());
      faults?.afterSwap?.();
      await store.attach();
      faults?.afterAttach?.();
    } catch (error) {
      logError('backups.restore', error);
      store.detach();
      rollBack(paths);
      // The previous database comes back as it was: fine, or still damaged (recovery).
      await store.attach().catch((reopenError: unknown) => logError('backups.restore (reopen)', reopenError));
      throw refused('restoreFailed');
    }
    commitRestore(paths, preRestore === null, now());
    checked.clear();
    try {
      options.onRestored?.();
    } catch (error) {
      // The restore happened; the identity reports what it could not settle.
      logError('backups.restore (office keys)', error);
    }

    const migration = store.migration;
    return {
      ...about,
      dataAsOf: candidate.dataAsOf,
      schemaVersion: candidate.schemaVersion,
      migratedFrom: migration.applied.length > 0 ? migration.from : null,
      countsRestored: candidate.counts,
      countsNow: countsOf(store.db) satisfies RecordCounts,
      preRestoreBackup: preRestore,
    };
  }

  async function automatic(kind: 'auto' | 'quit'): Promise<BackupInfo> {
    const backup = await backupNow(kind);
    pruneBackups(dir, fileOptions);
    return backup;
  }

  return {
    state: () => store.health.state,

    status() {
      const health = store.health;
      return {
        state: health.state,
        reason: health.state === 'recovery' ? health.reason : null,
        latestGoodBackup: latestGoodBackup(),
      };
    },

    list: () => listBackups(dir, fileOptions),

    create: backupNow,

    fileOf(id) {
      const backup = findBackup(dir, id, fileOptions);
      if (!backup) throw notFound('backup');
      return { path: backupPath(dir, id), fileName: backup.fileName };
    },

    download(id, offset) {
      const backup = findBackup(dir, id, fileOptions);
      if (!backup) throw notFound('backup');
      const file = backupPath(dir, id);
      const totalBytes = statSync(file).size;
      if (offset > totalBytes) throw invalidField('offset', 'validation.tooLarge', { max: totalBytes });
      const length = Math.min(partBytes, totalBytes - offset);
      const bytes = Buffer.alloc(length);
      const fd = openSync(file, 'r');
      try {
        let read = 0;
        while (read < length) {
          const n = readSync(fd, bytes, read, length - read, offset + read);
          if (n === 0) break;
          read += n;
        }
      } finally {
        closeSync(fd);
      }
      const end = offset + length;
      return {
        fileName: backup.fileName,
        mediaType: BACKUP_MEDIA_TYPE,
        dataBase64: bytes.toString('base64'),
        offset,
        totalBytes,
        nextOffset: end < totalBytes ? end : null,
      };
    },

    remove(id) {
      if (!findBackup(dir, id, fileOptions)) throw notFound('backup');
      deleteBackup(dir, id);
    },

    restoreBackup(id) {
      const backup = findBackup(dir, id, fileOptions);
      if (!backup) throw notFound('backup');
      return restore('backup', id, backup.createdAt, (incoming) => copyFileSync(backupPath(dir, id), incoming));
    },

    restoreBackupJob(id, run) {
      const backup = findBackup(dir, id, fileOptions);
      if (!backup) throw notFound('backup');
      const from = backupPath(dir, id);
      // The whole: the backup copied, then the live database copied aside.
      const live = statSync(store.databaseFile).size;
      return restore(
        'backup',
        id,
        backup.createdAt,
        (incoming) =>
          copyInSteps(from, incoming, {
            signal: run.signal,
            onProgress: (done, total) => run.onProgress(done, total + live),
          }),
        run,
      );
    },

    uploadChunk(uploadId, offset, dataBase64) {
      const id = uploadId ?? randomUUID();
      const path = uploadPath(store.dataDir, id);
      if (uploadId === null || uploadId === undefined) {
        // One upload at a time: a new one drops any unfinished other.
        removeUploads(store.dataDir);
        if (offset !== 0) throw refused('uploadOffset', { expected: 0 });
      } else if (!existsSync(path)) {
        throw notFound('upload');
      }
      const received = existsSync(path) ? statSync(path).size : 0;
      if (offset !== received) throw refused('uploadOffset', { expected: received });
      const bytes = Buffer.from(dataBase64, 'base64');
      if (received + bytes.length > MAX_CHUNKED_UPLOAD_BYTES) {
        rmSync(path, { force: true });
        throw refused('backupFileTooLarge', {
          maxMb: MAX_CHUNKED_UPLOAD_BYTES / 1024 / 1024,
        });
      }
      const fd = openSync(path, 'a');
      try {
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } finally {
        closeSync(fd);
      }
      return { uploadId: id, receivedBytes: received + bytes.length };
    },

    restoreUpload(name, file) {
      if ('uploadId' in file) {
        const part = uploadPath(store.dataDir, file.uploadId);
        if (!existsSync(part)) throw notFound('upload');
        return restore('upload', name, createdAtFromName(name), (incoming) => renameSync(part, incoming));
      }
      const { dataBase64 } = file;
      // Four base64 characters carry three bytes; the size is known before decoding.
      if (Math.floor((dataBase64.length * 3) / 4) > MAX_RESTORE_UPLOAD_BYTES + 2) {
        throw refused('backupFileTooLarge', {
          maxMb: MAX_RESTORE_UPLOAD_BYTES / 1024 / 1024,
        });
      }
      return restore('upload', name, createdAtFromName(name), (incoming) =>
        writeFileSync(incoming, Buffer.from(dataBase64, 'base64'), { flag: 'wx' }),
      );
    },

    async dailyBackup() {
      if (store.health.state !== 'ok' || hasAutomaticBackupOn(dir, now())) return null;
      return automatic('auto');
    },

    async quitBackup() {
      if (store.health.state !== 'ok') return null;
      return automatic('quit');
    },
  };
}
