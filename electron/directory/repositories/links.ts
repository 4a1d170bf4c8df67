import type { DirectoryCopy, DirectoryKind } from '../../../shared/domain/directory-links';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { FOREIGN_OWNED, ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';

/**
 * Links between copies of one institution or person (migration 013, `directory_links`): this
 * office's own decision, never exchanged. A link rewrites no reference: it groups records, and the
 * queries that should see a group as one read it here (the directory's list, the ledger's
 * institution filter).
 */

/** SQL: the ids linked with the id in `param` (`@institutionId`), itself included. */
export function linkedIdsSql(kind: DirectoryKind, param: string): string {
  return `(SELECT ${param} UNION SELECT m.record_id FROM directory_links l
    JOIN directory_links m ON m.kind = l.kind AND m.group_id = l.group_id
    WHERE l.kind = '${kind}' AND l.record_id = ${param})`;
}

/**
 * SQL: true when `condition` holds for the row `alias` of `kind` or for a live copy linked with
 * it, so a group listed as one entry is found by any of its copies' spellings.
 */
export function inGroupSql(kind: DirectoryKind, alias: string, condition: (row: string) => string): string {
  return `(${condition(alias)} OR EXISTS (SELECT 1 FROM directory_links l
    JOIN directory_links m ON m.kind = l.kind AND m.group_id = l.group_id AND m.record_id <> l.record_id
    JOIN ${kind} c ON c.id = m.record_id AND c.deleted_at IS NULL
    WHERE l.kind = '${kind}' AND l.record_id = ${alias}.id AND ${condition('c')}))`;
}

/**
 * SQL: true when the row `alias` of `kind` is a linked copy listed under another member of its
 * group: the office's own record stands for the group, else the smallest id.
 */
export function hiddenCopySql(kind: DirectoryKind, alias: string): string {
  return `EXISTS (SELECT 1 FROM directory_links l
    JOIN directory_links m ON m.kind = l.kind AND m.group_id = l.group_id AND m.record_id <> l.record_id
    JOIN ${kind} o ON o.id = m.record_id AND o.deleted_at IS NULL
    WHERE l.kind = '${kind}' AND l.record_id = ${alias}.id
      AND (${FOREIGN_OWNED('o')}, o.id) < (${FOREIGN_OWNED(alias)}, ${alias}.id))`;
}

/**
 * SQL: a table `(id, rep)` of every linked record of `kind` and the record standing for its group
 * (the one the lists show: the office's own, else the smallest id), to count a group as one.
 */
export function groupRepresentativesSql(kind: DirectoryKind): string {
  return `(SELECT l.record_id AS id, (SELECT m.record_id FROM directory_links m
      JOIN ${kind} o ON o.id = m.record_id AND o.deleted_at IS NULL
      WHERE m.kind = l.kind AND m.group_id = l.group_id ORDER BY ${FOREIGN_OWNED('o')}, o.id LIMIT 1) AS rep
    FROM directory_links l WHERE l.kind = '${kind}')`;
}

interface CopyRow extends OriginColumns {
  of: string;
  id: string;
  name: string;
}

export function directoryLinksRepository(db: Db, now: Clock) {
  const groupOf = db
    .prepare<[string, string], string>('SELECT group_id FROM directory_links WHERE kind = ? AND record_id = ?')
    .pluck();
  const members = db
    .prepare<[string, string], string>(
      'SELECT record_id FROM directory_links WHERE kind = ? AND group_id = ? ORDER BY record_id',
    )
    .pluck();
  const put = db.prepare(
    'INSERT OR REPLACE INTO directory_links (kind, record_id, group_id, linked_at) VALUES (?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM directory_links WHERE kind = ? AND record_id = ?');
  const renameGroup = db.prepare('UPDATE directory_links SET group_id = ? WHERE kind = ? AND group_id = ?');
  const notDuplicate = db.prepare(
    'INSERT OR IGNORE INTO directory_not_duplicates (kind, first_id, second_id, decided_at) VALUES (?, ?, ?, ?)',
  );
  const notDuplicates = db.prepare<[string], { first_id: string; second_id: string }>(
    'SELECT first_id, second_id FROM directory_not_duplicates WHERE kind = ?',
  );
  const forgetDecisions = db.prepare(
    'DELETE FROM directory_not_duplicates WHERE kind = ? AND (first_id = ? OR second_id = ?)',
  );
  const allLinks = db.prepare<[string], { record_id: string; group_id: string }>(
    'SELECT record_id, group_id FROM directory_links WHERE kind = ?',
  );
  const copies = (kind: DirectoryKind) =>
    db.prepare<[string], CopyRow>(
      `SELECT l.record_id AS of, o.id, o.name, ${ORIGIN_COLUMNS('o')}
       FROM directory_links l
       JOIN directory_links m ON m.kind = l.kind AND m.group_id = l.group_id AND m.record_id <> l.record_id
       JOIN ${kind} o ON o.id = m.record_id AND o.deleted_at IS NULL
       WHERE l.kind = '${kind}' AND l.record_id IN (SELECT value FROM json_each(?))
       ORDER BY o.name COLLATE NOCASE, o.id`,
    );
  const copyStatements = { institutions: copies('institutions'), people: copies('people') };

  const drop = (kind: DirectoryKind, id: string) => {
    const group = groupOf.get(kind, id);
    if (group === undefined) return false;
    remove.run(kind, id);
    const rest = members.all(kind, group);
    if (rest.length === 1) remove.run(kind, rest[0] as string);
    else if (rest.length > 1 && group === id) renameGroup.run(rest[0] as string, kind, group);
    return true;
  };

  return {
    /** The other live records linked with each of `ids` (only ids that have any). */
    copiesOf(kind: DirectoryKind, ids: readonly string[]): Map<string, DirectoryCopy[]> {
      const result = new Map<string, DirectoryCopy[]>();
      if (ids.length === 0) return result;
      for (const row of copyStatements[kind].all(JSON.stringify(ids))) {
        const list = result.get(row.of) ?? [];
        list.push({ id: row.id, name: row.name, origin: originOfRow(row) });
        result.set(row.of, list);
      }
      return result;
    },

    /** The group each linked record is in (for the duplicate list: pairs already linked are left out). */
    groups(kind: DirectoryKind): Map<string, string> {
      return new Map(allLinks.all(kind).map((row) => [row.record_id, row.group_id]));
    },

    /** Links two records (and so their groups): one group, named by its smallest id. */
    link(kind: DirectoryKind, firstId: string, secondId: string): void {
      const groups = [firstId, secondId].map((id) => groupOf.get(kind, id) ?? id);
      const [into, other] = [...groups].sort() as [string, string];
      const at = now().toISOString();
      if (into !== other) renameGroup.run(into, kind, other);
      for (const id of [firstId, secondId]) if (groupOf.get(kind, id) !== into) put.run(kind, id, into, at);
    },

    /** Takes a record out of its group (a group of one is no group); false when it was not linked. */
    unlink(kind: DirectoryKind, id: string): boolean {
      return drop(kind, id);
    },

    /** Remembers that two records are not the same, so they are not offered again. */
    markNotDuplicate(kind: DirectoryKind, firstId: string, secondId: string): void {
      const [first, second] = [firstId, secondId].sort() as [string, string];
      notDuplicate.run(kind, first, second, now().toISOString());
    },

    /** The pairs marked not the same, as `first|second` with the smaller id first. */
    notDuplicates(kind: DirectoryKind): Set<string> {
      return new Set(notDuplicates.all(kind).map((row) => `${row.first_id}|${row.second_id}`));
    },

    /** A record merged into another: the kept one takes its place in its group, its decisions are forgotten. */
    transfer(kind: DirectoryKind, fromId: string, toId: string): void {
      const group = groupOf.get(kind, fromId);
      const others = group === undefined ? [] : members.all(kind, group).filter((id) => id !== fromId && id !== toId);
      drop(kind, fromId);
      for (const other of others) this.link(kind, toId, other);
      forgetDecisions.run(kind, fromId, fromId);
    },
  };
}
