import { createHash } from 'node:crypto';
import { LIMITS } from '../../shared/api/schemas/common';
import type { TimeZone } from '../../shared/domain/areas';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import type { ImportProblem } from '../../shared/domain/import-problem';
import type { FormRowReport } from '../../shared/domain/progress-forms';
import { localDateIn } from '../../shared/domain/overdue';
import { formatDateId } from '../../shared/format/dates';
import type { Repositories } from '../db/repositories';
import { isBlank, isUnreadable, problemAt, textOf } from '../spreadsheets/cells';
import { readDate, readPercent, readStatus, readText, type CellRead } from './cell-values';
import type { RawForm, RawFormRow } from './form-read';
import { COLUMNS, FORM_COLUMNS, HEADER_ROW, type EditableKey } from './layout';
import { checkFormCode, checkRowCode, type FormSigning } from './signing';

/**
 * Judges a returned form against the database: its code and every row's (HMAC with this
 * installation's secret), the commitment each row stands for, and the cells the institution
 * filled. Every problem names its row and column in Indonesian; a row that cannot be trusted gets
 * a message of its own, so a form from another office or a forged row is never silently skipped.
 * The result lists the reports a clean form would add (`writes`); form-import.ts applies them.
 */

export interface FormWrite {
  commitmentId: string;
  reportedOn: string;
  status: CommitmentStatus | null;
  percent: number | null;
  note: string | null;
  reporter: string | null;
  fingerprint: string;
}

export interface CheckedForm {
  institutionId: string | null;
  institutionName: string | null;
  formDate: string | null;
  rows: FormRowReport[];
  problems: ImportProblem[];
  writes: FormWrite[];
}

export interface CheckContext {
  repos: Repositories;
  signing: FormSigning;
  now: Date;
  officeZone: TimeZone;
  /** Whether a report with this fingerprint is already recorded. */
  recorded(fingerprint: string): boolean;
}

const MAX_REPORTER = 200;

/** The same report always has the same fingerprint, whichever form (or copy of it) carried it. */
export function reportFingerprint(write: Omit<FormWrite, 'fingerprint'>): string {
  const fields = [write.commitmentId, write.reportedOn, write.status, write.percent, write.note, write.reporter];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function emptyRow(sheetRow: number): FormRowReport {
  return {
    sheetRow,
    commitmentId: null,
    description: null,
    outcome: 'error',
    stale: false,
    changedOn: null,
    statusBefore: null,
    status: null,
    percent: null,
    reportedOn: null,
    note: null,
    reporter: null,
  };
}

/** A problem at a cell of the form, with its header named. */
function cellProblem(key: string, row: number, column: number, extra: Record<string, string | number> = {}) {
  const header = Object.values(FORM_COLUMNS)[column - 1]?.header ?? '';
  return problemAt(key, row, column, { header, ...extra });
}

type RowCells = { status: CommitmentStatus | null; percent: number | null; reportedOn: string | null } & {
  note: string | null;
  reporter: string | null;
};

/** The five cells of a row, each read or reported where it stands. */
function readCells(raw: RawFormRow, problems: ImportProblem[]): RowCells | null {
  const readers: Record<EditableKey, (value: RawFormRow['cells'][EditableKey]) => CellRead<unknown>> = {
    status: (v) => readStatus(v as never),
    percent: (v) => readPercent(v as never, raw.percentFormat),
    reportedOn: (v) => readDate(v as never),
    done: (v) => readText(v as never, LIMITS.longText),
    reporter: (v) => readText(v as never, MAX_REPORTER),
  };
  const values: Partial<Record<EditableKey, unknown>> = {};
  let ok = true;
  for (const key of Object.keys(readers) as EditableKey[]) {
    const value = raw.cells[key];
    const column = COLUMNS[key];
    if (isUnreadable(value)) {
      ok = false;
      const key2 = 'formula' in value ? 'forms.import.formula' : 'forms.import.cellError';
      problems.push(cellProblem(key2, raw.sheetRow, column, { value: textOf(value) }));
      continue;
    }
    const read = readers[key](value);
    if (!read.ok) {
      ok = false;
      problems.push(cellProblem(read.key, raw.sheetRow, column, { value: textOf(value).slice(0, 60) }));
    } else values[key] = read.value;
  }
  if (!ok) return null;
  return {
    status: (values.status as CommitmentStatus | null) ?? null,
    percent: (values.percent as number | null) ?? null,
    reportedOn: (values.reportedOn as string | null) ?? null,
    note: (values.done as string | null) ?? null,
    reporter: (values.reporter as string | null) ?? null,
  };
}

export function checkForm(raw: RawForm, context: CheckContext): CheckedForm {
  const { repos, signing } = context;
  const problems: ImportProblem[] = [...raw.layoutProblems];
  const rows: FormRowReport[] = [];
  const writes: FormWrite[] = [];
  const form = checkFormCode(signing, raw.formCode);
  const institution = form.code ? repos.institutions.get(form.code.institutionId) : null;
  const result = (): CheckedForm => ({
    institutionId: form.ok ? form.code.institutionId : null,
    institutionName: institution?.name ?? null,
    formDate: form.code ? localDateIn(context.officeZone, new Date(form.code.generatedAt)) : null,
    rows,
    problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? '')),
    writes,
  });

  // A form that cannot be trusted as a whole: said once for the file and once on every row.
  const distrust = !form.ok
    ? {
        otherOffice: 'forms.import.rowOfOtherOffice',
        damaged: 'forms.import.rowNotVerified',
        tampered: 'forms.import.rowNotVerified',
      }[form.reason]
    : !institution
      ? 'forms.import.rowNotVerified'
      : raw.layoutProblems.length > 0
        ? 'forms.import.rowLayoutChanged'
        : null;
  if (!form.ok) {
    const key = {
      otherOffice: 'forms.import.otherOffice',
      damaged: 'forms.import.formCodeDamaged',
      tampered: 'forms.import.formTampered',
    }[form.reason];
    problems.push(problemAt(key, null, null));
  } else if (!institution) problems.push(problemAt('forms.import.institutionGone', null, null));
  if (raw.truncated) problems.push(problemAt('forms.import.tooManyRows', null, null));
  if (distrust) {
    for (const raw1 of raw.rows) {
      rows.push(emptyRow(raw1.sheetRow));
      problems.push(problemAt(distrust, raw1.sheetRow, COLUMNS.code));
    }
    if (raw.rows.length === 0) problems.push(problemAt(distrust, HEADER_ROW, null));
    return result();
  }

  const formCode = form.ok ? form.code : null;
  if (!formCode || !institution) return result();
  const seen = new Map<string, number>();
  const today = localDateIn('WIT', context.now);
  for (const rawRow of raw.rows) {
    const report = emptyRow(rawRow.sheetRow);
    rows.push(report);
    const at = rawRow.sheetRow;
    // A row left empty reports nothing, whatever became of its commitment since.
    if (Object.values(rawRow.cells).every(isBlank)) {
      report.outcome = 'empty';
      continue;
    }
    const codeText = typeof rawRow.code === 'string' ? rawRow.code.trim() : null;
    if (rawRow.code === null || rawRow.code === undefined || codeText === '') {
      problems.push(problemAt('forms.import.rowWithoutCode', at, COLUMNS.code));
      continue;
    }
    const code = codeText === null ? null : checkRowCode(signing, formCode.formId, codeText);
    if (!code || (!code.ok && !code.code)) {
      problems.push(problemAt('forms.import.codeDamaged', at, COLUMNS.code));
      continue;
    }
    if (code.code && code.code.institutionId !== formCode.institutionId) {
      const other = repos.institutions.get(code.code.institutionId)?.name ?? '–';
      problems.push(problemAt('forms.import.otherInstitution', at, COLUMNS.code, { institution: other }));
      continue;
    }
    if (!code.ok) {
      problems.push(problemAt('forms.import.codeTampered', at, COLUMNS.code));
      continue;
    }
    const { commitmentId, stamp } = code.code;
    report.commitmentId = commitmentId;
    const earlier = seen.get(commitmentId);
    if (earlier !== undefined) {
      problems.push(problemAt('forms.import.duplicateRow', at, COLUMNS.code, { other: earlier }));
      continue;
    }
    seen.set(commitmentId, at);
    const commitment = repos.commitments.get(commitmentId);
    const facts = commitment ? repos.commitments.followUp(commitmentId) : null;
    if (!commitment || !facts) {
      problems.push(problemAt('forms.import.commitmentGone', at, COLUMNS.code));
      continue;
    }
    report.description = commitment.description;
    report.statusBefore = commitment.status;
    if (commitment.institutionId !== formCode.institutionId) {
      problems.push(
        problemAt('forms.import.commitmentMoved', at, COLUMNS.code, { institution: commitment.institutionName }),
      );
      continue;
    }
    const rowProblems: ImportProblem[] = [];
    const cells = readCells(rawRow, rowProblems);
    if (cells) Object.assign(report, cells);
    const filled =
      cells && (cells.status ?? cells.percent ?? cells.reportedOn ?? cells.note ?? cells.reporter) !== null;
    if (cells && !filled) {
      report.outcome = 'empty';
      continue;
    }
    if (cells && cells.reportedOn === null)
      rowProblems.push(cellProblem('forms.import.dateRequired', at, COLUMNS.reportedOn));
    if (cells && cells.status === null && cells.percent === null && cells.note === null)
      rowProblems.push(cellProblem('forms.import.nothingReported', at, COLUMNS.status));
    if (cells?.reportedOn && cells.reportedOn > today)
      rowProblems.push(
        cellProblem('forms.import.futureDate', at, COLUMNS.reportedOn, { value: formatDateId(cells.reportedOn) }),
      );
    if (cells?.reportedOn && facts.meetingDate && cells.reportedOn < facts.meetingDate)
      rowProblems.push(
        cellProblem('forms.import.beforeMeeting', at, COLUMNS.reportedOn, {
          value: formatDateId(cells.reportedOn),
          meeting: formatDateId(facts.meetingDate),
        }),
      );
    if (!cells || rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const reportedOn = cells.reportedOn as string;
    const write = {
      commitmentId,
      reportedOn,
      status: cells.status,
      percent: cells.percent,
      note: cells.note,
      reporter: cells.reporter,
    };
    const fingerprint = reportFingerprint(write);
    if (context.recorded(fingerprint)) {
      report.outcome = 'unchanged';
      continue;
    }
    report.outcome = 'new';
    if (commitment.updatedAt > stamp) {
      report.stale = true;
      report.changedOn = localDateIn(facts.meetingZone ?? context.officeZone, new Date(commitment.updatedAt));
    }
    writes.push({ ...write, fingerprint });
  }
  return result();
}
