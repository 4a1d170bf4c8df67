import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { foldForSearch } from '../../shared/text/fold';
import type { Db } from '../db/connection';
import { parseRegionsCsv } from './parse';

export interface RegionLoadReport {
  loaded: number;
  skipped: boolean;
}

/**
 * Fills the areas table from the shipped, gzipped Kemendagri list on first run, in one
 * transaction (all or nothing). Rows are sorted by code so that every parent exists before its
 * children, which keeps the foreign key satisfied row by row.
 */
export function loadRegions(db: Db, gzFile: string): RegionLoadReport {
  const existing = (db.prepare('SELECT count(*) AS n FROM areas').get() as { n: number }).n;
  if (existing > 0) return { loaded: 0, skipped: true };
  const rows = parseRegionsCsv(gunzipSync(readFileSync(gzFile)).toString('utf8'));
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const insert = db.prepare(
    'INSERT INTO areas (code, name, level, kind, parent_code, search_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const row of rows)
      insert.run(row.code, row.name, row.level, row.kind, row.parentCode, foldForSearch(row.name));
  })();
  return { loaded: rows.length, skipped: false };
}
