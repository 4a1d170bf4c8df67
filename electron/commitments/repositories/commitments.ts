import type { TimeZone } from '../../../shared/domain/areas';
import type { Commitment, CommitmentStatus } from '../../../shared/domain/commitments';
import type { MeetingStatus } from '../../../shared/domain/meetings';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { FOREIGN_OWNED } from '../../db/ownership';
import { ownerQuery } from '../../meetings/repositories/owner';

export interface CommitmentFields {
  agendaItemId: string | null;
  institutionId: string;
  contactPersonId: string | null;
  description: string;
  dueDate: string | null;
  indicator: string | null;
  target: string | null;
}

interface CommitmentRow {
  id: string;
  meeting_id: string | null;
  agenda_item_id: string | null;
  institution_id: string;
  institution_name: string;
  contact_person_id: string | null;
  contact_person_name: string | null;
  description: string;
  due_date: string | null;
  indicator: string | null;
  target: string | null;
  status: CommitmentStatus;
  position: number;
  updated_at: string;
}

const SELECT = `SELECT c.id, c.meeting_id, c.agenda_item_id, c.institution_id, i.name AS institution_name,
  c.contact_person_id, p.name AS contact_person_name, c.description, c.due_date, c.indicator, c.target, c.status,
  c.position, c.updated_at
  FROM commitments c
  JOIN institutions i ON i.id = c.institution_id
  LEFT JOIN people p ON p.id = c.contact_person_id`;

function toCommitment(row: CommitmentRow): Commitment {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    contactPersonId: row.contact_person_id,
    contactPersonName: row.contact_person_name,
    description: row.description,
    dueDate: row.due_date,
    indicator: row.indicator,
    target: row.target,
    status: row.status,
    position: row.position,
    updatedAt: row.updated_at,
  };
}

/** Where a commitment stands for the follow-up: its meeting (copied columns and details). */
export interface CommitmentFollowUp {
  status: CommitmentStatus;
  meetingId: string | null;
  /** The meeting's zone; null without a meeting (the office's zone applies). */
  meetingZone: TimeZone | null;
  /** `YYYY-MM-DD HH:MM` of the meeting, for "earlier/later meeting" comparisons. */
  meetingAt: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  meetingStatus: MeetingStatus | null;
  /** Owned by another office (issue 11): read only here, progress reports aside. */
  foreign: boolean;
}

/** Commitments made in a meeting; the follow-up ledger reads the same rows later. */
export function commitmentsRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], CommitmentRow>(`${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`);
  const ofMeeting = db.prepare<[string], CommitmentRow>(
    `${SELECT} WHERE c.meeting_id = ? AND c.deleted_at IS NULL ORDER BY c.position, c.id`,
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(position), -1) + 1 AS next FROM commitments WHERE meeting_id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO commitments (id, meeting_id, agenda_item_id, institution_id, contact_person_id, description, due_date,
       indicator, target, status, position, created_at, updated_at)
     VALUES (@id, @meetingId, @agendaItemId, @institutionId, @contactPersonId, @description, @dueDate, @indicator,
       @target, 'not_started', @position, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE commitments SET agenda_item_id = @agendaItemId, institution_id = @institutionId,
       contact_person_id = @contactPersonId, description = @description, due_date = @dueDate, indicator = @indicator,
       target = @target, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE commitments SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const followUpOf = db.prepare<
    [string],
    {
      status: CommitmentStatus;
      meeting_id: string | null;
      meeting_zone: TimeZone | null;
      meeting_at: string | null;
      meeting_title: string | null;
      meeting_date: string | null;
      meeting_status: MeetingStatus | null;
      foreign_owned: number;
    }
  >(
    `SELECT c.status, c.meeting_id, c.meeting_zone, c.meeting_at, m.title AS meeting_title, m.date AS meeting_date,
       m.status AS meeting_status, ${FOREIGN_OWNED('c')} AS foreign_owned
     FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id WHERE c.id = ? AND c.deleted_at IS NULL`,
  );
  // completed_on is the local date the commitment became done; it is cleared when it leaves done.
  const setStatus = db.prepare(
    `UPDATE commitments SET status = @status, completed_on = @completedOn, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const live = db.prepare<[string], { id: string }>(
    'SELECT id FROM commitments WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  );
  const touch = db.prepare('UPDATE commitments SET updated_at = @at WHERE id = @id AND deleted_at IS NULL');

  return {
    owner: ownerQuery(db, 'commitments'),

    get(id: string): Commitment | null {
      const row = byId.get(id);
      return row ? toCommitment(row) : null;
    },

    forMeeting(meetingId: string): Commitment[] {
      return ofMeeting.all(meetingId).map(toCommitment);
    },

    /** A new commitment, not started, after the meeting's others. */
    create(meetingId: string, fields: CommitmentFields): Commitment {
      const id = newId();
      db.transaction(() => {
        const position = nextPosition.get(meetingId)?.next ?? 0;
        insert.run({ id, meetingId, ...fields, position, at: now().toISOString() });
      })();
      return this.get(id) as Commitment;
    },

    update(id: string, fields: CommitmentFields): Commitment | null {
      return update.run({ id, ...fields, at: now().toISOString() }).changes ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: now().toISOString() }).changes > 0;
    },

    followUp(id: string): CommitmentFollowUp | null {
      const row = followUpOf.get(id);
      return row
        ? {
            status: row.status,
            meetingId: row.meeting_id,
            meetingZone: row.meeting_zone,
            meetingAt: row.meeting_at,
            meetingTitle: row.meeting_title,
            meetingDate: row.meeting_date,
            meetingStatus: row.meeting_status,
            foreign: row.foreign_owned === 1,
          }
        : null;
    },

    /** Moves the status; `completedOn` (the local date it became done) only while done. */
    setStatus(id: string, status: CommitmentStatus, completedOn: string | null): boolean {
      return (
        setStatus.run({ id, status, completedOn: status === 'done' ? completedOn : null, at: now().toISOString() })
          .changes > 0
      );
    },

    /** Marks the commitment as changed now (a progress update was added). */
    /** The ids of `ids` that name live commitments. */
    liveIds(ids: readonly string[]): Set<string> {
      return ids.length ? new Set(live.all(JSON.stringify(ids)).map((c) => c.id)) : new Set();
    },

    touch(id: string): void {
      touch.run({ id, at: now().toISOString() });
    },
  };
}
