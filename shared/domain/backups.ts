import type { FileDownload } from './files';

/**
 * Backups of the office's database (issue 7). A backup is one SQLite file in `<dataDir>/backups/`
 * named `sirakor-<yyyy-mm-dd>T<hhmmss>-<kind>.sqlite` (the computer's local time), with a JSON
 * sidecar describing it. Its id is the file name without `.sqlite`.
 */
export const BACKUP_KINDS = ['auto', 'quit', 'manual', 'pre-migration', 'pre-restore'] as const;
/**
 * - `auto`: the daily copy taken while the app runs;
 * - `quit`: taken when the app closes;
 * - `manual`: "Cadangkan sekarang";
 * - `pre-migration`: taken before an update changes the database structure;
 * - `pre-restore`: the data as it was just before a restore replaced it.
 */
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Kinds the retention rule (7 daily + 4 weekly) may delete; the others are kept until deleted by hand. */
export const AUTOMATIC_BACKUP_KINDS: readonly BackupKind[] = ['auto', 'quit'];

/** `sirakor-2025-10-17T083000-manual`, optionally `-2`… when two are made in the same second. */
export const BACKUP_ID_PATTERN =
  /^sirakor-(\d{4}-\d{2}-\d{2})T(\d{6})-(auto|quit|manual|pre-migration|pre-restore)(?:-(\d{1,3}))?$/;

/** Rows of the main tables (live rows: soft-deleted ones are not counted). */
export interface RecordCounts {
  meetings: number;
  commitments: number;
  people: number;
  institutions: number;
  planRows: number;
}

export interface BackupInfo {
  id: string;
  /** The file name, `<id>.sqlite`. */
  fileName: string;
  kind: BackupKind;
  /** ISO instant the copy was taken. */
  createdAt: string;
  /** The local date of the copy, `YYYY-MM-DD` (from the file name). */
  localDate: string;
  sizeBytes: number;
  /** Null when the description could not be read (the file is damaged). */
  schemaVersion: number | null;
  appVersion: string | null;
  counts: RecordCounts | null;
}

export type AppState = 'ok' | 'recovery';

/** Why the app runs in recovery: the database failed its check, or is not a database at all. */
export type RecoveryReason = 'corrupt' | 'not-a-database';

export interface AppStatus {
  state: AppState;
  reason: RecoveryReason | null;
  /**
   * In recovery: the newest backup that passes SQLite's quick_check and that this app can open
   * (null when there is none). When the app is fine: the newest complete backup, not re-checked.
   */
  latestGoodBackup: BackupInfo | null;
}

export interface RestoreReport {
  /** Where the data came from: a backup of the list, or a file the user picked. */
  source: 'backup' | 'upload';
  /** The backup's id, or the picked file's name. */
  name: string;
  /** When that copy was taken (its description, or the date in its name); null if unknown. */
  backupCreatedAt: string | null;
  /** The latest change recorded in the restored data (`updated_at`), null for an empty database. */
  dataAsOf: string | null;
  /** The schema version of the file; older ones were migrated after the restore. */
  schemaVersion: number;
  migratedFrom: number | null;
  /** The counts in the restored file as it was checked, and in the database now in use. */
  countsRestored: RecordCounts;
  countsNow: RecordCounts;
  /** The copy of the replaced data (kind pre-restore); null when the replaced data could not be read. */
  preRestoreBackup: BackupInfo | null;
}

/**
 * A backup file handed over in parts: a ten-year database (600 MB and more) does not fit in one
 * answer. `offset` is where this part starts; call again with `nextOffset` until it is null, and
 * join the parts in order. A file up to one part long comes whole in the first answer.
 */
export interface BackupDownload extends FileDownload {
  offset: number;
  totalBytes: number;
  nextOffset: number | null;
}

/**
 * `backups.saveCopy`: the desktop app copies the backup itself to where the user chose (a USB
 * stick); `unsupported` tells the browser preview to download the file in parts instead.
 */
export interface BackupCopyResult {
  outcome: 'saved' | 'cancelled' | 'unsupported';
  /** The name of the file written, when saved. */
  fileName: string | null;
}

/** What the host has received of a file sent in parts for a restore (`backups.uploadChunk`). */
export interface UploadProgress {
  uploadId: string;
  receivedBytes: number;
}
