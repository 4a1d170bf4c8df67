import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { foldForSearch } from '../../shared/text/fold';
import type { Db } from '../db/connection';
import { parseRegionsCsv, type RegionRow } from './regions-csv';

export interface RegionLoadReport {
  loaded: number;
  skipped: boolean;
}

const COLUMNS = '(code, name, level, kind, parent_code, search_name)';
/** Rows per INSERT: one statement call per batch instead of per row roughly halves the insert time. */
const BATCH = 100;

function insertStatement(db: Db, rows: number) {
  return db.prepare(`INSERT INTO areas ${COLUMNS} VALUES ${Array(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`);
}

function valuesOf(rows: readonly RegionRow[]): (string | null)[] {
  return rows.flatMap((row) => [row.code, row.name, row.level, row.kind, row.parentCode, foldForSearch(row.name)]);
}

/**
 * Fills the areas table from the shipped, gzipped Kemendagri list on first run, in one
 * transaction (all or nothing). Rows are sorted by code so that every parent exists before its
 * children, which keeps the foreign key satisfied row by row. The table's indexes are dropped
 * for the bulk insert and rebuilt from their stored definitions afterwards, which is faster
 * than maintaining them row by row and keeps the schema exactly as the migrations made it.
 */
export function loadRegions(db: Db, gzFile: string): RegionLoadReport {
  const existing = (db.prepare('SELECT count(*) AS n FROM areas').get() as { n: number }).n;
  if (existing > 0) return { loaded: 0, skipped: true };
  const rows = parseRegionsCsv(gunzipSync(readFileSync(gzFile)).toString('utf8'));
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  db.transaction(() => {
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'areas' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    const batch = insertStatement(db, BATCH);
    const whole = rows.length - (rows.length % BATCH);
    for (let i = 0; i < whole; i += BATCH) batch.run(valuesOf(rows.slice(i, i + BATCH)));
    if (whole < rows.length) insertStatement(db, rows.length - whole).run(valuesOf(rows.slice(whole)));
    for (const index of indexes) db.exec(index.sql);
  })();
  return { loaded: rows.length, skipped: false };
}
