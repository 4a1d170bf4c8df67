import type { AgendaItem, AgendaKind } from '../../../shared/domain/agenda';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ownerQuery } from './owner';

export interface AgendaFields {
  kind: AgendaKind;
  title: string;
  presenterPersonId: string | null;
  presenterInstitutionId: string | null;
  startTime: string | null;
  durationMinutes: number | null;
  notes: string | null;
}

interface AgendaRow {
  id: string;
  meeting_id: string;
  position: number;
  kind: AgendaKind;
  title: string;
  presenter_person_id: string | null;
  presenter_name: string | null;
  presenter_position: string | null;
  presenter_institution_id: string | null;
  presenter_institution_name: string | null;
  start_time: string | null;
  duration_minutes: number | null;
  notes: string | null;
  updated_at: string;
}

const SELECT = `SELECT a.id, a.meeting_id, a.position, a.kind, a.title, a.presenter_person_id, p.name AS presenter_name,
  p.position AS presenter_position, a.presenter_institution_id, i.name AS presenter_institution_name, a.start_time,
  a.duration_minutes, a.notes, a.updated_at
  FROM agenda_items a
  LEFT JOIN people p ON p.id = a.presenter_person_id
  LEFT JOIN institutions i ON i.id = a.presenter_institution_id`;

function toAgendaItem(row: AgendaRow): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    presenterPersonId: row.presenter_person_id,
    presenterName: row.presenter_name,
    presenterPosition: row.presenter_position,
    presenterInstitutionId: row.presenter_institution_id,
    presenterInstitutionName: row.presenter_institution_name,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    notes: row.notes,
    updatedAt: row.updated_at,
  };
}

/** Agenda items keep contiguous positions 0..n-1 within their meeting. */
export function agendaRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], AgendaRow>(`${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`);
  const ofMeeting = db.prepare<[string], AgendaRow>(
    `${SELECT} WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.position, a.id`,
  );
  const idsInOrder = db.prepare<[string], { id: string; position: number }>(
    'SELECT id, position FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, id',
  );
  const countOf = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL',
  );
  const makeRoom = db.prepare(
    `UPDATE agenda_items SET position = position + 1
     WHERE meeting_id = @meetingId AND deleted_at IS NULL AND position >= @position`,
  );
  const setPosition = db.prepare('UPDATE agenda_items SET position = @position WHERE id = @id');
  const insert = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, kind, title, presenter_person_id, presenter_institution_id,
       start_time, duration_minutes, notes, created_at, updated_at)
     VALUES (@id, @meetingId, @position, @kind, @title, @presenterPersonId, @presenterInstitutionId, @startTime,
       @durationMinutes, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE agenda_items SET kind = @kind, title = @title, presenter_person_id = @presenterPersonId,
       presenter_institution_id = @presenterInstitutionId, start_time = @startTime,
       duration_minutes = @durationMinutes, notes = @notes, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE agenda_items SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  // What was recorded under a deleted item stays in the meeting, without the link (see remove).
  const unlink = ['minutes_entries', 'decisions', 'commitments'].map((table) =>
    db.prepare(
      `UPDATE ${table} SET agenda_item_id = NULL, updated_at = @at
       WHERE meeting_id = @meetingId AND agenda_item_id = @id AND deleted_at IS NULL`,
    ),
  );

  /** Writes positions 0..n-1 in the given order, touching only the rows that move. */
  function writeOrder(ids: readonly string[], current: ReadonlyMap<string, number>): void {
    ids.forEach((id, position) => {
      if (current.get(id) !== position) setPosition.run({ id, position });
    });
  }

  function orderOf(meetingId: string): { ids: string[]; current: Map<string, number> } {
    const rows = idsInOrder.all(meetingId);
    return { ids: rows.map((r) => r.id), current: new Map(rows.map((r) => [r.id, r.position])) };
  }

  return {
    owner: ownerQuery(db, 'agenda_items'),

    get(id: string): AgendaItem | null {
      const row = byId.get(id);
      return row ? toAgendaItem(row) : null;
    },

    forMeeting(meetingId: string): AgendaItem[] {
      return ofMeeting.all(meetingId).map(toAgendaItem);
    },

    /** Appends, or inserts at `position` (0-based) and shifts the items from there down by one. */
    create(meetingId: string, fields: AgendaFields, position?: number): AgendaItem {
      const id = newId();
      db.transaction(() => {
        const count = countOf.get(meetingId)?.n ?? 0;
        const at = position === undefined ? count : Math.min(position, count);
        if (at < count) makeRoom.run({ meetingId, position: at });
        insert.run({ id, meetingId, position: at, ...fields, at: now().toISOString() });
      })();
      return this.get(id) as AgendaItem;
    },

    update(id: string, fields: AgendaFields): AgendaItem | null {
      const changed = update.run({ id, ...fields, at: now().toISOString() }).changes;
      return changed ? this.get(id) : null;
    },

    /**
     * Soft-deletes the item and closes the gap. Minutes entries, decisions and commitments recorded
     * under it are not deleted with it: what was said, decided and promised in the meeting stays in
     * the record (a commitment is followed up long after), it only loses the link to the item
     * (agenda_item_id becomes NULL) and is shown under "no agenda item".
     */
    remove(id: string, meetingId: string): boolean {
      return db.transaction(() => {
        const at = now().toISOString();
        if (softDelete.run({ id, at }).changes === 0) return false;
        for (const statement of unlink) statement.run({ id, meetingId, at });
        const { ids, current } = orderOf(meetingId);
        writeOrder(ids, current);
        return true;
      })();
    },

    /** Moves the item to `toPosition` (clamped to the last place) and renumbers 0..n-1. */
    move(id: string, meetingId: string, toPosition: number): AgendaItem[] {
      db.transaction(() => {
        const { ids, current } = orderOf(meetingId);
        const from = ids.indexOf(id);
        if (from < 0) return;
        ids.splice(from, 1);
        ids.splice(Math.min(toPosition, ids.length), 0, id);
        writeOrder(ids, current);
      })();
      return this.forMeeting(meetingId);
    },
  };
}
