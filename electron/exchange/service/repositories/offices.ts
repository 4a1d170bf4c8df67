import type { KnownOffice, OfficeSummary } from '../../../../shared/domain/exchange';
import type { HostLevel } from '../../../../shared/domain/meetings';
import type { OfficeCard, OfficePublicKeys } from '../../../../shared/exchange/manifest';
import type { Db } from '../../../db/connection';
import { OFFICE_ID_SETTING } from '../../office-id';
import type { TrustedOffice } from '../../package-reader';

/**
 * The other offices this one knows (the rows of `offices` besides its own, migration 009) and the
 * user's trust in them: an office is trusted once someone compared its kode verifikasi by phone
 * (`trusted_at`), and only for the keys that were compared.
 */

interface OfficeRow {
  id: string;
  name: string;
  level: HostLevel | null;
  area_code: string | null;
  area_name: string | null;
  signing_public_key: string | null;
  receiving_public_key: string | null;
  kode: string | null;
  trusted_at: string | null;
  last_sent_at: string | null;
  last_received_at: string | null;
}

const SELECT_OFFICES = `
  SELECT o.id, o.name, o.level, o.area_code, a.name AS area_name, o.signing_public_key, o.receiving_public_key,
    o.kode, o.trusted_at,
    (SELECT max(recorded_at) FROM exchange_history h WHERE h.office_id = o.id AND h.direction = 'out') AS last_sent_at,
    (SELECT max(recorded_at) FROM exchange_history h WHERE h.office_id = o.id AND h.direction = 'in') AS last_received_at
  FROM offices o LEFT JOIN areas a ON a.code = o.area_code
  WHERE o.id IS NOT (SELECT json_extract(value, '$') FROM settings WHERE key = '${OFFICE_ID_SETTING}')`;

function knownOffice(row: OfficeRow): KnownOffice {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    areaCode: row.area_code,
    areaName: row.area_name,
    kode: row.kode,
    trustedAt: row.trusted_at,
    canReceive: row.trusted_at !== null && row.receiving_public_key !== null && row.kode !== null,
    lastSentAt: row.last_sent_at,
    lastReceivedAt: row.last_received_at,
  };
}

/** Every other office known here: trusted ones first, then by name. */
export function listOffices(db: Db): KnownOffice[] {
  const rows = db
    .prepare(`${SELECT_OFFICES} ORDER BY o.trusted_at IS NULL, o.name COLLATE NOCASE, o.id`)
    .all() as OfficeRow[];
  return rows.map(knownOffice);
}

export function findOffice(db: Db, officeId: string): KnownOffice | null {
  const row = db.prepare(`${SELECT_OFFICES} AND o.id = ?`).get(officeId) as OfficeRow | undefined;
  return row ? knownOffice(row) : null;
}

/** The keys the user trusted for an office, or null: what `ReadContext.trusted` answers. */
export function trustedOffice(db: Db, officeId: string): TrustedOffice | null {
  const row = db
    .prepare(
      `SELECT signing_public_key, receiving_public_key FROM offices
       WHERE id = ? AND trusted_at IS NOT NULL AND signing_public_key IS NOT NULL AND receiving_public_key IS NOT NULL`,
    )
    .get(officeId) as Pick<OfficeRow, 'signing_public_key' | 'receiving_public_key'> | undefined;
  if (!row?.signing_public_key || !row.receiving_public_key) return null;
  return { officeId, publicKeys: { signing: row.signing_public_key, receiving: row.receiving_public_key } };
}

/** The keys an office is trusted with, to encrypt a package to it; null when it is not trusted. */
export function recipientKeys(
  db: Db,
  officeId: string,
): { name: string; kode: string; publicKeys: OfficePublicKeys } | null {
  const trusted = trustedOffice(db, officeId);
  const office = findOffice(db, officeId);
  if (!trusted || !office?.kode) return null;
  return { name: office.name, kode: office.kode, publicKeys: trusted.publicKeys };
}

/** A package's sender as the screens show it: with its area's name. */
export function officeSummary(db: Db, card: OfficeCard): OfficeSummary {
  const area = db.prepare('SELECT name FROM areas WHERE code = ?').get(card.areaCode) as { name: string } | undefined;
  return {
    officeId: card.officeId,
    name: card.name,
    level: card.level,
    areaCode: card.areaCode,
    areaName: area?.name ?? null,
    kode: card.kode,
  };
}

export type TrustDecision = 'trusted' | 'keysReplaced' | 'declined';

/**
 * Records that the user compared `card.kode` by phone and trusts the office with these keys: its
 * row gets the keys, the code and `trusted_at` (a first contact), or new keys replace the old
 * (`keysReplaced`); the decision is logged with the code compared. One transaction.
 */
export function trustOffice(db: Db, card: OfficeCard, now: Date): TrustDecision {
  const at = now.toISOString();
  return db.transaction(() => {
    const before = db.prepare('SELECT kode, trusted_at FROM offices WHERE id = ?').get(card.officeId) as
      { kode: string | null; trusted_at: string | null } | undefined;
    const decision: TrustDecision = before?.trusted_at && before.kode !== card.kode ? 'keysReplaced' : 'trusted';
    db.prepare(
      `INSERT INTO offices (id, name, level, area_code, signing_public_key, receiving_public_key, kode, trusted_at, created_at)
       VALUES (@id, @name, @level, @area, @signing, @receiving, @kode, @at, @at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, area_code = excluded.area_code,
         signing_public_key = excluded.signing_public_key, receiving_public_key = excluded.receiving_public_key,
         kode = excluded.kode, trusted_at = excluded.trusted_at`,
    ).run({
      id: card.officeId,
      name: card.name,
      level: card.level,
      area: card.areaCode,
      signing: card.keys.signing,
      receiving: card.keys.receiving,
      kode: card.kode,
      at,
    });
    logDecision(db, card.officeId, decision, card.kode, before?.trusted_at ? before.kode : null, at);
    return decision;
  })();
}

/** The user did not trust the office (the codes differed, or no one could be reached): logged, nothing else. */
export function declineOffice(db: Db, card: OfficeCard, now: Date): void {
  const at = now.toISOString();
  db.transaction(() => {
    // The log names the office, so it needs a row; an untrusted row trusts nothing.
    db.prepare(
      `INSERT INTO offices (id, name, level, area_code, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ).run(card.officeId, card.name, card.level, card.areaCode, at);
    const before = db.prepare('SELECT kode FROM offices WHERE id = ?').get(card.officeId) as { kode: string | null };
    logDecision(db, card.officeId, 'declined', card.kode, before.kode, at);
  })();
}

function logDecision(
  db: Db,
  officeId: string,
  decision: TrustDecision,
  kode: string,
  previous: string | null,
  at: string,
) {
  db.prepare(
    `INSERT INTO exchange_trust_log (office_id, decision, kode, previous_kode, decided_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(officeId, decision, kode, previous, at);
}
