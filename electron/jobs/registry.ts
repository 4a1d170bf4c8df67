import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangeEvent, Entity } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { FileDownload } from '../../shared/domain/files';
import type { RestoreReport } from '../../shared/domain/backups';
import type { JobInfo, JobKind, JobProgress } from '../../shared/domain/jobs';
import { refused } from '../api/errors';

/** What a running job is given: the signal that cancels it, and where it reports how far it is. */
export interface JobControl {
  signal: AbortSignal;
  progress(done: number, total: number | null): void;
  /** A path in the jobs' folder for the file the job writes (removed when the job is dismissed). */
  outputPath(extension: string): string;
  /** From here on Batal no longer stops the job (a restore replacing the database): it runs to its end. */
  pastReturn(): void;
  /** For a job that takes the database's gate itself (`ownGate`): work sharing it, or alone on it. */
  shared<T>(work: () => Promise<T>): Promise<T>;
  alone<T>(work: () => Promise<T>): Promise<T>;
}

/** What a job produced: a file written at `path`, a backup in the data folder, a restore, or an exchange in its history. */
export type JobOutcome =
  | { kind: 'file'; path: string; fileName: string; mediaType: string; sizeBytes: number }
  | { kind: 'backup'; backupId: string }
  | { kind: 'restore'; report: RestoreReport }
  | { kind: 'exchange'; historyId: string };

export interface JobSpec {
  kind: JobKind;
  label: string;
  /** What the finished job changed besides itself (a backup: `backups`), announced when it ends. */
  changes?: readonly Entity[];
  /**
   * The job takes the database's gate itself (a restore: shared while it copies and checks, alone
   * for the swap); other jobs run wholly while the database is shared.
   */
  ownGate?: boolean;
  /**
   * The job's worker writes the database in one long transaction (an import), holding SQLite's write
   * lock: the host's own writes wait for the job's end (`writersDone`) rather than on the lock, where
   * the host's thread would stand still for the busy timeout and then fail.
   */
  writes?: boolean;
  run(control: JobControl): Promise<JobOutcome>;
}

/** Jobs' progress is announced at most this often (each announcement refetches the jobs list). */
const PROGRESS_INTERVAL_MS = 250;
/** Finished jobs kept for their notices; the oldest go first. */
const KEPT_FINISHED = 20;

interface Entry {
  info: JobInfo;
  abort: AbortController;
  outcome: JobOutcome | null;
  lastAnnounced: number;
  announceTimer: NodeJS.Timeout | null;
  /** Settles when the job's work has stopped (done, failed or cancelled). */
  settled: Promise<void>;
}

export interface JobRegistry {
  start(spec: JobSpec): JobInfo;
  list(): JobInfo[];
  cancel(id: string): JobInfo;
  file(id: string): FileDownload;
  dismiss(id: string): void;
  /** Resolves when the job's work has stopped (tests, shutdown). */
  settled(id: string): Promise<void>;
  /**
   * Resolves once no job that writes the database (`JobSpec.writes`) is running; null when none is,
   * so a write then runs at once, in the same turn, as it always did.
   */
  writersDone(): Promise<void> | null;
  /** Cancels what runs and removes the jobs' files (the host closes). */
  close(): void;
}

export interface JobRegistryOptions {
  emit: (event: ChangeEvent) => void;
  /** Runs the job's work while the database is shared (a restore waits for it, and it for a restore). */
  share: <T>(work: () => Promise<T>) => Promise<T>;
  /** Runs work alone on the database (a restore's swap). */
  alone: <T>(work: () => Promise<T>) => Promise<T>;
  now: () => Date;
  logError: (what: string, error: unknown) => void;
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && error.name === 'AbortError');
}

/**
 * The host's jobs: each runs its work once, reports progress (announced as a change of `jobs`, so
 * every screen's jobs list refetches), can be cancelled (its signal aborts the work, which stops
 * and removes what it wrote), and keeps its outcome until the user dismisses its notice.
 */
export function createJobRegistry(options: JobRegistryOptions): JobRegistry {
  const entries = new Map<string, Entry>();
  /** The settling of each running job that writes the database. */
  const writers = new Set<Promise<void>>();
  let folder: string | null = null;

  const announce = (entry: Entry, also: readonly Entity[] = []) => {
    if (entry.announceTimer) clearTimeout(entry.announceTimer);
    entry.announceTimer = null;
    entry.lastAnnounced = Date.now();
    options.emit({ entities: ['jobs', ...also], ids: { jobs: [entry.info.id] } });
  };

  const announceProgress = (entry: Entry) => {
    if (entry.announceTimer) return;
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - entry.lastAnnounced);
    if (wait <= 0) return announce(entry);
    entry.announceTimer = setTimeout(() => {
      entry.announceTimer = null;
      if (entry.info.state === 'running') announce(entry);
    }, wait);
    entry.announceTimer.unref();
  };

  const removeOutcome = (entry: Entry) => {
    if (entry.outcome?.kind === 'file') rmSync(entry.outcome.path, { force: true });
  };

  const forgetOldest = () => {
    const finished = [...entries.values()].filter((entry) => entry.info.state !== 'running');
    for (const entry of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) {
      removeOutcome(entry);
      entries.delete(entry.info.id);
    }
  };

  const finish = (entry: Entry, patch: Partial<JobInfo>, also: readonly Entity[] = []) => {
    entry.info = { ...entry.info, ...patch, endedAt: options.now().toISOString() };
    announce(entry, also);
    forgetOldest();
  };

  const entryOf = (id: string): Entry => {
    const entry = entries.get(id);
    if (!entry) throw refused('jobUnknown');
    return entry;
  };

  return {
    start(spec) {
      const id = randomUUID();
      const abort = new AbortController();
      const entry: Entry = {
        info: {
          id,
          kind: spec.kind,
          label: spec.label,
          state: 'running',
          cancellable: true,
          progress: { done: 0, total: null },
          startedAt: options.now().toISOString(),
          endedAt: null,
          result: null,
          error: null,
        },
        abort,
        outcome: null,
        lastAnnounced: 0,
        announceTimer: null,
        settled: Promise.resolve(),
      };
      const control: JobControl = {
        signal: abort.signal,
        progress(done, total) {
          if (entry.info.state !== 'running') return;
          const progress: JobProgress = { done, total };
          entry.info = { ...entry.info, progress };
          announceProgress(entry);
        },
        outputPath(extension) {
          folder ??= mkdtempSync(join(tmpdir(), 'sirakor-jobs-'));
          return join(folder, `${id}.${extension}`);
        },
        pastReturn() {
          if (entry.info.state !== 'running' || abort.signal.aborted) return;
          entry.info = { ...entry.info, cancellable: false };
          announce(entry);
        },
        shared: options.share,
        alone: options.alone,
      };
      entries.set(id, entry);
      entry.settled = (spec.ownGate ? spec.run(control) : options.share(() => spec.run(control))).then(
        (outcome) => {
          if (entry.info.state !== 'running') {
            // Cancelled as it ended: what it wrote goes.
            if (outcome.kind === 'file') rmSync(outcome.path, { force: true });
            return;
          }
          entry.outcome = outcome;
          const { total } = entry.info.progress;
          finish(
            entry,
            {
              state: 'done',
              progress: { done: total ?? 1, total: total ?? 1 },
              result:
                outcome.kind === 'file'
                  ? { kind: 'file', fileName: outcome.fileName, sizeBytes: outcome.sizeBytes }
                  : outcome,
            },
            spec.changes,
          );
        },
        (error: unknown) => {
          if (entry.info.state !== 'running') return;
          if (isAbort(error, abort.signal)) return finish(entry, { state: 'cancelled' });
          if (!(error instanceof AppError)) options.logError(`job ${spec.kind}`, error);
          finish(entry, {
            state: 'failed',
            error:
              error instanceof AppError
                ? { key: error.details?.[0]?.key ?? error.key, ...paramsOf(error) }
                : { key: 'jobs.error.failed' },
          });
        },
      );
      if (spec.writes) {
        const settled = entry.settled;
        writers.add(settled);
        void settled.finally(() => writers.delete(settled));
      }
      return entry.info;
    },

    list: () => [...entries.values()].map((entry) => entry.info).reverse(),

    cancel(id) {
      const entry = entryOf(id);
      if (entry.info.state !== 'running' || !entry.info.cancellable) return entry.info;
      entry.abort.abort();
      finish(entry, { state: 'cancelled' });
      return entry.info;
    },

    file(id) {
      const { outcome } = entryOf(id);
      if (outcome?.kind !== 'file') throw refused('jobNoFile');
      let bytes: Buffer;
      try {
        bytes = readFileSync(outcome.path);
      } catch {
        throw refused('jobNoFile');
      }
      return { fileName: outcome.fileName, mediaType: outcome.mediaType, dataBase64: bytes.toString('base64') };
    },

    dismiss(id) {
      const entry = entryOf(id);
      // A job past its point of return runs on; its notice comes back when it ends.
      if (entry.info.state === 'running' && !entry.info.cancellable) return;
      if (entry.info.state === 'running') {
        entry.abort.abort();
        entry.info = { ...entry.info, state: 'cancelled' };
      }
      removeOutcome(entry);
      entries.delete(id);
    },

    settled: (id) => entries.get(id)?.settled ?? Promise.resolve(),

    writersDone() {
      if (writers.size === 0) return null;
      return (async () => {
        // A writer that starts while others are awaited is awaited too.
        while (writers.size > 0) await Promise.all(writers);
      })();
    },

    close() {
      for (const entry of entries.values()) {
        entry.abort.abort();
        entry.info = { ...entry.info, state: 'cancelled' };
        if (entry.announceTimer) clearTimeout(entry.announceTimer);
      }
      entries.clear();
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}

/** An error's parameters, the first field issue's where the refusal is about a field. */
function paramsOf(error: AppError): { params?: Record<string, string | number> } {
  const params = error.details?.[0]?.params ?? error.params;
  return params ? { params } : {};
}
