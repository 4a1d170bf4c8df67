import type { DirectoryKind } from '../../../shared/domain/directory-links';
import type { Db } from '../../db/connection';

/** The statements of a merge (electron/directory/merge.ts): references read from the schema, moved, the record deleted. */

export interface Reference {
  table: string;
  column: string;
}

/**
 * The columns that refer to a table's rows, read from the schema's foreign keys, so a table added
 * by a later migration is not forgotten.
 */
export function referencesTo(db: Db, target: string): Reference[] {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
  const found: Reference[] = [];
  for (const table of tables) {
    const keys = db.prepare(`PRAGMA foreign_key_list(${JSON.stringify(table)})`).all() as {
      table: string;
      from: string;
      to: string | null;
    }[];
    for (const key of keys)
      if (key.table === target && (key.to ?? 'id') === 'id') found.push({ table, column: key.from });
  }
  return found;
}

export function mergeRepository(db: Db) {
  const references = new Map<string, Reference[]>();
  return {
    referencesTo(kind: DirectoryKind): Reference[] {
      let found = references.get(kind);
      if (!found) references.set(kind, (found = referencesTo(db, kind)));
      return found;
    },

    /**
     * Moves a column's references from one id to another; a row the kept record already has (both
     * invited to one meeting, both supporting one plan row) is deleted instead. The number of rows.
     */
    move({ table, column }: Reference, from: string, to: string): number {
      const moved = db.prepare(`UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?`).run(to, from).changes;
      const dropped = db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(from).changes;
      return moved + dropped;
    },

    /** Deletes a record for good: its tombstone (migration 009's trigger) carries the deletion to other offices. */
    deleteForGood(kind: DirectoryKind, id: string): void {
      db.prepare(`DELETE FROM ${kind} WHERE id = ?`).run(id);
    },
  };
}
