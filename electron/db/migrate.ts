import { systemClock, type Clock } from './clock';
import { createHash } from 'node:crypto';
import type { Db } from './connection';
import { MIGRATIONS, type Migration } from './migrations';

export class MigrationError extends Error {
  constructor(
    readonly reason: 'newer-database' | 'edited-migration' | 'not-sirakor',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  backupFile: string | null;
}

export function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasUserTables(db: Db): boolean {
  const row = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as {
    n: number;
  };
  return row.n > 0;
}

function ensureLedger(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
}

/** Refuses to touch a database whose applied migrations differ from the code's (edited after release). */
function verifyChecksums(db: Db, migrations: readonly Migration[]): void {
  const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    checksum: string;
  }[];
  for (const row of applied) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known || checksumOf(known) !== row.checksum) {
      throw new MigrationError(
        'edited-migration',
        `Migration ${row.version} (${row.name}) differs from the one applied to this database`,
      );
    }
  }
}

/**
 * Reads, without writing anything, whether this app can open the database: the schema version it
 * is at (0 for an empty file). Throws the MigrationError `migrate` would throw: a foreign SQLite
 * file, a database from a newer app, or one whose applied migrations differ from the code's.
 */
export function inspectSchema(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length === 0 ? 0 : Math.max(...migrations.map((m) => m.version));
  const from = currentVersion(db);
  // Checked first and whatever user_version says: many programs set it, and a foreign file must
  // not get a ledger table written into it.
  const ledger = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!ledger && (from > 0 || hasUserTables(db))) {
    throw new MigrationError('not-sirakor', 'This file is not a Sirakor database');
  }
  if (from > latest) {
    throw new MigrationError('newer-database', `Database schema ${from} is newer than this app (${latest})`);
  }
  if (ledger) verifyChecksums(db, migrations);
  return from;
}

/**
 * Brings the database to the newest schema. Each migration runs in its own transaction together
 * with its ledger row and `user_version`, so a crash leaves the database at a whole version.
 * `backup` is awaited before the first change to a non-empty database.
 */
export async function migrate(
  db: Db,
  options: { backup?: (fromVersion: number) => Promise<string>; migrations?: readonly Migration[]; now?: Clock } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const from = inspectSchema(db, migrations);
  ensureLedger(db);

  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return { from, to: from, applied: [], backupFile: null };

  const backupFile = from > 0 && options.backup ? await options.backup(from) : null;
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @appliedAt)',
  );
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run({
        version: migration.version,
        name: migration.name,
        checksum: checksumOf(migration),
        appliedAt: (options.now ?? systemClock)().toISOString(),
      });
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const to = pending[pending.length - 1]?.version ?? from;
  return { from, to, applied: pending.map((m) => m.version), backupFile };
}
