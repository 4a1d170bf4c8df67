import type { MinutesEntry, MinutesKind } from '../../../shared/domain/minutes';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ownerQuery } from './owner';

export interface MinutesFields {
  kind: MinutesKind;
  speakerPersonId: string | null;
  speakerText: string | null;
  body: string;
}

/** The fields an update changes; absent ones stay as they are. */
type MinutesPatch = { [K in keyof MinutesFields]?: MinutesFields[K] | undefined };

interface MinutesRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  position: number;
  kind: MinutesKind;
  speaker_person_id: string | null;
  speaker_name: string | null;
  speaker_text: string | null;
  body: string;
  updated_at: string;
}

const COLUMNS = `e.id, e.meeting_id, e.agenda_item_id, e.position, e.kind, e.speaker_person_id,
  s.name AS speaker_name, e.speaker_text, e.body, e.updated_at`;

function toMinutesEntry(row: MinutesRow): MinutesEntry {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    position: row.position,
    kind: row.kind,
    speakerPersonId: row.speaker_person_id,
    speakerName: row.speaker_name,
    speakerText: row.speaker_text,
    body: row.body,
    updatedAt: row.updated_at,
  };
}

/**
 * Minutes entries are ordered within their agenda item (or within the entries that have none).
 * Positions only need to keep the order: deleting leaves a gap, inserting shifts what follows.
 */
export function minutesRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], MinutesRow>(
    `SELECT ${COLUMNS} FROM minutes_entries e LEFT JOIN people s ON s.id = e.speaker_person_id
     WHERE e.id = ? AND e.deleted_at IS NULL`,
  );
  // In the order of the agenda, then within each item; entries without an item come last.
  const ofMeeting = db.prepare<[string], MinutesRow>(
    `SELECT ${COLUMNS} FROM minutes_entries e
     LEFT JOIN people s ON s.id = e.speaker_person_id
     LEFT JOIN agenda_items a ON a.id = e.agenda_item_id
     WHERE e.meeting_id = ? AND e.deleted_at IS NULL
     ORDER BY a.position IS NULL, a.position, e.position, e.id`,
  );
  const placeOf = db.prepare<[string], { meeting_id: string; agenda_item_id: string | null; position: number }>(
    'SELECT meeting_id, agenda_item_id, position FROM minutes_entries WHERE id = ? AND deleted_at IS NULL',
  );
  const nextPosition = db.prepare<{ meetingId: string; agendaItemId: string | null }, { next: number }>(
    `SELECT coalesce(max(position), -1) + 1 AS next FROM minutes_entries
     WHERE meeting_id = @meetingId AND agenda_item_id IS @agendaItemId AND deleted_at IS NULL`,
  );
  const makeRoom = db.prepare(
    `UPDATE minutes_entries SET position = position + 1
     WHERE meeting_id = @meetingId AND agenda_item_id IS @agendaItemId AND deleted_at IS NULL AND position > @after`,
  );
  const insert = db.prepare(
    `INSERT INTO minutes_entries (id, meeting_id, agenda_item_id, position, kind, speaker_person_id, speaker_text,
       body, created_at, updated_at)
     VALUES (@id, @meetingId, @agendaItemId, @position, @kind, @speakerPersonId, @speakerText, @body, @at, @at)`,
  );
  // A field whose `set…` flag is 0 keeps its value (see MinutesPatch).
  const update = db.prepare(
    `UPDATE minutes_entries SET
       kind = CASE WHEN @setKind THEN @kind ELSE kind END,
       speaker_person_id = CASE WHEN @setSpeakerPerson THEN @speakerPersonId ELSE speaker_person_id END,
       speaker_text = CASE WHEN @setSpeakerText THEN @speakerText ELSE speaker_text END,
       body = CASE WHEN @setBody THEN @body ELSE body END,
       updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE minutes_entries SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );

  return {
    owner: ownerQuery(db, 'minutes_entries'),

    get(id: string): MinutesEntry | null {
      const row = byId.get(id);
      return row ? toMinutesEntry(row) : null;
    },

    forMeeting(meetingId: string): MinutesEntry[] {
      return ofMeeting.all(meetingId).map(toMinutesEntry);
    },

    /** Where an entry sits: its meeting, agenda item and position. */
    place(id: string): { meetingId: string; agendaItemId: string | null; position: number } | null {
      const row = placeOf.get(id);
      return row ? { meetingId: row.meeting_id, agendaItemId: row.agenda_item_id, position: row.position } : null;
    },

    /** Appends to the entries of the agenda item, or inserts right after the entry at `afterPosition`. */
    create(
      meetingId: string,
      agendaItemId: string | null,
      fields: MinutesFields,
      afterPosition: number | null,
    ): MinutesEntry {
      const id = newId();
      db.transaction(() => {
        let position: number;
        if (afterPosition === null) {
          position = nextPosition.get({ meetingId, agendaItemId })?.next ?? 0;
        } else {
          makeRoom.run({ meetingId, agendaItemId, after: afterPosition });
          position = afterPosition + 1;
        }
        insert.run({ id, meetingId, agendaItemId, position, ...fields, at: now().toISOString() });
      })();
      return this.get(id) as MinutesEntry;
    },

    /** The autosave target: one UPDATE by primary key, of the fields given. */
    update(id: string, patch: MinutesPatch): MinutesEntry | null {
      const changes = update.run({
        id,
        setKind: Number(patch.kind !== undefined),
        kind: patch.kind ?? null,
        setSpeakerPerson: Number(patch.speakerPersonId !== undefined),
        speakerPersonId: patch.speakerPersonId ?? null,
        setSpeakerText: Number(patch.speakerText !== undefined),
        speakerText: patch.speakerText ?? null,
        setBody: Number(patch.body !== undefined),
        body: patch.body ?? null,
        at: now().toISOString(),
      }).changes;
      return changes ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: now().toISOString() }).changes > 0;
    },
  };
}
