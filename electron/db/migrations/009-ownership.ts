/**
 * Ownership and versions (issue 11, docs/exchange.md "Ownership and versions"): every exchanged
 * record belongs to an office and carries the version stamp (shared/exchange/stamp.ts) of its last
 * change. Triggers do the work, so no write path can forget it:
 *
 * - The local office: a UUIDv7 under `settings` key `exchange.officeId` (made here if absent), and
 *   its row in `offices`, kept in step with the office settings (`settings` key `office`).
 * - The clock: the last stamp issued, under `settings` key `exchange.clock`. A change takes the
 *   next stamp with `sirakor_next_stamp(last, office)`, a function every connection registers
 *   (electron/db/exchange-functions.ts): it reads the host's clock, and the trigger writes the new
 *   state back in the same statement's transaction, so connections that write one after the other
 *   (writers are serialised by SQLite) never issue the same stamp twice.
 * - Record tables (one row, one record): `owner_office_id` and `version`. An insert without a
 *   version is stamped and owned by the local office; an update of a local record is stamped; a
 *   deletion of a local record leaves a tombstone in `exchange_tombstones`.
 * - Part tables (rows that belong to a record and have no id of their own: a meeting's areas and
 *   recorded names, a plan row's locations and supporters, a plan's priority villages): exchanged
 *   inside their parent's record, so a change stamps the parent.
 * - Read only: a change to a record of another office, or to a part or a child of one, is refused
 *   with `sirakor:foreign-record:<office id>` (the dispatcher turns it into the READ_ONLY error),
 *   except while a package is applied (`sirakor_applying()`). Progress reports are records of the
 *   office that writes them: a report on another office's commitment is not a child of it.
 * - Seeded catalogue rows (migration 004, the same fixed ids in every office) belong to no office
 *   (owner and version null) and are never exchanged; the office's own additions are.
 *
 * Existing rows get the local office and one stamp, issued here from the host's clock.
 * Never edit this file once released: the runner refuses a changed checksum. Add a new file.
 */

/** The local office's id, as text. */
export const LOCAL_OFFICE = `(SELECT json_extract(value, '$') FROM settings WHERE key = 'exchange.officeId')`;
/** The last stamp issued, as text. */
export const CLOCK = `(SELECT json_extract(value, '$') FROM settings WHERE key = 'exchange.clock')`;
/** Moves the clock on by one stamp: read it back with CLOCK. */
const TICK = `UPDATE settings SET value = json_quote(sirakor_next_stamp(json_extract(value, '$'), ${LOCAL_OFFICE})),
    updated_at = sirakor_now() WHERE key = 'exchange.clock';`;

const foreign = (owner: string) => `(${owner} IS NOT NULL AND ${owner} IS NOT ${LOCAL_OFFICE})`;
const ownerOf = (table: string, id: string) => `(SELECT owner_office_id FROM ${table} WHERE id = ${id})`;
const refuse = (owner: string) => `SELECT RAISE(ABORT, 'sirakor:foreign-record:' || ${owner});`;

interface Parent {
  column: string;
  table: string;
}

interface RecordTable {
  table: string;
  /** The record this one belongs to: a record of another office takes no new children here. */
  parent?: Parent;
  /** Catalogue tables: seeded rows belong to no office. */
  seeded?: boolean;
  /** Columns the record holds, when others are kept locally by triggers (a guard and a stamp fire on these only). */
  ownColumns?: string;
}

/** The tables whose rows are exchanged as records, parents before children (docs/exchange.md explains the choice). */
export const RECORD_TABLES: readonly RecordTable[] = [
  { table: 'institutions' },
  { table: 'people' },
  { table: 'interventions', seeded: true },
  { table: 'convergence_actions', seeded: true },
  { table: 'funding_sources', seeded: true },
  { table: 'meetings' },
  { table: 'agenda_items', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'meeting_participants', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'minutes_entries', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'decisions', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'meeting_files', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'action_plans' },
  { table: 'plan_rows', parent: { column: 'plan_id', table: 'action_plans' } },
  { table: 'plan_row_funding', parent: { column: 'row_id', table: 'plan_rows' } },
  {
    table: 'commitments',
    parent: { column: 'meeting_id', table: 'meetings' },
    // Not: last_update_id, listed, meeting_zone, meeting_at, search_doc (kept by migration 003's triggers).
    ownColumns: `id, meeting_id, agenda_item_id, institution_id, contact_person_id, description, due_date, indicator,
      target, status, plan_row_id, position, created_at, updated_at, deleted_at, completed_on, owner_office_id, version`,
  },
  { table: 'commitment_updates' },
  { table: 'evidence_files', parent: { column: 'update_id', table: 'commitment_updates' } },
];

interface PartTable {
  table: string;
  parent: Parent;
}

export const PART_TABLES: readonly PartTable[] = [
  { table: 'meeting_areas', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'meeting_recorded_names', parent: { column: 'meeting_id', table: 'meetings' } },
  { table: 'plan_priority_villages', parent: { column: 'plan_id', table: 'action_plans' } },
  { table: 'plan_row_locations', parent: { column: 'row_id', table: 'plan_rows' } },
  { table: 'plan_row_supporters', parent: { column: 'row_id', table: 'plan_rows' } },
];

const NOT_APPLYING = 'NOT sirakor_applying()';

function recordSql({ table, parent, seeded, ownColumns }: RecordTable): string {
  const owner = seeded
    ? `CASE WHEN NEW.is_seeded = 1 THEN NULL ELSE coalesce(NEW.owner_office_id, ${LOCAL_OFFICE}) END`
    : `coalesce(NEW.owner_office_id, ${LOCAL_OFFICE})`;
  const parentForeign = parent ? ` OR ${foreign(ownerOf(parent.table, `NEW.${parent.column}`))}` : '';
  const parentOwner = parent ? ownerOf(parent.table, `NEW.${parent.column}`) : 'NULL';
  const of = ownColumns ? ` OF ${ownColumns}` : '';
  return `
ALTER TABLE ${table} ADD COLUMN owner_office_id TEXT REFERENCES offices (id);
ALTER TABLE ${table} ADD COLUMN version TEXT;
UPDATE ${table} SET owner_office_id = ${LOCAL_OFFICE}, version = ${CLOCK}${seeded ? ' WHERE is_seeded = 0' : ''};
CREATE INDEX ${table}_version ON ${table} (version) WHERE version IS NOT NULL;
CREATE TRIGGER ${table}_foreign_insert BEFORE INSERT ON ${table}
  WHEN ${NOT_APPLYING} AND (${foreign('NEW.owner_office_id')}${parentForeign})
BEGIN ${refuse(`coalesce(${parentOwner}, NEW.owner_office_id)`)} END;
CREATE TRIGGER ${table}_stamp_insert AFTER INSERT ON ${table} WHEN NEW.version IS NULL AND ${NOT_APPLYING} BEGIN
  ${TICK}
  UPDATE ${table} SET owner_office_id = ${owner}, version = CASE WHEN ${owner} IS NULL THEN NULL ELSE ${CLOCK} END
    WHERE id = NEW.id;
  DELETE FROM exchange_tombstones WHERE kind = '${table}' AND id = NEW.id;
END;
CREATE TRIGGER ${table}_foreign_update BEFORE UPDATE${of} ON ${table}
  WHEN ${NOT_APPLYING} AND ${foreign('OLD.owner_office_id')}
BEGIN ${refuse('OLD.owner_office_id')} END;
CREATE TRIGGER ${table}_owner_kept BEFORE UPDATE OF owner_office_id ON ${table}
  WHEN OLD.owner_office_id IS NOT NULL AND NEW.owner_office_id IS NOT OLD.owner_office_id
BEGIN SELECT RAISE(ABORT, 'sirakor:owner-change'); END;
CREATE TRIGGER ${table}_stamp_update AFTER UPDATE${of} ON ${table}
  WHEN NEW.version IS OLD.version AND NEW.owner_office_id IS ${LOCAL_OFFICE}
BEGIN
  ${TICK}
  UPDATE ${table} SET version = ${CLOCK} WHERE id = NEW.id;
END;
CREATE TRIGGER ${table}_foreign_delete BEFORE DELETE ON ${table} WHEN ${NOT_APPLYING} AND ${foreign('OLD.owner_office_id')}
BEGIN ${refuse('OLD.owner_office_id')} END;
CREATE TRIGGER ${table}_tombstone AFTER DELETE ON ${table} WHEN OLD.owner_office_id IS ${LOCAL_OFFICE} BEGIN
  ${TICK}
  INSERT OR REPLACE INTO exchange_tombstones (kind, id, owner_office_id, version)
    VALUES ('${table}', OLD.id, OLD.owner_office_id, ${CLOCK});
END;`;
}

function partSql({ table, parent }: PartTable): string {
  const of = (row: 'NEW' | 'OLD') => ownerOf(parent.table, `${row}.${parent.column}`);
  const stamp = (row: 'NEW' | 'OLD') => `
  ${TICK}
  UPDATE ${parent.table} SET version = ${CLOCK} WHERE id = ${row}.${parent.column};`;
  const local = (row: 'NEW' | 'OLD') => `${of(row)} IS ${LOCAL_OFFICE}`;
  return `
CREATE TRIGGER ${table}_foreign_insert BEFORE INSERT ON ${table} WHEN ${NOT_APPLYING} AND ${foreign(of('NEW'))}
BEGIN ${refuse(of('NEW'))} END;
CREATE TRIGGER ${table}_foreign_update BEFORE UPDATE ON ${table}
  WHEN ${NOT_APPLYING} AND (${foreign(of('OLD'))} OR ${foreign(of('NEW'))})
BEGIN ${refuse(`coalesce(${of('OLD')}, ${of('NEW')})`)} END;
CREATE TRIGGER ${table}_foreign_delete BEFORE DELETE ON ${table} WHEN ${NOT_APPLYING} AND ${foreign(of('OLD'))}
BEGIN ${refuse(of('OLD'))} END;
CREATE TRIGGER ${table}_stamp_insert AFTER INSERT ON ${table} WHEN ${NOT_APPLYING} AND ${local('NEW')} BEGIN${stamp('NEW')}
END;
CREATE TRIGGER ${table}_stamp_update AFTER UPDATE ON ${table} WHEN ${NOT_APPLYING} BEGIN
  ${TICK}
  UPDATE ${parent.table} SET version = ${CLOCK}
    WHERE id IN (OLD.${parent.column}, NEW.${parent.column}) AND owner_office_id IS ${LOCAL_OFFICE};
END;
CREATE TRIGGER ${table}_stamp_delete AFTER DELETE ON ${table} WHEN ${NOT_APPLYING} AND ${local('OLD')} BEGIN${stamp('OLD')}
END;`;
}

/**
 * A progress report of another office on a local commitment moves the commitment's status when it
 * is the newest live report with a status (by reported date, entry time, id), as the office's own
 * reports do through the handlers. The commitment stays this office's record, stamped by its clock.
 * A report of this office on another office's commitment changes nothing there (the handlers skip
 * the status move): the other office folds it in when the report arrives.
 */
function foldSql(event: 'INSERT' | 'UPDATE OF status_after, reported_on, deleted_at'): string {
  const name = event === 'INSERT' ? 'insert' : 'update';
  return `
CREATE TRIGGER commitment_updates_fold_${name} AFTER ${event} ON commitment_updates
  WHEN NEW.status_after IS NOT NULL AND NEW.deleted_at IS NULL AND ${foreign('NEW.owner_office_id')}
    AND ${ownerOf('commitments', 'NEW.commitment_id')} IS ${LOCAL_OFFICE}
    AND NOT EXISTS (SELECT 1 FROM commitment_updates u
      WHERE u.commitment_id = NEW.commitment_id AND u.deleted_at IS NULL AND u.status_after IS NOT NULL
        AND (u.reported_on, u.created_at, u.id) > (NEW.reported_on, NEW.created_at, NEW.id))
BEGIN
  UPDATE commitments SET status = NEW.status_after,
    completed_on = CASE WHEN NEW.status_after = 'done' THEN NEW.reported_on END
  WHERE id = NEW.commitment_id AND status IS NOT NEW.status_after;
END;`;
}

/** The host's clock (the store's `now`), as every other time the app writes. */
const NOW = 'sirakor_now()';

/** A UUIDv7 made by SQLite: 48 bits of Unix milliseconds, version 7, variant 10, random bits. */
const UUID_V7 = `(SELECT substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) || '-' || substr(x, 17, 4)
  || '-' || substr(x, 21, 12) FROM (SELECT
    printf('%012x', CAST((julianday(${NOW}) - 2440587.5) * 86400000 AS INTEGER))
    || '7' || substr(lower(hex(randomblob(2))), 2)
    || substr('89ab', abs(random()) % 4 + 1, 1) || substr(lower(hex(randomblob(2))), 2)
    || lower(hex(randomblob(6))) AS x))`;

/** The local office's name, level and area from the office settings (`OfficeIdentity`), given as JSON text. */
const officeFields = (settings: string) => `
  name = coalesce(json_extract(${settings}, '$.officeName'), ''),
  level = json_extract(${settings}, '$.level'),
  area_code = coalesce(json_extract(${settings}, '$.desaCode'), json_extract(${settings}, '$.kecamatanCode'),
    json_extract(${settings}, '$.kabupatenCode'))`;

export const sql = /* sql */ `
INSERT INTO settings (key, value, updated_at)
  SELECT 'exchange.officeId', json_quote(${UUID_V7}), ${NOW}
  WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'exchange.officeId');
INSERT INTO settings (key, value, updated_at)
  SELECT 'exchange.clock', json_quote(${NOW} || '_0000_' || ${LOCAL_OFFICE}), ${NOW}
  WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'exchange.clock');

CREATE TABLE offices (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  level TEXT CHECK (level IS NULL OR level IN ('desa', 'kecamatan', 'kabupaten')),
  area_code TEXT,
  signing_public_key TEXT,
  receiving_public_key TEXT,
  kode TEXT,
  trusted_at TEXT,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO offices (id, created_at) VALUES (${LOCAL_OFFICE}, ${NOW});
UPDATE offices SET ${officeFields(`(SELECT value FROM settings WHERE key = 'office')`)}
  WHERE id = ${LOCAL_OFFICE} AND EXISTS (SELECT 1 FROM settings WHERE key = 'office');
CREATE TRIGGER offices_local_settings_insert AFTER INSERT ON settings WHEN NEW.key = 'office' BEGIN
  UPDATE offices SET ${officeFields('NEW.value')} WHERE id = ${LOCAL_OFFICE};
END;
CREATE TRIGGER offices_local_settings_update AFTER UPDATE ON settings WHEN NEW.key = 'office' BEGIN
  UPDATE offices SET ${officeFields('NEW.value')} WHERE id = ${LOCAL_OFFICE};
END;

CREATE TABLE exchange_tombstones (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  owner_office_id TEXT NOT NULL REFERENCES offices (id),
  version TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX exchange_tombstones_version ON exchange_tombstones (version);
${RECORD_TABLES.map(recordSql).join('\n')}
${PART_TABLES.map(partSql).join('\n')}
${foldSql('INSERT')}
${foldSql('UPDATE OF status_after, reported_on, deleted_at')}
`;
