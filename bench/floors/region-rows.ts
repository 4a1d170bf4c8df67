import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Db } from '../../electron/db/connection';
import { parseRegionsCsv } from '../../electron/regions/parse';
import { foldForSearch } from '../../shared/text/fold';
import { timeSeconds } from '../figure';

type Values = [string, string, string, string | null, string | null, string];

const parsed = new Map<string, Values[]>();

/** The rows `loadRegions` inserts, as bound values, read once per file (not timed). */
function regionValues(gzFile: string): Values[] {
  let values = parsed.get(gzFile);
  if (!values) {
    const rows = parseRegionsCsv(gunzipSync(readFileSync(gzFile)).toString('utf8'));
    rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    values = rows.map((row) => [row.code, row.name, row.level, row.kind, row.parentCode, foldForSearch(row.name)]);
    parsed.set(gzFile, values);
  }
  return values;
}

/**
 * The floor of `regions.load`: the same rows, parsed beforehand, inserted into the migrated areas
 * table in one transaction with one prepared single-row statement. Returns seconds.
 */
export async function insertRegionsFloor(db: Db, gzFile: string): Promise<number> {
  const values = regionValues(gzFile);
  const insert = db.prepare(
    'INSERT INTO areas (code, name, level, kind, parent_code, search_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const seconds = await timeSeconds(() =>
    db.transaction(() => {
      for (const row of values) insert.run(row);
    })(),
  );
  const { n } = db.prepare('SELECT count(*) AS n FROM areas').get() as { n: number };
  if (n !== values.length) throw new Error(`The floor inserted ${n} regions, expected ${values.length}`);
  return seconds;
}
