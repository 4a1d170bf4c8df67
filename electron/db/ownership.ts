import type { AppError } from '../../shared/api/result';
import type { RecordOrigin } from '../../shared/domain/origin';
import { refused } from '../api/errors';
import { OFFICE_ID_SETTING, readOfficeId } from '../exchange/office-id';
import type { Db } from './connection';
import { CLOCK, LOCAL_OFFICE, RECORD_TABLES } from './migrations/009-ownership';

/**
 * Who owns what (migration 009): the local office's id, the offices records come from, and the
 * refusal a change to another office's record turns into.
 */

/** The office this installation is (made by migration 009, or at the first start). */
export function localOfficeId(db: Db): string {
  const id = readOfficeId(db);
  if (!id) throw new Error('The local office has no id (migration 009 makes it)');
  return id;
}

/** The name of an office as this installation knows it; the id when it has no name yet. */
export function officeName(db: Db, officeId: string): string {
  const row = db.prepare('SELECT name FROM offices WHERE id = ?').get(officeId) as { name: string } | undefined;
  return row?.name ? row.name : officeId;
}

/** The kode verifikasi the office's row remembers (null before the keys were first loaded). */
export function knownOfficeKode(db: Db, officeId: string): string | null | undefined {
  const row = db.prepare('SELECT kode FROM offices WHERE id = ?').get(officeId) as { kode: string | null } | undefined;
  return row ? row.kode : undefined;
}

/** Writes an office's public keys and their kode verifikasi into its row. */
export function storeOfficeKeys(
  db: Db,
  officeId: string,
  keys: { signing: string; receiving: string },
  kode: string,
): void {
  db.prepare('UPDATE offices SET signing_public_key = ?, receiving_public_key = ?, kode = ? WHERE id = ?').run(
    keys.signing,
    keys.receiving,
    kode,
    officeId,
  );
}

/** SQL: 1 when the row `alias` belongs to another office (0 for the local office's rows and shared ones). */
export const FOREIGN_OWNED = (alias: string) =>
  `(${alias}.owner_office_id IS NOT NULL AND ${alias}.owner_office_id IS NOT
    (SELECT json_extract(value, '$') FROM settings WHERE key = '${OFFICE_ID_SETTING}'))`;

/**
 * SQL columns `origin_office_id` and `origin_office_name` of the row `alias`: its owner and the
 * owner's name when it is another office's record, nulls otherwise (read back with `originOfRow`).
 */
export const ORIGIN_COLUMNS = (alias: string) =>
  `CASE WHEN ${FOREIGN_OWNED(alias)} THEN ${alias}.owner_office_id END AS origin_office_id,
   CASE WHEN ${FOREIGN_OWNED(alias)} THEN (SELECT coalesce(nullif(o.name, ''), o.id) FROM offices o
     WHERE o.id = ${alias}.owner_office_id) END AS origin_office_name`;

export interface OriginColumns {
  origin_office_id: string | null;
  origin_office_name: string | null;
}

/** The origin `ORIGIN_COLUMNS` read: null for the office's own records. */
export function originOfRow(row: OriginColumns): RecordOrigin | null {
  return row.origin_office_id === null
    ? null
    : { officeId: row.origin_office_id, officeName: row.origin_office_name ?? row.origin_office_id };
}

export const FOREIGN_RECORD_PATTERN = /^sirakor:foreign-record:([0-9a-f-]{36})$/;

/**
 * The READ_ONLY refusal for the error an ownership trigger raised (a change to a record of another
 * office, or to a part or child of one), naming the owner; null for any other error.
 */
export function foreignRecordRefusal(error: unknown, db: () => Db): AppError | null {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_TRIGGER') return null;
  const match = FOREIGN_RECORD_PATTERN.exec(error.message);
  if (!match) return null;
  const owner = match[1] as string;
  let name = owner;
  try {
    name = officeName(db(), owner);
  } catch {
    // The refusal stands without the name (the store closed meanwhile).
  }
  return refused('foreignRecord', { office: name });
}

/**
 * Gives every record without an owner (written in applyingPackage mode by a bulk load: the bench
 * dataset) the local office and the clock's last stamp, as migration 009 did for the rows it found
 * (the next change is stamped above it); seeded catalogue rows stay shared. Call it in a transaction.
 */
export function adoptUnownedRecords(db: Db): void {
  for (const { table, seeded } of RECORD_TABLES) {
    db.exec(`UPDATE ${table} SET owner_office_id = ${LOCAL_OFFICE}, version = ${CLOCK}
      WHERE owner_office_id IS NULL AND version IS NULL${seeded ? ' AND is_seeded = 0' : ''}`);
  }
}

/** The office a record of `table` came from, when it is another office's; null for the office's own. */
export function originOf(
  db: Db,
  table: 'meetings' | 'commitments' | 'action_plans' | 'institutions' | 'people',
  id: string,
): RecordOrigin | null {
  const row = db
    .prepare(
      `SELECT r.owner_office_id AS officeId, coalesce(nullif(o.name, ''), r.owner_office_id) AS officeName
       FROM ${table} r LEFT JOIN offices o ON o.id = r.owner_office_id WHERE r.id = ? AND ${FOREIGN_OWNED('r')}`,
    )
    .get(id) as RecordOrigin | undefined;
  return row ?? null;
}
