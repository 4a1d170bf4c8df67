import { randomUUID } from 'node:crypto';
import type { TimeZone } from '../../shared/domain/areas';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import { isOverdue, localDateIn } from '../../shared/domain/overdue';
import type { OpenCommitmentRow } from './repository';
import { formCode, rowCode, type FormSigning } from './signing';

/**
 * What a progress form shows: one institution's open commitments (not started or in progress, in
 * the ledger), each with its meeting, due date, current status and latest progress, and the codes
 * that let the returned form be matched to them. Plain data, so a worker thread can write it.
 */
export interface FormCommitment {
  id: string;
  description: string;
  indicator: string | null;
  target: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  dueDate: string | null;
  overdue: boolean;
  status: CommitmentStatus;
  lastUpdate: { on: string; percent: number | null; note: string | null } | null;
  code: string;
}

export interface FormSheet {
  institutionId: string;
  institutionName: string;
  officeName: string;
  /** The office's today, `YYYY-MM-DD`. */
  generatedOn: string;
  code: string;
  commitments: FormCommitment[];
}

interface FormContext {
  signing: FormSigning;
  officeName: string;
  officeZone: TimeZone;
  now: Date;
}

/**
 * The forms of the open commitments read (of one institution or of every institution with open
 * commitments), grouped by institution; each form gets a new id, so its rows belong to it alone.
 */
export function formSheets(rows: readonly OpenCommitmentRow[], context: FormContext): FormSheet[] {
  const generatedAt = context.now.toISOString();
  const generatedOn = localDateIn(context.officeZone, context.now);
  const sheets: FormSheet[] = [];
  let current: FormSheet | null = null;
  let formId = '';
  for (const row of rows) {
    if (!current || current.institutionId !== row.institution_id) {
      formId = randomUUID();
      current = {
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        officeName: context.officeName,
        generatedOn,
        code: formCode(context.signing, { formId, institutionId: row.institution_id, generatedAt }),
        commitments: [],
      };
      sheets.push(current);
    }
    current.commitments.push({
      id: row.id,
      description: row.description,
      indicator: row.indicator,
      target: row.target,
      meetingTitle: row.meeting_title,
      meetingDate: row.meeting_date,
      dueDate: row.due_date,
      overdue: isOverdue({ status: row.status, dueDate: row.due_date }, row.zone ?? context.officeZone, context.now),
      status: row.status,
      lastUpdate: row.last_on ? { on: row.last_on, percent: row.last_percent, note: row.last_note } : null,
      code: rowCode(context.signing, formId, {
        commitmentId: row.id,
        institutionId: row.institution_id,
        stamp: row.updated_at,
      }),
    });
  }
  return sheets;
}
