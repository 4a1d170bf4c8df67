import type { Decision } from '../../../shared/domain/minutes';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ownerQuery } from './owner';

interface DecisionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  number: number;
  body: string;
  updated_at: string;
}

const SELECT = 'SELECT id, meeting_id, agenda_item_id, number, body, updated_at FROM decisions';

function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    number: row.number,
    body: row.body,
    updatedAt: row.updated_at,
  };
}

/** Decisions are numbered 1..n per meeting in the order they were taken, as printed under KEPUTUSAN. */
export function decisionsRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], DecisionRow>(`${SELECT} WHERE id = ? AND deleted_at IS NULL`);
  const ofMeeting = db.prepare<[string], DecisionRow>(
    `${SELECT} WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY number, id`,
  );
  const nextNumber = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(number), 0) + 1 AS next FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO decisions (id, meeting_id, agenda_item_id, number, body, created_at, updated_at)
     VALUES (@id, @meetingId, @agendaItemId, @number, @body, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE decisions SET agenda_item_id = @agendaItemId, body = @body, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE decisions SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const closeGap = db.prepare(
    `UPDATE decisions SET number = number - 1
     WHERE meeting_id = @meetingId AND deleted_at IS NULL AND number > @number`,
  );

  return {
    owner: ownerQuery(db, 'decisions'),

    get(id: string): Decision | null {
      const row = byId.get(id);
      return row ? toDecision(row) : null;
    },

    forMeeting(meetingId: string): Decision[] {
      return ofMeeting.all(meetingId).map(toDecision);
    },

    create(meetingId: string, agendaItemId: string | null, body: string): Decision {
      const id = newId();
      db.transaction(() => {
        const number = nextNumber.get(meetingId)?.next ?? 1;
        insert.run({ id, meetingId, agendaItemId, number, body, at: now().toISOString() });
      })();
      return this.get(id) as Decision;
    },

    /** Changes the wording or the agenda item; the number stays. */
    update(id: string, agendaItemId: string | null, body: string): Decision | null {
      return update.run({ id, agendaItemId, body, at: now().toISOString() }).changes ? this.get(id) : null;
    },

    /** Soft-deletes the decision; the ones after it move up a number. */
    remove(id: string): boolean {
      return db.transaction(() => {
        const decision = byId.get(id);
        if (!decision) return false;
        softDelete.run({ id, at: now().toISOString() });
        closeGap.run({ meetingId: decision.meeting_id, number: decision.number });
        return true;
      })();
    },
  };
}
