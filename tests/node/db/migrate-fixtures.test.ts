import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countsOf } from '../../../electron/backups/repository';
import { startCore } from '../../../electron/core';
import { checksumOf } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { repositoriesOf } from '../../../electron/db/repositories';
import { DATABASE_FILE_NAME } from '../../../electron/db/store';
import { recordApprovedNames } from '../../../electron/meetings/workspace';
import { FIXTURES_DIR } from '../../../scripts/make-db-fixture';
import { callerOf } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, RESOURCES_DIR, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

/** Databases an office had at each released schema version (scripts/make-db-fixture.ts). */
const FIXTURES = readdirSync(FIXTURES_DIR)
  .map((name) => /^v(\d+)\.sqlite$/.exec(name))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => ({ version: Number(match[1]), file: join(FIXTURES_DIR, match[0]) }))
  .sort((a, b) => a.version - b.version);

/** Tables whose rows are derived from others (the search index) and may be rebuilt by a migration. */
function isDerived(table: string): boolean {
  return table === 'search_docs' || table.startsWith('search_index');
}

interface Snapshot {
  version: number;
  /** Per table: its columns and every row as JSON of those columns. */
  tables: Map<string, { columns: string[]; rows: string[] }>;
}

function snapshotOf(db: Database.Database): Snapshot {
  const tables = new Map<string, { columns: string[]; rows: string[] }>();
  const names = (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((name) => !isDerived(name));
  for (const table of names) {
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    tables.set(table, { columns, rows: rowsOf(db, table, columns) });
  }
  return { version: db.pragma('user_version', { simple: true }) as number, tables };
}

const OFFICE_KEY_COLUMNS = ['signing_public_key', 'receiving_public_key', 'kode'];

function rowsOf(db: Database.Database, table: string, columns: string[]): string[] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return (db.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row));
}

function rowsIn(file: string, table: string, columns: string[]): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return rowsOf(db, table, columns);
  } finally {
    db.close();
  }
}

function readSnapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  try {
    return snapshotOf(db);
  } finally {
    db.close();
  }
}

describe('database fixtures', () => {
  it('exist for every released schema version (all but the one in development may be missing)', () => {
    const versions = FIXTURES.map((f) => f.version);
    for (let version = 1; version < LATEST_SCHEMA_VERSION; version++) {
      expect(versions, `make it with: npx tsx scripts/make-db-fixture.ts --version ${version}`).toContain(version);
    }
    expect(versions.every((v) => v <= LATEST_SCHEMA_VERSION)).toBe(true);
  });

  it.each(FIXTURES)('v$version records the migrations exactly as this code has them', ({ version, file }) => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      const ledger = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all();
      expect(ledger).toEqual(
        MIGRATIONS.filter((m) => m.version <= version).map((m) => ({
          version: m.version,
          name: m.name,
          checksum: checksumOf(m),
        })),
      );
    } finally {
      db.close();
    }
  });
});

describe('upgrading an office database from every earlier schema version', () => {
  it.each(FIXTURES)(
    'v$version → current: a pre-migration backup first, then every row still there and the app serving it',
    async ({ version, file }) => {
      const before = readSnapshot(file);
      expect(before.tables.get('meetings')?.rows).toHaveLength(4);
      expect(before.tables.get('minutes_entries')?.rows.length).toBeGreaterThan(5);
      const fixtureCounts = (() => {
        const db = new Database(file, { readonly: true });
        try {
          return countsOf(db);
        } finally {
          db.close();
        }
      })();
      expect(fixtureCounts.meetings).toBeGreaterThan(0);
      expect(fixtureCounts.commitments).toBeGreaterThan(0);

      const dataDir = tempDir();
      copyFileSync(file, join(dataDir, DATABASE_FILE_NAME));
      const core = await startCore({
        dataDir,
        resourcesDir: RESOURCES_DIR,
        host: 'preview',
        appVersion: '9.9.9-upgrade',
        dailyBackup: false,
        logError: (method, error) => {
          throw new Error(`${method}: ${String(error)}`);
        },
      });
      try {
        const report = core.store.migration;
        const pending = MIGRATIONS.map((m) => m.version).filter((v) => v > version);
        expect(report).toMatchObject({ from: version, to: Math.max(version, LATEST_SCHEMA_VERSION), applied: pending });
        expect(core.safety.state()).toBe('ok');

        // The automatic backup, taken before the first change: the old schema with all its rows.
        const folder = join(dataDir, 'backups');
        const backups = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.sqlite')) : [];
        if (pending.length === 0) {
          expect(report.backupFile).toBeNull();
          expect(backups).toEqual([]);
        } else {
          expect(backups).toEqual([expect.stringMatching(/^sirakor-\d{4}-\d{2}-\d{2}T\d{6}-pre-migration\.sqlite$/)]);
          expect(report.backupFile).toBe(join(dataDir, 'backups', backups[0] as string));
          const sidecar = JSON.parse(readFileSync((report.backupFile as string).replace(/\.sqlite$/, '.json'), 'utf8'));
          expect(sidecar).toMatchObject({
            kind: 'pre-migration',
            schemaVersion: version,
            appVersion: '9.9.9-upgrade',
            counts: fixtureCounts,
          });
          const copy = readSnapshot(report.backupFile as string);
          expect(copy.version).toBe(version);
          expect(copy.tables).toEqual(before.tables);
        }

        // Every row of every table is still there with the values of its columns.
        const db = core.store.db;
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
        for (const [table, { columns, rows }] of before.tables) {
          // The start writes the office's public keys and kode into its row (a copied fixture has no key file, so new keys).
          const kept = table === 'offices' ? columns.filter((c) => !OFFICE_KEY_COLUMNS.includes(c)) : columns;
          const then = kept === columns ? rows : rowsIn(file, table, kept);
          const now = new Set(rowsOf(db, table, kept));
          const missing = then.filter((row) => !now.has(row));
          expect(missing, `${table}: rows changed or lost`).toEqual([]);
        }
        expect(countsOf(db)).toMatchObject({ ...fixtureCounts, planRows: fixtureCounts.planRows });

        // And the app reads the upgraded data through its handlers.
        const call = callerOf(core.dispatch);
        const meetings = await call('meetings.list', { limit: 50 });
        expect(meetings.items.map((m) => m.title).sort()).toEqual([
          'Rakor TPPS Kecamatan Kelara Triwulan I',
          'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
          'Rembuk Stunting Kecamatan Rumbia',
        ]);
        const approved = meetings.items.find((m) => m.status === 'approved');
        const workspace = await call('meetings.workspace', { id: approved?.id as string });
        expect(workspace.agenda).toHaveLength(5);
        expect(workspace.minutes).toHaveLength(5);
        // Schema 6 records the names of meetings approved before it, exactly as an approval does now
        // (a fixture of schema 6 or later has them from its approval).
        const recorded = repositoriesOf({ db, now: () => new Date() }).recordedNames.get(approved?.id as string);
        expect(Object.keys(recorded?.people ?? {}).length).toBeGreaterThan(2);
        expect(Object.keys(recorded?.institutions ?? {}).length).toBeGreaterThan(0);
        recordApprovedNames({ db, now: () => new Date() }, approved?.id as string);
        expect(repositoriesOf({ db, now: () => new Date() }).recordedNames.get(approved?.id as string)).toEqual(
          recorded,
        );
        const people = await call('people.list', { limit: 50 });
        expect(people.items).toHaveLength(10);
        // Schema 7 indexes the people already there (and plan rows, from schema 4 on) for the search box.
        const [someone] = people.items;
        const found = await call('search.query', { query: someone?.name ?? '' });
        expect(found.map(({ hit }) => [hit.kind, hit.id])).toContainEqual(['person', someone?.id]);
        const plans = await call('plans.list', {});
        if (version >= 4) {
          const plan = await call('plans.get', { id: plans.items[0]?.id ?? '' });
          const row = plan.rows[0];
          const rowHits = await call('search.query', { query: row?.activity ?? '' });
          expect(rowHits.map(({ hit }) => [hit.kind, hit.id])).toContainEqual(['plan_row', row?.id]);
        }
      } finally {
        core.close();
      }
      expect(existsSync(join(dataDir, 'sirakor.lock'))).toBe(false);
    },
  );
});
