import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { startCore, type Core, type CoreOptions } from '../../../electron/core';
import { DATABASE_FILE_NAME } from '../../../electron/db/store';
import { join } from 'node:path';
import { RESOURCES_DIR } from './paths';

/** A core on `dataDir` without the daily timer (tests call the backups themselves). */
export function startCoreIn(dataDir: string, options: Partial<CoreOptions> = {}): Promise<Core> {
  return startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: '0.0.0-test',
    logError: () => undefined,
    dailyBackup: false,
    ...options,
  });
}

export function databaseFileOf(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

/** Page size and the root page of `table` in a closed database file. */
function pageOf(file: string, table: string): { pageSize: number; page: number } {
  const db = new Database(file, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const row = db.prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as {
      rootpage: number;
    };
    return { pageSize, page: row.rootpage };
  } finally {
    db.close();
  }
}

/**
 * Damages a closed database file the way a failing disk does: the page holding the root of
 * `table` (its b-tree header and cell pointers) is overwritten with other bytes. quick_check
 * finds it.
 */
export function flipPageBytes(file: string, table = 'meetings'): void {
  const { pageSize, page } = pageOf(file, table);
  const offset = (page - 1) * pageSize;
  const garbage = Buffer.alloc(64);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 37 + 11) & 0xff;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, garbage, 0, garbage.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** Overwrites the 100-byte SQLite header: the file is no longer recognised as a database. */
export function breakHeader(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  } finally {
    closeSync(fd);
  }
}

export function base64Of(file: string): string {
  return readFileSync(file).toString('base64');
}

/** Live rows of a table in a closed database file. */
export function countRows(file: string, table: string, where = 'deleted_at IS NULL'): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
