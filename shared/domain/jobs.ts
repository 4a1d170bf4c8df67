import type { RestoreReport } from './backups';

/**
 * Long work the host does for the user (exports, documents, backups) as jobs: started, followed
 * with progress, cancelled, and collected when done, whichever screen the user is on meanwhile.
 */
export const JOB_KINDS = [
  'ledgerXlsx',
  'planXlsx',
  'planDocument',
  'commitmentReport',
  'semesterReport',
  'directoryXlsx',
  'progressForms',
  'backup',
  'restore',
  'exchangeExport',
  'exchangeImport',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** How far a job is: `done` of `total` units (rows, bytes, pages); total null while unknown. */
export interface JobProgress {
  done: number;
  total: number | null;
}

/**
 * What a finished job produced: a file to save, a backup in the data folder, a restore's report, or
 * an exchange recorded in its history.
 */
export type JobResult =
  | { kind: 'file'; fileName: string; sizeBytes: number }
  | { kind: 'backup'; backupId: string }
  | { kind: 'restore'; report: RestoreReport }
  | { kind: 'exchange'; historyId: string };

export interface JobInfo {
  id: string;
  kind: JobKind;
  /** What the job is about, for the notice: the file's name, the plan's title. */
  label: string;
  state: JobState;
  /** False once the job is past the point where Batal can stop it (a restore replacing the database). */
  cancellable: boolean;
  progress: JobProgress;
  startedAt: string;
  endedAt: string | null;
  result: JobResult | null;
  /** Why it failed: an i18n key and its parameters. */
  error: { key: string; params?: Record<string, string | number> } | null;
}

/** A job's progress as a share of the whole (0–1), or null while the total is unknown. */
export function progressShare(progress: JobProgress): number | null {
  if (progress.total === null || progress.total <= 0) return null;
  return Math.min(1, progress.done / progress.total);
}
