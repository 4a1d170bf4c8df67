import type { Db } from '../../../db/connection';
import { PART_TABLES, RECORD_TABLES } from '../../../db/migrations/009-ownership';

/**
 * What the exchange knows of each record table, read from the schema itself (so a migration that
 * adds a column needs nothing here): the columns a record carries in its `data`, its part tables
 * (carried inside it as lists, one list per column, named `<part table>__<column>`), and the
 * references to check before a version is applied.
 */

/** Columns that are the record's envelope, or derived and kept by each installation itself. */
const ENVELOPE = new Set(['id', 'owner_office_id', 'version']);
const DERIVED = new Set(['search_text', 'is_seeded']);
/** Kept locally by migration 003's triggers (docs/exchange.md); a record never carries them. */
const LOCAL_ONLY: Record<string, ReadonlySet<string>> = {
  commitments: new Set(['last_update_id', 'listed', 'meeting_zone', 'meeting_at', 'search_doc']),
};
/** Personal contact details that stay home unless the user includes them (UU 27/2022). */
export const CONTACT_FIELDS: Record<string, readonly string[]> = { people: ['phone', 'email'] };

export interface Reference {
  column: string;
  /** The referenced table: a record table, or `areas` (shipped with Sirakor, never exchanged). */
  table: string;
  /** The referenced column (`id`, or `code` for areas). */
  to: string;
}

export interface PartTableInfo {
  table: string;
  parentColumn: string;
  /** The part's own columns, in the order of its lists. */
  columns: string[];
  references: Reference[];
}

export interface RecordTableInfo {
  kind: string;
  /** Position in RECORD_TABLES: parents come first. */
  rank: number;
  columns: string[];
  /** Columns that must not be null (a record lacking one is refused before SQLite is asked). */
  required: Set<string>;
  parts: PartTableInfo[];
  references: Reference[];
  /** The record a child belongs to (an agenda item's meeting): owned by the same office. */
  parent: { column: string; table: string } | null;
  seeded: boolean;
}

export interface RecordTables {
  list: RecordTableInfo[];
  byKind: Map<string, RecordTableInfo>;
}

interface ColumnRow {
  name: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface ForeignKeyRow {
  table: string;
  from: string;
  to: string | null;
}

export function partFieldName(part: string, column: string): string {
  return `${part}__${column}`;
}

function referencesOf(db: Db, table: string, skip: ReadonlySet<string>): Reference[] {
  return (db.prepare(`PRAGMA foreign_key_list(${table})`).all() as ForeignKeyRow[])
    .filter((key) => key.table !== 'offices' && !skip.has(key.from))
    .map((key) => ({ column: key.from, table: key.table, to: key.to ?? 'id' }));
}

const cache = new WeakMap<Db, RecordTables>();

export function recordTables(db: Db): RecordTables {
  const known = cache.get(db);
  if (known) return known;
  const list = RECORD_TABLES.map(({ table, parent, seeded }, rank): RecordTableInfo => {
    const localOnly = LOCAL_ONLY[table] ?? new Set<string>();
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as ColumnRow[]).filter(
      (column) => !ENVELOPE.has(column.name) && !DERIVED.has(column.name) && !localOnly.has(column.name),
    );
    const parts = PART_TABLES.filter((part) => part.parent.table === table).map((part): PartTableInfo => {
      const own = (db.prepare(`PRAGMA table_info(${part.table})`).all() as ColumnRow[])
        .map((column) => column.name)
        .filter((name) => name !== part.parent.column);
      const skip = new Set([part.parent.column]);
      return {
        table: part.table,
        parentColumn: part.parent.column,
        columns: own,
        references: referencesOf(db, part.table, skip),
      };
    });
    return {
      kind: table,
      rank,
      columns: columns.map((column) => column.name),
      required: new Set(columns.filter((c) => c.notnull && c.dflt_value === null).map((c) => c.name)),
      parts,
      references: referencesOf(db, table, localOnly),
      parent: parent ?? null,
      seeded: seeded ?? false,
    };
  });
  const tables = { list, byKind: new Map(list.map((info) => [info.kind, info])) };
  cache.set(db, tables);
  return tables;
}

/** A part table's rows as one JSON array of arrays, aliased `part:<table>` in the row. */
function partSubquery(part: PartTableInfo): string {
  const columns = part.columns.join(', ');
  return `(SELECT json_group_array(json_array(${columns})) FROM (SELECT ${columns} FROM ${part.table}
    WHERE ${part.parentColumn} = r.id ORDER BY ${columns})) AS "part:${part.table}"`;
}

/** SELECT of a table's records with their parts, `r` the table's alias; the caller adds WHERE and ORDER BY. */
export function selectRecordsSql(info: RecordTableInfo): string {
  const parts = info.parts.map((part) => `, ${partSubquery(part)}`).join('');
  return `SELECT r.id, r.owner_office_id, r.version, ${info.columns.map((c) => `r.${c}`).join(', ')}${parts}
    FROM ${info.kind} r`;
}
