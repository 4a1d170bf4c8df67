import type { Db } from '../../electron/db/connection';
import { timeSeconds } from '../figure';

/** Rows and bytes of one table's content. */
export interface TableVolume {
  table: string;
  rows: number;
  bytes: number;
}

/** Tables written by migrations and the first-run load, not by the generator. */
const NOT_GENERATED = new Set(['areas', 'schema_migrations']);

/**
 * Rows and bytes (the stored length of every value) of each ordinary table; virtual tables and
 * their shadow tables (the FTS index) are index work, not rows written.
 */
export function tableVolumes(db: Db): TableVolume[] {
  const tables = db.prepare('PRAGMA main.table_list').all() as { name: string; type: string }[];
  return tables
    .filter(({ name, type }) => type === 'table' && !name.startsWith('sqlite_') && !NOT_GENERATED.has(name))
    .map(({ name }) => {
      const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
      const length = columns.map((column) => `coalesce(octet_length("${column.name}"), 0)`).join(' + ');
      const { rows, bytes } = db
        .prepare(`SELECT count(*) AS rows, coalesce(sum(${length}), 0) AS bytes FROM "${name}"`)
        .get() as {
        rows: number;
        bytes: number;
      };
      return { table: name, rows, bytes };
    });
}

/** What `after` holds beyond `before`, table by table. */
export function volumeAdded(before: readonly TableVolume[], after: readonly TableVolume[]): TableVolume[] {
  return after
    .map((table) => {
      const old = before.find((b) => b.table === table.table);
      return { table: table.table, rows: table.rows - (old?.rows ?? 0), bytes: table.bytes - (old?.bytes ?? 0) };
    })
    .filter((table) => table.rows > 0);
}

const ROWS_PER_INSERT = 100;
const ROWS_PER_TRANSACTION = 50_000;

/**
 * The floor of `generator.full`: as many rows and bytes as the generator wrote, table by table,
 * written with multi-row INSERTs into plain one-column tables (no indexes, no constraints, no
 * full-text index) in large transactions. `db` is a fresh connection with the app's pragmas.
 * Returns seconds.
 */
export async function writeBulkRows(db: Db, volumes: readonly TableVolume[]): Promise<number> {
  const plan = volumes.map((volume, i) => {
    const table = `t${i}`;
    db.exec(`CREATE TABLE ${table} (payload TEXT NOT NULL)`);
    const payload = 'x'.repeat(Math.max(1, Math.round(volume.bytes / volume.rows)));
    const many = db.prepare(`INSERT INTO ${table} (payload) VALUES ${Array(ROWS_PER_INSERT).fill('(?)').join(', ')}`);
    const one = db.prepare(`INSERT INTO ${table} (payload) VALUES (?)`);
    return { rows: volume.rows, many, one, values: Array<string>(ROWS_PER_INSERT).fill(payload) };
  });
  const seconds = await timeSeconds(() => {
    for (const { rows, many, one, values } of plan) {
      for (let start = 0; start < rows; start += ROWS_PER_TRANSACTION) {
        const end = Math.min(rows, start + ROWS_PER_TRANSACTION);
        db.transaction(() => {
          let written = start;
          for (; written + ROWS_PER_INSERT <= end; written += ROWS_PER_INSERT) many.run(values);
          for (; written < end; written++) one.run(values[0]);
        })();
      }
    }
  });
  const written = plan.reduce(
    (sum, _, i) => sum + (db.prepare(`SELECT count(*) AS n FROM t${i}`).get() as { n: number }).n,
    0,
  );
  const expected = volumes.reduce((sum, volume) => sum + volume.rows, 0);
  if (written !== expected) throw new Error(`The floor wrote ${written} rows, expected ${expected}`);
  return seconds;
}
