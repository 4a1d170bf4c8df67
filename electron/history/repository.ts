import type { HistoryItem } from '../../shared/domain/history';
import type { Db } from '../db/connection';
import type { Clock } from '../db/clock';

interface HistoryEntry {
  entity: string;
  entityId: string;
  action: string;
  changes?: unknown;
  reason?: string | null;
  meetingId?: string | null;
}

interface HistoryRow {
  id: number;
  at: string;
  entity: string;
  entity_id: string;
  action: string;
  changes: string | null;
  reason: string | null;
}

function toHistoryItem(row: HistoryRow): HistoryItem {
  return {
    id: row.id,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    changes: row.changes === null ? null : (JSON.parse(row.changes) as unknown),
    reason: row.reason,
  };
}

/** The append-only history table (the schema's triggers refuse updates and deletes). */
export function historyRepository(db: Db, now: Clock) {
  const insert = db.prepare(
    `INSERT INTO history (at, entity, entity_id, action, changes, reason, meeting_id)
     VALUES (@at, @entity, @entityId, @action, @changes, @reason, @meetingId)`,
  );
  // Entries recorded for the meeting (its status, approval, unlock) and for what belongs to it
  // (commitments); both branches use an index (history_meeting, history_entity).
  const ofMeeting = db.prepare<{ id: string }, HistoryRow>(
    `SELECT id, at, entity, entity_id, action, changes, reason FROM history WHERE meeting_id = @id
     UNION
     SELECT id, at, entity, entity_id, action, changes, reason FROM history WHERE entity = 'meeting' AND entity_id = @id
     ORDER BY id DESC`,
  );
  const ofEntity = db.prepare<{ entity: string; id: string }, HistoryRow>(
    `SELECT id, at, entity, entity_id, action, changes, reason FROM history WHERE entity = @entity AND entity_id = @id
     ORDER BY id DESC`,
  );
  return {
    record(entry: HistoryEntry): void {
      insert.run({
        at: now().toISOString(),
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
        reason: entry.reason ?? null,
        meetingId: entry.meetingId ?? null,
      });
    },

    /** A meeting's timeline, newest first. */
    forMeeting(meetingId: string): HistoryItem[] {
      return ofMeeting.all({ id: meetingId }).map(toHistoryItem);
    },

    /** One record's timeline (a commitment's wording and status changes), newest first. */
    forEntity(entity: string, entityId: string): HistoryItem[] {
      return ofEntity.all({ entity, id: entityId }).map(toHistoryItem);
    },
  };
}
