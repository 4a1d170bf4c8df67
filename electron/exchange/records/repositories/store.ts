import { SqliteError } from 'better-sqlite3';
import type Database from 'better-sqlite3';
import type { Db } from '../../../db/connection';
import type { RecordScalar, RecordVersion } from '../../../../shared/exchange/versions';
import type { OfficeCard } from '../../../../shared/exchange/manifest';
import { DERIVED_COLUMNS, recordOfRow, type DecodedRecord, type Row } from '../codec';
import { selectRecordsSql, type RecordTableInfo, type Reference } from './tables';

/**
 * Reads and writes records of every kind in a database while a package is applied: the stored
 * version (row or tombstone), the references a version names, and the writes themselves. The
 * statements are prepared once per kind.
 */

interface KindStatements {
  select: Database.Statement<[string], Row>;
  upsert: Database.Statement<Record<string, RecordScalar>>;
  remove: Database.Statement<[string]>;
  clearParts: Database.Statement<[string]>[];
  insertParts: Database.Statement<RecordScalar[]>[];
}

export interface RecordStore {
  stored(info: RecordTableInfo, id: string): RecordVersion | null;
  /** The first reference of `decoded` to a row that does not exist here, or null. */
  missingReference(info: RecordTableInfo, id: string, decoded: DecodedRecord): (Reference & { value: string }) | null;
  /** The owner of the record `id` of `table`, null when absent. */
  ownerOf(table: string, id: string): string | null | undefined;
  writeLive(info: RecordTableInfo, record: RecordVersion, decoded: DecodedRecord): void;
  writeTombstone(info: RecordTableInfo, record: RecordVersion): void;
  /** Fills in contact details left out of an earlier package of the same version. */
  fillContacts(kind: string, id: string, values: Record<string, RecordScalar>): void;
  /**
   * Runs a write: null when it went in, else which kind of constraint refused it (rolled back). In a
   * savepoint, unless `oneStatement`: a write whose only statement that can fail is its first (a
   * record without parts), which SQLite rolls back by itself. A savepoint per record costs a large
   * package about a tenth of its import time (bench `exchange.import.full`).
   */
  attempt(write: () => void, oneStatement?: boolean): 'unique' | 'constraint' | null;
  /** The sender's row, before its first record (records refer to it); its card fills it in at the end. */
  ensureOffice(officeId: string, now: Date): void;
  upsertOffice(card: OfficeCard, now: Date): void;
  /** The stored name and digest of a file record, null when absent. */
  fileOf(kind: string, id: string): { stored_name: string; sha256: string } | null;
}

/** Which kind of constraint refused a write; any other error is thrown again. */
function constraintOf(error: unknown): 'unique' | 'constraint' {
  if (error instanceof SqliteError && error.code.startsWith('SQLITE_CONSTRAINT'))
    return error.code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'unique' : 'constraint';
  throw error;
}

const stores = new WeakMap<Db, RecordStore>();

/** The store of a connection: made once, its statements prepared as kinds come up. */
export function recordStore(db: Db): RecordStore {
  const known = stores.get(db);
  if (known) return known;
  const store = makeRecordStore(db);
  stores.set(db, store);
  return store;
}

function makeRecordStore(db: Db): RecordStore {
  const statements = new Map<string, KindStatements>();
  const exists = new Map<string, Database.Statement<[string], { owner: string | null }>>();
  const tombstone = db.prepare<[string, string], { owner_office_id: string; version: string }>(
    'SELECT owner_office_id, version FROM exchange_tombstones WHERE kind = ? AND id = ?',
  );
  const keepTombstone = db.prepare(
    'INSERT OR REPLACE INTO exchange_tombstones (kind, id, owner_office_id, version) VALUES (?, ?, ?, ?)',
  );
  const dropTombstone = db.prepare('DELETE FROM exchange_tombstones WHERE kind = ? AND id = ?');

  function of(info: RecordTableInfo): KindStatements {
    const known = statements.get(info.kind);
    if (known) return known;
    const derived = DERIVED_COLUMNS[info.kind];
    const columns = [...info.columns, ...(derived ? [derived.column] : [])];
    const made: KindStatements = {
      select: db.prepare(`${selectRecordsSql(info)} WHERE r.id = ?`),
      upsert: db.prepare(
        `INSERT INTO ${info.kind} (id, owner_office_id, version, ${columns.join(', ')})
         VALUES (@id, @owner, @version, ${columns.map((c) => `@c_${c}`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
      ),
      remove: db.prepare(`DELETE FROM ${info.kind} WHERE id = ?`),
      clearParts: info.parts.map((part) => db.prepare(`DELETE FROM ${part.table} WHERE ${part.parentColumn} = ?`)),
      insertParts: info.parts.map((part) =>
        db.prepare<RecordScalar[]>(
          `INSERT INTO ${part.table} (${part.parentColumn}, ${part.columns.join(', ')})
           VALUES (?, ${part.columns.map(() => '?').join(', ')})`,
        ),
      ),
    };
    statements.set(info.kind, made);
    return made;
  }

  function lookup(table: string, to: string) {
    const key = `${table}.${to}`;
    let statement = exists.get(key);
    if (!statement) {
      const owner = table === 'areas' ? 'NULL' : 'owner_office_id';
      statement = db.prepare(`SELECT ${owner} AS owner FROM ${table} WHERE ${to} = ?`);
      exists.set(key, statement);
    }
    return statement;
  }

  return {
    stored(info, id) {
      const row = of(info).select.get(id);
      if (row) return recordOfRow(info, row);
      const dead = tombstone.get(info.kind, id);
      return dead
        ? { kind: info.kind, id, owner: dead.owner_office_id, version: dead.version, deleted: true, data: null }
        : null;
    },

    missingReference(info, id, decoded) {
      const check = (reference: Reference, value: RecordScalar | undefined) => {
        if (value === null || value === undefined) return null;
        if (reference.table === info.kind && value === id) return null;
        return lookup(reference.table, reference.to).get(String(value)) ? null : { ...reference, value: String(value) };
      };
      for (const reference of info.references) {
        const missing = check(reference, decoded.values[reference.column]);
        if (missing) return missing;
      }
      for (const [index, part] of info.parts.entries()) {
        const written = decoded.parts[index];
        if (!written) continue;
        for (const reference of part.references) {
          const column = part.columns.indexOf(reference.column);
          for (const row of written.rows) {
            const missing = check(reference, row[column]);
            if (missing) return missing;
          }
        }
      }
      return null;
    },

    ownerOf(table, id) {
      return lookup(table, 'id').get(id)?.owner;
    },

    writeLive(info, record, decoded) {
      const made = of(info);
      const params: Record<string, RecordScalar> = { id: record.id, owner: record.owner, version: record.version };
      for (const [column, value] of Object.entries(decoded.values)) params[`c_${column}`] = value;
      const derived = DERIVED_COLUMNS[info.kind];
      if (derived) params[`c_${derived.column}`] = derived.of(decoded.values);
      made.upsert.run(params);
      decoded.parts.forEach((part, index) => {
        made.clearParts[index]?.run(record.id);
        for (const row of part.rows) made.insertParts[index]?.run(record.id, ...row);
      });
      dropTombstone.run(info.kind, record.id);
    },

    writeTombstone(info, record) {
      const made = of(info);
      for (const clear of made.clearParts) clear.run(record.id);
      made.remove.run(record.id);
      keepTombstone.run(info.kind, record.id, record.owner, record.version);
    },

    attempt(write, oneStatement = false) {
      if (oneStatement) {
        try {
          write();
          return null;
        } catch (error) {
          return constraintOf(error);
        }
      }
      db.exec('SAVEPOINT exchange_record');
      try {
        write();
        db.exec('RELEASE exchange_record');
        return null;
      } catch (error) {
        db.exec('ROLLBACK TO exchange_record');
        db.exec('RELEASE exchange_record');
        return constraintOf(error);
      }
    },

    ensureOffice(officeId, now) {
      db.prepare(`INSERT INTO offices (id, name, created_at) VALUES (?, '', ?) ON CONFLICT (id) DO NOTHING`).run(
        officeId,
        now.toISOString(),
      );
    },

    upsertOffice(card, now) {
      db.prepare(
        `INSERT INTO offices (id, name, level, area_code, signing_public_key, receiving_public_key, kode, created_at)
         VALUES (@officeId, @name, @level, @areaCode, @signing, @receiving, @kode, @now)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, area_code = excluded.area_code,
           signing_public_key = excluded.signing_public_key, receiving_public_key = excluded.receiving_public_key,
           kode = excluded.kode`,
      ).run({
        officeId: card.officeId,
        name: card.name,
        level: card.level,
        areaCode: card.areaCode,
        signing: card.keys.signing,
        receiving: card.keys.receiving,
        kode: card.kode,
        now: now.toISOString(),
      });
    },

    fileOf(kind, id) {
      return (
        db
          .prepare<[string], { stored_name: string; sha256: string }>(
            `SELECT stored_name, sha256 FROM ${kind} WHERE id = ?`,
          )
          .get(id) ?? null
      );
    },

    fillContacts(kind, id, values) {
      const fields = Object.keys(values);
      db.prepare(`UPDATE ${kind} SET ${fields.map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`).run({
        ...values,
        id,
      });
    },
  };
}
