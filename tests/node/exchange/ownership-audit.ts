import { expect } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import { PART_TABLES, RECORD_TABLES } from '../../../electron/db/migrations/009-ownership';
import { localOfficeId } from '../../../electron/db/ownership';
import { parseStamp } from '../../../shared/exchange/stamp';

/**
 * Snapshots of every exchanged record (its owner, version and data) and of the parts exchanged
 * inside a parent record, to check what one write did to versions and tombstones whatever the
 * write path.
 */

/** Columns kept locally by triggers: not part of a record. */
const LOCAL_COLUMNS = new Set([
  'owner_office_id',
  'version',
  'last_update_id',
  'listed',
  'meeting_zone',
  'meeting_at',
  'search_doc',
  'search_text',
]);

export interface RecordState {
  owner: string | null;
  version: string | null;
  data: string;
}

export type Snapshot = Map<string, RecordState>;

export const keyOf = (table: string, id: string) => `${table}/${id}`;

export function snapshot(db: Db): Snapshot {
  const states: Snapshot = new Map();
  for (const { table } of RECORD_TABLES) {
    for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) {
      const data = Object.fromEntries(Object.entries(row).filter(([column]) => !LOCAL_COLUMNS.has(column)));
      states.set(keyOf(table, row.id as string), {
        owner: row.owner_office_id as string | null,
        version: row.version as string | null,
        data: JSON.stringify(data),
      });
    }
  }
  return states;
}

/** The parts of each parent record: `parentTable/parentId` → the part rows, in a stable order. */
export function partsSnapshot(db: Db): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const { table, parent } of PART_TABLES) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[]) {
      const key = keyOf(parent.table, row[parent.column] as string);
      parts.set(key, [...(parts.get(key) ?? []), `${table}:${JSON.stringify(row)}`]);
    }
  }
  return new Map([...parts].map(([key, rows]) => [key, rows.join('\n')]));
}

export function clockOf(db: Db): string {
  return (
    db.prepare("SELECT json_extract(value, '$') AS v FROM settings WHERE key = 'exchange.clock'").get() as { v: string }
  ).v;
}

export function tombstones(db: Db): Map<string, { owner: string; version: string }> {
  const rows = db.prepare('SELECT kind, id, owner_office_id, version FROM exchange_tombstones').all() as {
    kind: string;
    id: string;
    owner_office_id: string;
    version: string;
  }[];
  return new Map(rows.map((r) => [keyOf(r.kind, r.id), { owner: r.owner_office_id, version: r.version }]));
}

export type Operation = 'insert' | 'update' | 'delete' | 'parts';

/**
 * Runs one write and checks what it did: a new record is the local office's, stamped above
 * everything issued before; a changed record (or one whose parts changed) has a newer version; a
 * record gone has a tombstone stamped after the write began. Returns the operations seen per table.
 */
export async function audited(db: Db, write: () => Promise<unknown>): Promise<Map<string, Set<Operation>>> {
  const local = localOfficeId(db);
  const before = snapshot(db);
  const partsBefore = partsSnapshot(db);
  const clockBefore = clockOf(db);
  await write();
  const after = snapshot(db);
  const partsAfter = partsSnapshot(db);
  const stones = tombstones(db);
  const seen = new Map<string, Set<Operation>>();
  const saw = (key: string, operation: Operation) => {
    const table = key.split('/')[0] as string;
    seen.set(table, (seen.get(table) ?? new Set()).add(operation));
  };
  const isStamp = (version: string | null) => version !== null && parseStamp(version)?.office === local;
  for (const [key, state] of after) {
    const old = before.get(key);
    if (state.owner === null) continue; // seeded catalogue rows: shared, never exchanged
    const version = state.version ?? '';
    if (!old) {
      expect(state.owner, key).toBe(local);
      expect(isStamp(state.version), `${key} ${state.version}`).toBe(true);
      expect(version > clockBefore, `${key} new, stamped after the write began`).toBe(true);
      saw(key, 'insert');
    } else if (old.data !== state.data) {
      expect(version > (old.version ?? ''), `${key} changed, version rose`).toBe(true);
      expect(version > clockBefore, `${key} changed, stamped after the write began`).toBe(true);
      saw(key, 'update');
    }
  }
  for (const [key, old] of before) {
    if (after.has(key) || old.owner === null) continue;
    const stone = stones.get(key);
    expect(stone, `${key} deleted, tombstone left`).toBeDefined();
    expect(stone?.owner).toBe(local);
    expect((stone?.version ?? '') > clockBefore).toBe(true);
    saw(key, 'delete');
  }
  for (const key of new Set([...partsBefore.keys(), ...partsAfter.keys()])) {
    if (partsBefore.get(key) === partsAfter.get(key) || !after.has(key)) continue;
    const version = after.get(key)?.version as string;
    expect(version > clockBefore, `${key} parts changed, version rose`).toBe(true);
    saw(key, 'parts');
  }
  expect(clockOf(db) >= clockBefore).toBe(true);
  return seen;
}
