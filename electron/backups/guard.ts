import { isMethodName, type MethodName } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import type { AppState } from '../../shared/domain/backups';
import type { Dispatch } from '../api/dispatch';
import type { Gate } from './gate';

/** What answers while the database is damaged: enough to show the recovery screen and restore. */
const RECOVERY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'app.status',
  'backups.list',
  'backups.uploadChunk',
  'backups.restore',
  'backups.restoreUpload',
]);

/** Methods that replace the database file: they run alone (no other call uses the connection meanwhile). */
const EXCLUSIVE_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['backups.restore', 'backups.restoreUpload']);

/**
 * Methods that follow jobs and never touch the database: they answer while a restore runs alone,
 * so its notice shows its progress and Batal reaches it while the current data is copied aside.
 */
const UNGATED_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['jobs.list', 'jobs.cancel', 'jobs.dismiss']);

/**
 * Wraps the dispatcher: restores run alone, every other call shares the connection; in recovery
 * only RECOVERY_METHODS reach the handlers and the rest answer IO `error.recoveryMode`. The state
 * is read once the call has its turn, so a call waiting behind a successful restore is served.
 */
export function guardDispatch(inner: Dispatch, gate: Gate, state: () => AppState): Dispatch {
  return (method, payload) => {
    const known = isMethodName(method);
    const run = () =>
      known && state() === 'recovery' && !RECOVERY_METHODS.has(method)
        ? Promise.resolve(fail('IO', 'error.recoveryMode'))
        : inner(method, payload);
    if (known && UNGATED_METHODS.has(method)) return run();
    return known && EXCLUSIVE_METHODS.has(method) ? gate.alone(run) : gate.shared(run);
  };
}

export interface DailyBackupTimerOptions {
  /** Delay before the first check after start (default 2 minutes). */
  firstDelayMs?: number;
  /** Time between checks (default 1 hour); a backup is taken only if none exists for today. */
  intervalMs?: number;
}

/** Checks now and then whether today's automatic backup exists, and takes it if not. Returns the stop function. */
export function startDailyBackupTimer(tick: () => Promise<unknown>, options: DailyBackupTimerOptions = {}): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      void tick().finally(() => {
        if (!stopped) schedule(options.intervalMs ?? 60 * 60_000);
      });
    }, delay);
    // The timer never keeps the process alive on its own.
    timer.unref();
  };
  schedule(options.firstDelayMs ?? 2 * 60_000);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/**
 * How long quitting waits for the backup at quit (both hosts). A full ten-year database copies in
 * about a second; a slow or failing disk must not keep a closed app running for long.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 30_000;

/** Resolves with the work's result, or with `fallback` once `ms` have passed. */
export function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
