import type { Sector } from '../../../shared/domain/directory';
import type { Attendance, Participant, ParticipantRole } from '../../../shared/domain/participants';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ownerQuery } from './owner';

interface ParticipantFields {
  personId: string | null;
  /** For a person: their institution when invited, kept as a snapshot for the record. */
  institutionId: string | null;
  freeName: string | null;
  freePosition: string | null;
  role: ParticipantRole;
  invited: boolean;
  attendance: Attendance;
  arrivalTime: string | null;
}

interface AttendanceFields {
  attendance: Attendance;
  standInName: string | null;
  standInPosition: string | null;
  arrivalTime: string | null;
}

interface ParticipantRow {
  id: string;
  meeting_id: string;
  person_id: string | null;
  person_name: string | null;
  person_position: string | null;
  institution_id: string | null;
  institution_name: string | null;
  institution_short_name: string | null;
  institution_sector: Sector | null;
  free_name: string | null;
  free_position: string | null;
  role: ParticipantRole;
  invited: 0 | 1;
  attendance: Attendance;
  stand_in_name: string | null;
  stand_in_position: string | null;
  arrival_time: string | null;
  position: number;
  updated_at: string;
}

const SELECT = `SELECT mp.id, mp.meeting_id, mp.person_id, p.name AS person_name, p.position AS person_position,
  mp.institution_id, i.name AS institution_name, i.short_name AS institution_short_name,
  i.sector AS institution_sector, mp.free_name, mp.free_position,
  mp.role, mp.invited, mp.attendance, mp.stand_in_name, mp.stand_in_position, mp.arrival_time, mp.position,
  mp.updated_at
  FROM meeting_participants mp
  LEFT JOIN people p ON p.id = mp.person_id
  LEFT JOIN institutions i ON i.id = mp.institution_id`;

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    personId: row.person_id,
    personName: row.person_name,
    personPosition: row.person_position,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    institutionShortName: row.institution_short_name,
    institutionSector: row.institution_sector,
    freeName: row.free_name,
    freePosition: row.free_position,
    role: row.role,
    invited: row.invited === 1,
    attendance: row.attendance,
    standInName: row.stand_in_name,
    standInPosition: row.stand_in_position,
    arrivalTime: row.arrival_time,
    position: row.position,
    updatedAt: row.updated_at,
  };
}

export function participantsRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], ParticipantRow>(`${SELECT} WHERE mp.id = ? AND mp.deleted_at IS NULL`);
  const ofMeeting = db.prepare<[string], ParticipantRow>(
    `${SELECT} WHERE mp.meeting_id = ? AND mp.deleted_at IS NULL ORDER BY mp.position, mp.id`,
  );
  const withPerson = db.prepare<{ meetingId: string; personId: string }, { id: string }>(
    `SELECT id FROM meeting_participants
     WHERE meeting_id = @meetingId AND person_id = @personId AND deleted_at IS NULL`,
  );
  const withWholeInstitution = db.prepare<{ meetingId: string; institutionId: string }, { id: string }>(
    `SELECT id FROM meeting_participants
     WHERE meeting_id = @meetingId AND institution_id = @institutionId AND person_id IS NULL AND free_name IS NULL
       AND deleted_at IS NULL`,
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(position), -1) + 1 AS next FROM meeting_participants WHERE meeting_id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO meeting_participants (id, meeting_id, person_id, institution_id, free_name, free_position, role,
       invited, attendance, arrival_time, position, created_at, updated_at)
     VALUES (@id, @meetingId, @personId, @institutionId, @freeName, @freePosition, @role, @invited, @attendance,
       @arrivalTime, @position, @at, @at)`,
  );
  const setRole = db.prepare(
    'UPDATE meeting_participants SET role = @role, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const setAttendance = db.prepare(
    `UPDATE meeting_participants SET attendance = @attendance, stand_in_name = @standInName,
       stand_in_position = @standInPosition, arrival_time = @arrivalTime, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const linkPerson = db.prepare(
    `UPDATE meeting_participants SET person_id = @personId, institution_id = @institutionId, free_name = NULL,
       free_position = NULL, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE meeting_participants SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );

  return {
    owner: ownerQuery(db, 'meeting_participants'),

    get(id: string): Participant | null {
      const row = byId.get(id);
      return row ? toParticipant(row) : null;
    },

    forMeeting(meetingId: string): Participant[] {
      return ofMeeting.all(meetingId).map(toParticipant);
    },

    hasPerson(meetingId: string, personId: string): boolean {
      return withPerson.get({ meetingId, personId }) !== undefined;
    },

    /** Whether the institution is already invited as a whole (not through one of its people). */
    hasWholeInstitution(meetingId: string, institutionId: string): boolean {
      return withWholeInstitution.get({ meetingId, institutionId }) !== undefined;
    },

    /** Appends to the meeting's list. */
    add(meetingId: string, fields: ParticipantFields): Participant {
      const id = newId();
      insert.run({
        id,
        meetingId,
        ...fields,
        invited: fields.invited ? 1 : 0,
        position: nextPosition.get(meetingId)?.next ?? 0,
        at: now().toISOString(),
      });
      return this.get(id) as Participant;
    },

    setRole(id: string, role: ParticipantRole): Participant | null {
      return setRole.run({ id, role, at: now().toISOString() }).changes ? this.get(id) : null;
    },

    setAttendance(id: string, fields: AttendanceFields): Participant | null {
      return setAttendance.run({ id, ...fields, at: now().toISOString() }).changes ? this.get(id) : null;
    },

    /** Links a walk-in to the directory entry made for them; the free name is then the person's. */
    linkPerson(id: string, personId: string, institutionId: string | null): Participant | null {
      return linkPerson.run({ id, personId, institutionId, at: now().toISOString() }).changes ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: now().toISOString() }).changes > 0;
    },
  };
}
