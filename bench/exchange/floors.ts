import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Db } from '../../electron/db/connection';
import { RECORD_TABLES } from '../../electron/db/migrations/009-ownership';

/**
 * The floors of the exchange figures: the same rows moved with nothing of Sirakor around them. A
 * "plain package" is one office's rows (`SELECT *` of each record table, part tables left out)
 * as JSON lines `[table, row]`, raw DEFLATE, in one file: no record codec, no manifest,
 * signature or encryption. Applying it inserts every line into plain tables (the row's columns,
 * no constraints, indexes or triggers) of an empty database in one transaction.
 */

/** Writes the plain package of `office`'s rows above `since` (all when null); returns its size in bytes. */
export function writePlainPackage(db: Db, office: string, since: string | null, path: string): number {
  const lines: string[] = [];
  for (const { table } of RECORD_TABLES) {
    const rows = db
      .prepare(`SELECT * FROM ${table} WHERE owner_office_id = ? AND version > ?`)
      .iterate(office, since ?? '') as IterableIterator<Record<string, unknown>>;
    for (const row of rows) lines.push(JSON.stringify([table, row]));
  }
  const bytes = deflateRawSync(`${lines.join('\n')}\n`);
  writeFileSync(path, bytes);
  return bytes.length;
}

/** Inflates, parses and inserts a plain package into plain tables of a new database at `file`; returns the rows. */
export function applyPlainPackage(path: string, file: string): number {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const inserts = new Map<string, Database.Statement>();
    const text = inflateRawSync(readFileSync(path)).toString('utf8');
    let rows = 0;
    db.transaction(() => {
      for (const line of text.split('\n')) {
        if (!line) continue;
        const [kind, row] = JSON.parse(line) as [string, Record<string, unknown>];
        let insert = inserts.get(kind);
        const columns = Object.keys(row);
        if (!insert) {
          db.exec(`CREATE TABLE ${kind} (${columns.join(', ')})`);
          insert = db.prepare(`INSERT INTO ${kind} VALUES (${columns.map(() => '?').join(', ')})`);
          inserts.set(kind, insert);
        }
        insert.run(...columns.map((column) => row[column]));
        rows++;
      }
    })();
    return rows;
  } finally {
    db.close();
  }
}
