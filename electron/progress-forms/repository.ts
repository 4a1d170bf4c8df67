import type { TimeZone } from '../../shared/domain/areas';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import type { Db } from '../db/connection';

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

/**
 * The open commitments (not started or in progress, in the ledger) that progress forms and
 * WhatsApp reminders list: by institution name, then due date (undated last), meeting and position.
 */
export function openCommitmentsRepository(db: Db) {
  const all = db.prepare<[], OpenCommitmentRow>(`${SELECT} ${ORDER}`);
  const ofInstitution = db.prepare<[string], OpenCommitmentRow>(`${SELECT} AND c.institution_id = ? ${ORDER}`);
  const institutions = db.prepare<[], { id: string; name: string; open: number }>(
    `SELECT i.id, i.name, count(*) AS open FROM commitments c JOIN institutions i ON i.id = c.institution_id
     WHERE c.listed = 1 AND c.status IN ('not_started', 'in_progress')
     GROUP BY i.id ORDER BY i.name COLLATE NOCASE, i.id`,
  );
  return {
    /** Of one institution, or of all. */
    rows(institutionId?: string): OpenCommitmentRow[] {
      return institutionId ? ofInstitution.all(institutionId) : all.all();
    },
    /** Institutions with open commitments, by name, with how many each has. */
    institutions(): { id: string; name: string; open: number }[] {
      return institutions.all();
    },
  };
}
