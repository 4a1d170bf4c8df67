import type { Db } from '../connection';
import { nowIso } from '../ids';

export interface HistoryEntry {
  entity: string;
  entityId: string;
  action: string;
  changes?: unknown;
  reason?: string | null;
  meetingId?: string | null;
}

/** The append-only history table (the schema's triggers refuse updates and deletes). */
export function historyRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO history (at, entity, entity_id, action, changes, reason, meeting_id)
     VALUES (@at, @entity, @entityId, @action, @changes, @reason, @meetingId)`,
  );
  return {
    record(entry: HistoryEntry): void {
      insert.run({
        at: nowIso(),
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
        reason: entry.reason ?? null,
        meetingId: entry.meetingId ?? null,
      });
    },
  };
}
