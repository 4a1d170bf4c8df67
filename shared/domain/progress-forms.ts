import type { CommitmentStatus } from './commitments';
import type { ImportProblem } from './import-problem';

/**
 * A returned *formulir laporan progres* (issue 12): each row of the form as it would change its
 * commitment. `preview` reads and checks everything and writes nothing; `apply` writes the new
 * reports of the file whose preview the user saw, all in one transaction, or nothing.
 */
export const FORM_IMPORT_MODES = ['preview', 'apply'] as const;
export type FormImportMode = (typeof FORM_IMPORT_MODES)[number];

/**
 * `new`: a report to add; `unchanged`: this report is already recorded (the same form, or the same
 * words, imported before); `empty`: nothing filled in; `error`: something to fix (see problems).
 */
export type FormRowOutcome = 'new' | 'unchanged' | 'empty' | 'error';

export interface FormRowReport {
  sheetRow: number;
  /** Null when the row's code could not be read. */
  commitmentId: string | null;
  /** As recorded, not as the form shows it (the read-only cells of a returned file are not trusted). */
  description: string | null;
  outcome: FormRowOutcome;
  /**
   * The commitment changed after the form was made (a later report, a status move): the report may
   * be older than what is recorded. Applying such rows needs the user's explicit confirmation.
   */
  stale: boolean;
  /** The local date of the later change, when stale. */
  changedOn: string | null;
  statusBefore: CommitmentStatus | null;
  /** The report as read from the row (null where the cell was empty or could not be read). */
  status: CommitmentStatus | null;
  percent: number | null;
  reportedOn: string | null;
  note: string | null;
  reporter: string | null;
}

export interface FormImportReport {
  mode: FormImportMode;
  /** SHA-256 of the file: pass it back as `checkedSha256` to apply the previewed file. */
  sha256: string;
  institutionId: string | null;
  institutionName: string | null;
  /** When the form was made, `YYYY-MM-DD` (office's zone), if its code could be read. */
  formDate: string | null;
  rows: FormRowReport[];
  /** Every problem, by sheet row and column; the file applies only when there is none. */
  problems: ImportProblem[];
  counts: { new: number; unchanged: number; empty: number; error: number; stale: number };
  /** Reports written (apply only). */
  applied: number;
}
