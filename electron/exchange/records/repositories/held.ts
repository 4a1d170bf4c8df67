import type { Db } from '../../../db/connection';
import type { RecordData, RecordVersion } from '../../../../shared/exchange/versions';

/**
 * Versions that arrived but cannot be applied yet (migration 010, `exchange_held`): they wait,
 * whole, and every import tries them again after its own records.
 */

interface HeldRow {
  kind: string;
  id: string;
  owner_office_id: string;
  version: string;
  deleted: number;
  data: string | null;
}

export interface HeldRecords {
  get(kind: string, id: string): RecordVersion | null;
  put(record: RecordVersion, waitingFor: string): void;
  drop(kind: string, id: string): void;
  /** Every held version (a snapshot: the caller may put and drop while going through it). */
  all(): RecordVersion[];
}

function versionOf(row: HeldRow): RecordVersion {
  return {
    kind: row.kind,
    id: row.id,
    owner: row.owner_office_id,
    version: row.version,
    deleted: row.deleted === 1,
    data: row.data === null ? null : (JSON.parse(row.data) as RecordData),
  };
}

export function heldRecords(db: Db, now: () => Date): HeldRecords {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM exchange_held');
  const select = db.prepare<[string, string], HeldRow>('SELECT * FROM exchange_held WHERE kind = ? AND id = ?');
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO exchange_held (kind, id, owner_office_id, version, deleted, data, waiting_for, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM exchange_held WHERE kind = ? AND id = ?');
  // Most imports hold nothing: skip the look-up per record while the table is empty.
  let size = (count.get() as { n: number }).n;
  return {
    get(kind, id) {
      if (size === 0) return null;
      const row = select.get(kind, id);
      return row ? versionOf(row) : null;
    },
    put(record, waitingFor) {
      const data = record.data === null ? null : JSON.stringify(record.data);
      upsert.run(
        record.kind,
        record.id,
        record.owner,
        record.version,
        record.deleted ? 1 : 0,
        data,
        waitingFor,
        now().toISOString(),
      );
      size = (count.get() as { n: number }).n;
    },
    drop(kind, id) {
      if (size === 0) return;
      if (remove.run(kind, id).changes > 0) size--;
    },
    all() {
      if (size === 0) return [];
      return db.prepare<[], HeldRow>('SELECT * FROM exchange_held ORDER BY kind, id').all().map(versionOf);
    },
  };
}
