import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Db } from '../db/connection';
import { countAreas, insertAreas } from './repository';
import { parseRegionsCsv } from './regions-csv';

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
  if (countAreas(db) > 0) return { loaded: 0, skipped: true };
  const rows = parseRegionsCsv(gunzipSync(readFileSync(gzFile)).toString('utf8'));
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  insertAreas(db, rows);
  return { loaded: rows.length, skipped: false };
}
