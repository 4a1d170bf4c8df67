import type { Db } from '../../../db/connection';
import { CLOCK } from '../../../db/migrations/009-ownership';
import type { RecordVersion } from '../../../../shared/exchange/versions';
import { recordOfRow, type Row } from '../codec';
import { DOCUMENT_SETTINGS_KEY, FILE_FOLDERS } from '../files';
import { selectRecordsSql, type RecordTableInfo } from './tables';

/** The queries behind collect.ts: one office's records, tombstones and files in a range of stamps. */

export interface ChangeCounts {
  counts: Record<string, { changed: number; deleted: number }>;
  through: string | null;
  firstAt: string | null;
  lastAt: string | null;
}

export interface Range {
  office: string;
  since: string;
  upTo: string;
}

// Stamps are fixed-width text that sorts like the stamps; '' is below every stamp.
const RANGE = 'owner_office_id = @office AND version > @since AND version <= @upTo';

export function* liveRecords(db: Db, tables: RecordTableInfo[], range: Range, includeContacts: boolean) {
  for (const info of tables) {
    const rows = db.prepare<Range, Row>(`${selectRecordsSql(info)} WHERE r.${RANGE} ORDER BY r.version, r.id`);
    for (const row of rows.iterate(range)) yield recordOfRow(info, row, includeContacts);
  }
}

export function* tombstones(db: Db, tables: RecordTableInfo[], range: Range): Generator<RecordVersion> {
  const rows = db.prepare<Range & { kind: string }, { id: string; version: string }>(
    `SELECT id, version FROM exchange_tombstones WHERE kind = @kind AND ${RANGE} ORDER BY version, id`,
  );
  for (const { kind } of [...tables].reverse())
    for (const row of rows.iterate({ ...range, kind }))
      yield { kind, id: row.id, owner: range.office, version: row.version, deleted: true, data: null };
}

export function summaryOf(db: Db, tables: RecordTableInfo[], range: Range): ChangeCounts {
  const counts: ChangeCounts['counts'] = {};
  let first: string | null = null;
  let last: string | null = null;
  const add = (kind: string, live: number, deleted: number, low: string | null, high: string | null) => {
    if (live + deleted === 0) return;
    const count = (counts[kind] ??= { changed: 0, deleted: 0 });
    count.changed += live;
    count.deleted += deleted;
    if (low !== null && (first === null || low < first)) first = low;
    if (high !== null && (last === null || high > last)) last = high;
  };
  for (const { kind } of tables) {
    const row = db
      .prepare<Range, { n: number; low: string | null; high: string | null }>(
        `SELECT count(*) AS n, min(version) AS low, max(version) AS high FROM ${kind} WHERE ${RANGE}`,
      )
      .get(range) as { n: number; low: string | null; high: string | null };
    add(kind, row.n, 0, row.low, row.high);
  }
  const dead = db
    .prepare<Range, { kind: string; n: number; low: string; high: string }>(
      `SELECT kind, count(*) AS n, min(version) AS low, max(version) AS high FROM exchange_tombstones
       WHERE ${RANGE} GROUP BY kind`,
    )
    .all(range);
  for (const row of dead) add(row.kind, 0, row.n, row.low, row.high);
  // A stamp starts with its wall time in ISO form (shared/exchange/stamp.ts).
  const instant = (stamp: string | null) => (stamp === null ? null : stamp.slice(0, 24));
  return { counts, through: last, firstAt: instant(first), lastAt: instant(last) };
}

/** The clock's state: the highest stamp this office has issued. */
export function clockOf(db: Db): string | null {
  return (db.prepare(`SELECT ${CLOCK} AS clock`).get() as { clock: string | null }).clock;
}

export interface FileRow {
  kind: string;
  id: string;
  stored_name: string;
  size_bytes: number;
}

/** The live file records (evidence, meeting files) in the range. */
export function fileRows(db: Db, range: Range): FileRow[] {
  return Object.keys(FILE_FOLDERS).flatMap((kind) =>
    db
      .prepare<Range, Omit<FileRow, 'kind'>>(
        `SELECT id, stored_name, size_bytes FROM ${kind} WHERE ${RANGE} AND deleted_at IS NULL ORDER BY version, id`,
      )
      .all(range)
      .map((row) => ({ kind, ...row })),
  );
}

export function logoFile(db: Db): string | null {
  const row = db
    .prepare<[string], { file: unknown }>(
      `SELECT json_extract(value, '$.letterhead.logoFile') AS file FROM settings WHERE key = ?`,
    )
    .get(DOCUMENT_SETTINGS_KEY);
  return typeof row?.file === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(row.file) ? row.file : null;
}
