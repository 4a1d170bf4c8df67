import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../electron/db/connection';
import { checksumOf, migrate, MigrationError } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../electron/db/migrations';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const DOMAIN_TABLES = [
  'action_plans',
  'agenda_items',
  'areas',
  'commitment_updates',
  'commitments',
  'convergence_actions',
  'decisions',
  'directory_links',
  'directory_not_duplicates',
  'evidence_files',
  'exchange_held',
  'exchange_history',
  'exchange_sent',
  'exchange_tombstones',
  'exchange_trust_log',
  'funding_sources',
  'history',
  'institutions',
  'interventions',
  'letter_numbers',
  'meeting_areas',
  'meeting_files',
  'meeting_participants',
  'meeting_recorded_names',
  'meetings',
  'minutes_entries',
  'offices',
  'people',
  'plan_priority_villages',
  'plan_row_funding',
  'plan_row_locations',
  'plan_row_supporters',
  'plan_rows',
  'schema_migrations',
  'search_docs',
  // FTS5 (migration 003): the virtual table and the shadow tables SQLite keeps for it.
  'search_index',
  'search_index_config',
  'search_index_content',
  'search_index_data',
  'search_index_docsize',
  'search_index_idx',
  'settings',
];

const TWO_STEPS: Migration[] = [
  { version: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;' },
  { version: 2, name: 'notes-tags', sql: 'ALTER TABLE notes ADD COLUMN tag TEXT;' },
];

function openTemp(name = 'test.sqlite'): { db: Db; file: string } {
  const file = join(tempDir(), name);
  return { db: openConnection(file), file };
}

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tableNames(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((row) => row.name);
}

function schemaDump(db: Db): string {
  return JSON.stringify(db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all());
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

async function migrationErrorOf(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

describe('connection', () => {
  it('sets WAL, NORMAL sync, foreign keys and a busy timeout', () => {
    const { db } = openTemp();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('has FTS5 compiled in', () => {
    const { db } = openTemp();
    db.exec("CREATE VIRTUAL TABLE temp.probe USING fts5(body); INSERT INTO probe VALUES ('rapat koordinasi');");
    expect(db.prepare("SELECT count(*) AS n FROM probe WHERE probe MATCH 'koordinasi'").get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migrate', () => {
  it('brings an empty database to the latest version with the whole domain schema', async () => {
    const { db } = openTemp();
    const report = await migrate(db);
    expect(report).toEqual({ from: 0, to: 13, applied: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], backupFile: null });
    expect(LATEST_SCHEMA_VERSION).toBe(13);
    expect(userVersion(db)).toBe(13);
    expect(tableNames(db)).toEqual(DOMAIN_TABLES);
    const ledger = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all();
    expect(ledger).toEqual([
      { version: 1, name: 'initial-schema', checksum: checksumOf(MIGRATIONS[0] as Migration) },
      { version: 2, name: 'meeting-workflow', checksum: checksumOf(MIGRATIONS[1] as Migration) },
      { version: 3, name: 'follow-up', checksum: checksumOf(MIGRATIONS[2] as Migration) },
      { version: 4, name: 'action-plans', checksum: checksumOf(MIGRATIONS[3] as Migration) },
      { version: 5, name: 'meetings-list-index', checksum: checksumOf(MIGRATIONS[4] as Migration) },
      { version: 6, name: 'recorded-names', checksum: checksumOf(MIGRATIONS[5] as Migration) },
      { version: 7, name: 'search-people-plan-rows', checksum: checksumOf(MIGRATIONS[6] as Migration) },
      { version: 8, name: 'follow-up-outreach', checksum: checksumOf(MIGRATIONS[7] as Migration) },
      { version: 9, name: 'ownership', checksum: checksumOf(MIGRATIONS[8] as Migration) },
      { version: 10, name: 'exchange-held', checksum: checksumOf(MIGRATIONS[9] as Migration) },
      { version: 11, name: 'exchange-history', checksum: checksumOf(MIGRATIONS[10] as Migration) },
      { version: 12, name: 'office-indexes', checksum: checksumOf(MIGRATIONS[11] as Migration) },
      { version: 13, name: 'shared-directory', checksum: checksumOf(MIGRATIONS[12] as Migration) },
    ]);
    expect(checksumOf(MIGRATIONS[0] as Migration)).toMatch(/^[0-9a-f]{64}$/);
    db.close();
  });

  it('creates STRICT tables with soft deletion and timestamps on entity tables', async () => {
    const { db } = openTemp();
    await migrate(db);
    // FTS5 tables are virtual; their shadow tables are SQLite's own and cannot be STRICT.
    const strict = db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 0 AND type = 'table'")
      .all() as { name: string }[];
    expect(
      strict.map((t) => t.name).filter((name) => !name.startsWith('sqlite_') && !name.startsWith('search_index_')),
    ).toEqual([]);
    for (const table of ['institutions', 'people', 'meetings', 'commitments', 'plan_rows']) {
      expect(columnsOf(db, table)).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
    db.close();
  });

  it('is a no-op when run again, also after reopening the file', async () => {
    const { db, file } = openTemp();
    await migrate(db);
    const before = schemaDump(db);
    expect(await migrate(db)).toEqual({ from: 13, to: 13, applied: [], backupFile: null });
    db.close();

    const reopened = openConnection(file);
    let backups = 0;
    const report = await migrate(reopened, {
      backup: async () => {
        backups++;
        return 'unused';
      },
    });
    expect(report).toEqual({ from: 13, to: 13, applied: [], backupFile: null });
    expect(backups).toBe(0);
    expect(schemaDump(reopened)).toBe(before);
    expect(reopened.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 13 });
    reopened.close();
  });

  it('refuses a database whose applied migration was edited afterwards', async () => {
    const { db } = openTemp();
    await migrate(db);
    const edited = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\nCREATE TABLE sneaky (id INTEGER) STRICT;` }));
    const error = await migrationErrorOf(migrate(db, { migrations: edited }));
    expect(error.reason).toBe('edited-migration');
    expect(error.message).toContain('Migration 1 (initial-schema)');
    expect(tableNames(db)).not.toContain('sneaky');
    db.close();
  });

  it('refuses a database from a newer app and leaves it untouched', async () => {
    const { db } = openTemp();
    const future: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'future',
      sql: 'CREATE TABLE future_things (id TEXT) STRICT;',
    };
    await migrate(db, { migrations: [...MIGRATIONS, future] });
    const before = schemaDump(db);

    const error = await migrationErrorOf(migrate(db));
    expect(error.reason).toBe('newer-database');
    expect(error.message).toBe(
      `Database schema ${LATEST_SCHEMA_VERSION + 1} is newer than this app (${LATEST_SCHEMA_VERSION})`,
    );
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(schemaDump(db)).toBe(before);
    db.close();
  });

  it.each([0, 1, 3])(
    'refuses a SQLite file of another program (user_version %i) and leaves it untouched',
    async (version) => {
      const { file } = openTemp('other.sqlite');
      const foreign = new Database(file);
      foreign.exec(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'A');",
      );
      foreign.pragma(`user_version = ${version}`);
      foreign.close();

      const db = openConnection(file);
      const error = await migrationErrorOf(migrate(db));
      expect(error.reason).toBe('not-sirakor');
      expect(error.message).toBe('This file is not a Sirakor database');
      expect(tableNames(db)).toEqual(['customers']);
      expect(userVersion(db)).toBe(version);
      db.close();
    },
  );

  it('does not back up an empty database', async () => {
    const { db } = openTemp();
    let backups = 0;
    const report = await migrate(db, {
      migrations: TWO_STEPS,
      backup: async () => {
        backups++;
        return 'unused';
      },
    });
    expect(report).toEqual({ from: 0, to: 2, applied: [1, 2], backupFile: null });
    expect(backups).toBe(0);
    db.close();
  });

  it('writes a backup of the old version before migrating a non-empty database', async () => {
    const { db, file } = openTemp();
    await migrate(db, { migrations: TWO_STEPS.slice(0, 1) });
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('before the upgrade');

    const backupFile = `${file}.v1-backup`;
    const seen: { fromVersion: number; versionAtBackup: number; columnsAtBackup: string[] }[] = [];
    const report = await migrate(db, {
      migrations: TWO_STEPS,
      backup: async (fromVersion) => {
        seen.push({ fromVersion, versionAtBackup: userVersion(db), columnsAtBackup: columnsOf(db, 'notes') });
        await db.backup(backupFile);
        return backupFile;
      },
    });
    expect(report).toEqual({ from: 1, to: 2, applied: [2], backupFile });
    expect(seen).toEqual([{ fromVersion: 1, versionAtBackup: 1, columnsAtBackup: ['id', 'body'] }]);
    expect(columnsOf(db, 'notes')).toEqual(['id', 'body', 'tag']);
    db.close();

    expect(existsSync(backupFile)).toBe(true);
    const backup = new Database(backupFile, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT id, body FROM notes').all()).toEqual([{ id: 1, body: 'before the upgrade' }]);
    expect(columnsOf(backup, 'notes')).toEqual(['id', 'body']);
    backup.close();
  });

  it('applies each migration atomically: a failing one leaves the previous version intact', async () => {
    const { db } = openTemp();
    const failing: Migration[] = [
      TWO_STEPS[0] as Migration,
      {
        version: 2,
        name: 'half-done',
        sql: 'CREATE TABLE half (id INTEGER) STRICT; ALTER TABLE notes ADD COLUMN tag TEXT; INSERT INTO missing VALUES (1);',
      },
    ];
    await expect(migrate(db, { migrations: failing })).rejects.toThrow('no such table: missing');
    expect(userVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['notes', 'schema_migrations']);
    expect(columnsOf(db, 'notes')).toEqual(['id', 'body']);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);

    expect(await migrate(db, { migrations: TWO_STEPS })).toMatchObject({ from: 1, to: 2, applied: [2] });
    db.close();
  });

  it('runs pending migrations in version order whatever the order of the list', async () => {
    const { db } = openTemp();
    const report = await migrate(db, { migrations: [...TWO_STEPS].reverse() });
    expect(report.applied).toEqual([1, 2]);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'notes' },
      { version: 2, name: 'notes-tags' },
    ]);
    db.close();
  });
});
