import type { MeetingStatus } from '../../../shared/domain/meetings';
import type { Db } from '../../db/connection';

/** The meeting a record belongs to, with its status: what the lock check needs, in one query. */
export interface MeetingOwner {
  meetingId: string;
  status: MeetingStatus;
}

type PartTable = 'agenda_items' | 'meeting_participants' | 'minutes_entries' | 'decisions' | 'commitments';

/** `owner(id)` for one table of meeting parts: the active record's active meeting, or null. */
export function ownerQuery(db: Db, table: PartTable): (id: string) => MeetingOwner | null {
  const statement = db.prepare<[string], { meeting_id: string; status: MeetingStatus }>(
    `SELECT t.meeting_id, m.status FROM ${table} t JOIN meetings m ON m.id = t.meeting_id
     WHERE t.id = ? AND t.deleted_at IS NULL AND m.deleted_at IS NULL`,
  );
  return (id) => {
    const row = statement.get(id);
    return row ? { meetingId: row.meeting_id, status: row.status } : null;
  };
}
