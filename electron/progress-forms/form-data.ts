import { randomUUID } from 'node:crypto';
import type { TimeZone } from '../../shared/domain/areas';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import { isOverdue, localDateIn } from '../../shared/domain/overdue';
import type { Db } from '../db/connection';
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

/** An open commitment with what forms and reminders show of it. */
export interface OpenCommitmentRow {
  id: string;
  contact_person_id: string | null;
  institution_id: string;
  institution_name: string;
  description: string;
  indicator: string | null;
  target: string | null;
  due_date: string | null;
  status: CommitmentStatus;
  updated_at: string;
  zone: TimeZone | null;
  meeting_title: string | null;
  meeting_date: string | null;
  last_on: string | null;
  last_percent: number | null;
  last_note: string | null;
}

const SELECT = `SELECT c.id, c.contact_person_id, c.institution_id, i.name AS institution_name, c.description, c.indicator, c.target,
    c.due_date, c.status, c.updated_at, c.meeting_zone AS zone, m.title AS meeting_title, m.date AS meeting_date,
    u.reported_on AS last_on, u.percent AS last_percent, u.note AS last_note
  FROM commitments c
  JOIN institutions i ON i.id = c.institution_id
  LEFT JOIN meetings m ON m.id = c.meeting_id
  LEFT JOIN commitment_updates u ON u.id = c.last_update_id
  WHERE c.listed = 1 AND c.status IN ('not_started', 'in_progress')`;
const ORDER = 'ORDER BY i.name COLLATE NOCASE, i.id, c.due_date IS NULL, c.due_date, c.meeting_at, c.position, c.id';

/** Institutions with open commitments, by name, with how many each has. */
export function institutionsWithOpenCommitments(db: Db): { id: string; name: string; open: number }[] {
  return db
    .prepare<[], { id: string; name: string; open: number }>(
      `SELECT i.id, i.name, count(*) AS open FROM commitments c JOIN institutions i ON i.id = c.institution_id
       WHERE c.listed = 1 AND c.status IN ('not_started', 'in_progress')
       GROUP BY i.id ORDER BY i.name COLLATE NOCASE, i.id`,
    )
    .all();
}

export interface FormContext {
  signing: FormSigning;
  officeName: string;
  officeZone: TimeZone;
  now: Date;
}

/**
 * The open commitments (not started or in progress, in the ledger) of one institution or of all,
 * by institution name, then due date (undated last), meeting and position.
 */
export function openCommitmentRows(db: Db, institutionId?: string): OpenCommitmentRow[] {
  return institutionId
    ? db.prepare<[string], OpenCommitmentRow>(`${SELECT} AND c.institution_id = ? ${ORDER}`).all(institutionId)
    : db.prepare<[], OpenCommitmentRow>(`${SELECT} ${ORDER}`).all();
}

/**
 * The forms of one institution (`institutionId`) or of every institution with open commitments,
 * read in one statement and grouped; each form gets a new id, so its rows belong to it alone.
 */
export function formSheets(db: Db, context: FormContext, institutionId?: string): FormSheet[] {
  const rows = openCommitmentRows(db, institutionId);
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
