import type { ChangeEvent } from '../shared/api/contract';
import type { BackupInfo } from '../shared/domain/backups';
import type { HandlerContext, SaveFileCopy } from './api/context';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { Gate } from './backups/gate';
import { guardDispatch, startDailyBackupTimer, type DailyBackupTimerOptions } from './backups/guard';
import { createSafety, type Safety } from './backups/service';
import { systemClock } from './db/clock';
import { openStore, type Store, type StoreOptions } from './db/store';
import { carryCurrentKeys } from './exchange/backup-keys';
import { removeStaleIncoming } from './exchange/records/incoming-files';
import { createOfficeIdentity } from './exchange/identity';
import { readKeyFileOwner } from './exchange/key-file';
import { plainKeyProtection, type KeyProtection } from './exchange/key-store';
import { createJobRegistry } from './jobs/registry';

export interface Core {
  store: Store;
  dispatch: Dispatch;
  /** Backups, restores and the app's state ('ok' or 'recovery'). */
  safety: Safety;
  /** Subscribes to change events; returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /**
   * The backup taken when the app quits (both hosts await it before `close`): after the calls in
   * progress, then retention. Null in recovery or when it failed (the failure is logged).
   */
  backupOnQuit(): Promise<BackupInfo | null>;
  close(): void;
}

export interface CoreOptions extends StoreOptions {
  host: 'electron' | 'preview';
  appVersion: string;
  logError?: (method: string, error: unknown) => void;
  /** The handlers' clock (tests fix "today"); defaults to the system clock. */
  now?: () => Date;
  /** The daily backup while the app runs; false turns it off (tests). */
  dailyBackup?: DailyBackupTimerOptions | false;
  /** Test hooks for the restore (simulated failures). */
  faults?: Parameters<typeof createSafety>[0]['faults'];
  /** Bytes per part of a backup download (default BACKUP_CHUNK_BYTES; tests make it small). */
  backupChunkBytes?: number;
  /** The Electron host's native "save a copy as…"; the preview has none and downloads instead. */
  saveFileCopy?: SaveFileCopy;
  /** How the office's private keys are sealed in the data folder: Electron's safeStorage on the desktop, plain otherwise. */
  keyProtection?: KeyProtection;
}

/**
 * Opens the store and wires the handlers: what both hosts (Electron and preview) serve. A damaged
 * database does not stop the start: the core runs in recovery (only the methods needed to restore
 * answer). A restore reopens the store in place; the handlers' context reads the live connection.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? systemClock;
  const store = await openStore({ ...options, now, allowRecovery: true });
  const logError = options.logError ?? ((method, error) => console.error(`[sirakor] ${method} failed`, error));
  // Under the folder's lock now: a package import's staging folder is a crash's leftover.
  try {
    removeStaleIncoming(store.dataDir);
  } catch (error) {
    logError('exchange staging clean-up', error);
  }
  const listeners = new Set<(event: ChangeEvent) => void>();
  const gate = new Gate();
  const identity = createOfficeIdentity({
    dataDir: store.dataDir,
    protection: options.keyProtection ?? plainKeyProtection,
    now,
  });
  // A key file that cannot be used never stops the start: the identity reports it, Pengaturan shows it.
  const refreshIdentity = () => {
    if (store.health.state !== 'ok') return;
    try {
      identity.refresh(store.db);
    } catch (error) {
      logError('office identity', error);
    }
  };
  const safety = createSafety({
    store,
    appVersion: options.appVersion,
    now,
    logError,
    faults: options.faults,
    chunkBytes: options.backupChunkBytes,
    prepareCandidate: (candidate) =>
      carryCurrentKeys(
        candidate,
        identity.keyFile,
        identity.state()?.officeId ?? readKeyFileOwner(identity.keyFile)?.officeId ?? null,
        now(),
      ),
    onRestored: refreshIdentity,
  });
  refreshIdentity();
  const emit = (event: ChangeEvent) => listeners.forEach((listener) => listener(event));
  const jobs = createJobRegistry({
    emit,
    share: (work) => gate.shared(work),
    alone: (work) => gate.alone(work),
    now,
    logError,
  });
  const ctx: HandlerContext = {
    get db() {
      return store.db;
    },
    dataDir: store.dataDir,
    databaseFile: store.databaseFile,
    resourcesDir: options.resourcesDir,
    host: options.host,
    appVersion: options.appVersion,
    now,
    safety,
    identity,
    jobs,
    ...(store.nativeBinding ? { nativeBinding: store.nativeBinding } : {}),
    ...(options.saveFileCopy ? { saveFileCopy: options.saveFileCopy } : {}),
  };
  const inner = createDispatcher({
    ctx,
    handlers,
    emit,
    logError,
    beforeWrite: () => jobs.writersDone(),
  });
  const automatic = (what: 'daily' | 'quit') =>
    gate
      .shared(() => (what === 'daily' ? safety.dailyBackup() : safety.quitBackup()))
      .catch((error: unknown) => {
        logError(`backup (${what})`, error);
        return null;
      });
  const stopDaily =
    options.dailyBackup === false
      ? () => undefined
      : startDailyBackupTimer(() => automatic('daily'), options.dailyBackup);
  return {
    store,
    dispatch: guardDispatch(inner, gate, () => store.health.state),
    safety,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backupOnQuit: () => automatic('quit'),
    close() {
      stopDaily();
      jobs.close();
      listeners.clear();
      store.close();
    },
  };
}
