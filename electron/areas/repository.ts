import type { Area, AreaLevel, AreaWithPath } from '../../shared/domain/areas';
import { escapeLike, foldForSearch } from '../../shared/text/fold';
import type { Db } from '../db/connection';
import type { RegionRow } from './regions-csv';

interface AreaRow {
  code: string;
  name: string;
  level: AreaLevel;
  kind: Area['kind'];
  parent_code: string | null;
}

const COLUMNS = 'code, name, level, kind, parent_code';

function toArea(row: AreaRow): Area {
  return { code: row.code, name: row.name, level: row.level, kind: row.kind, parentCode: row.parent_code };
}

/** Codes sort so that everything under `73.04` lies in the range (`73.04.`, `73.04/`). */
function rangeUnder(code: string): { low: string; high: string } {
  return { low: `${code}.`, high: `${code}/` };
}

export function areasRepository(db: Db) {
  const byCode = db.prepare<[string], AreaRow>(`SELECT ${COLUMNS} FROM areas WHERE code = ?`);
  const children = db.prepare<[string], AreaRow>(`SELECT ${COLUMNS} FROM areas WHERE parent_code = ? ORDER BY name`);
  const provinces = db.prepare<[], AreaRow>(`SELECT ${COLUMNS} FROM areas WHERE parent_code IS NULL ORDER BY name`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM areas');

  function withPath(area: Area): AreaWithPath {
    const path: AreaWithPath['path'] = [];
    let parent = area.parentCode;
    while (parent) {
      const row = byCode.get(parent);
      if (!row) break;
      path.unshift({ code: row.code, name: row.name, level: row.level });
      parent = row.parent_code;
    }
    return { ...area, path };
  }

  return {
    get(code: string): AreaWithPath | null {
      const row = byCode.get(code);
      return row ? withPath(toArea(row)) : null;
    },

    exists(code: string): boolean {
      return byCode.get(code) !== undefined;
    },

    children(code: string | null): Area[] {
      return (code === null ? provinces.all() : children.all(code)).map(toArea);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    /**
     * Finds areas by name or code. Exact names rank first, then names starting with the query,
     * then names containing it; higher levels before villages of the same name.
     */
    search(options: {
      query: string;
      level?: AreaLevel | undefined;
      within?: string | undefined;
      near?: string | undefined;
      limit: number;
    }): AreaWithPath[] {
      const query = foldForSearch(options.query);
      const conditions: string[] = [];
      const params: Record<string, string | number> = { limit: options.limit };
      if (/^\d{2}(\.\d{1,4})*\.?$/.test(query)) {
        conditions.push("code >= @code AND code < @code || '~'");
        params.code = query;
      } else if (query) {
        conditions.push("search_name LIKE @contains ESCAPE '\\'");
        params.contains = `%${escapeLike(query)}%`;
        params.prefix = `${escapeLike(query)}%`;
        params.exact = query;
      }
      if (options.level) {
        conditions.push('level = @level');
        params.level = options.level;
      }
      if (options.within) {
        const { low, high } = rangeUnder(options.within);
        conditions.push('code > @low AND code < @high');
        params.low = low;
        params.high = high;
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      let rank = '';
      if (options.near) {
        const { low, high } = rangeUnder(options.near);
        rank += '(code = @near OR (code > @nearLow AND code < @nearHigh)) DESC, ';
        params.near = options.near;
        params.nearLow = low;
        params.nearHigh = high;
      }
      rank += params.exact
        ? "(search_name = @exact) DESC, (search_name LIKE @prefix ESCAPE '\\') DESC, length(code),"
        : 'length(code),';
      const rows = db
        .prepare<Record<string, string | number>, AreaRow>(
          `SELECT ${COLUMNS} FROM areas ${where} ORDER BY ${rank} name, code LIMIT @limit`,
        )
        .all(params);
      return rows.map((row) => withPath(toArea(row)));
    },
  };
}

const INSERT_COLUMNS = '(code, name, level, kind, parent_code, search_name)';
/** Rows per INSERT: one statement call per batch instead of per row roughly halves the insert time. */
const INSERT_BATCH = 100;

export function countAreas(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM areas').get() as { n: number }).n;
}

/**
 * Inserts the region list (parents before children) in one transaction. The table's indexes are
 * dropped for the bulk insert and rebuilt from their stored definitions afterwards, which is
 * faster than maintaining them row by row and keeps the schema exactly as the migrations made it.
 */
export function insertAreas(db: Db, rows: readonly RegionRow[]): void {
  const statement = (count: number) =>
    db.prepare(`INSERT INTO areas ${INSERT_COLUMNS} VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`);
  const values = (batch: readonly RegionRow[]) =>
    batch.flatMap((row) => [row.code, row.name, row.level, row.kind, row.parentCode, foldForSearch(row.name)]);
  db.transaction(() => {
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'areas' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    const batch = statement(INSERT_BATCH);
    const whole = rows.length - (rows.length % INSERT_BATCH);
    for (let i = 0; i < whole; i += INSERT_BATCH) batch.run(values(rows.slice(i, i + INSERT_BATCH)));
    if (whole < rows.length) statement(rows.length - whole).run(values(rows.slice(whole)));
    for (const index of indexes) db.exec(index.sql);
  })();
}
