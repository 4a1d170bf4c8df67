import type { ExchangeHistoryEntry, ExchangeReport, KindCounts } from '../../../../shared/domain/exchange';
import type { PackageManifest } from '../../../../shared/exchange/manifest';
import type { Db } from '../../../db/connection';
import { newId } from '../../../db/ids';

/**
 * The history of exchanges (migration 011): every package written here or applied here, and per
 * recipient the stamp the last complete package went up to (`exchange_sent`).
 */

/** The recipient key of `exchange_sent`: an office id, or `*` for packages to any office. */
export const ANY_OFFICE = '*';

interface HistoryRow {
  id: string;
  direction: 'in' | 'out';
  package_id: string;
  package_sha256: string;
  office_id: string | null;
  office_name: string;
  file_name: string;
  size_bytes: number;
  encrypted: number;
  counts: string;
  first_at: string | null;
  last_at: string | null;
  report: string | null;
  package_created_at: string;
  recorded_at: string;
}

function entryOf(row: HistoryRow): ExchangeHistoryEntry {
  return {
    id: row.id,
    direction: row.direction,
    packageId: row.package_id,
    packageSha256: row.package_sha256,
    officeId: row.office_id,
    officeName: row.office_name,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    encrypted: row.encrypted === 1,
    counts: JSON.parse(row.counts) as KindCounts,
    firstAt: row.first_at,
    lastAt: row.last_at,
    report: row.report ? (JSON.parse(row.report) as ExchangeReport) : null,
    packageCreatedAt: row.package_created_at,
    recordedAt: row.recorded_at,
  };
}

export interface HistoryWrite {
  direction: 'in' | 'out';
  manifest: PackageManifest;
  packageSha256: string;
  /** The other office: the recipient (null for any office) or the sender. */
  office: { id: string; name: string } | null;
  fileName: string;
  sizeBytes: number;
  encrypted: boolean;
  report?: ExchangeReport;
  at: Date;
}

/** Adds an entry; the caller's transaction makes it part of the export's or the import's outcome. */
export function recordExchange(db: Db, write: HistoryWrite): ExchangeHistoryEntry {
  const id = newId();
  const { manifest } = write;
  db.prepare(
    `INSERT INTO exchange_history (id, direction, package_id, package_sha256, office_id, office_name, file_name,
       size_bytes, encrypted, since, through, first_at, last_at, counts, report, package_created_at, recorded_at)
     VALUES (@id, @direction, @packageId, @sha, @officeId, @officeName, @fileName, @size, @encrypted, @since, @through,
       @firstAt, @lastAt, @counts, @report, @createdAt, @at)`,
  ).run({
    id,
    direction: write.direction,
    packageId: manifest.packageId,
    sha: write.packageSha256,
    officeId: write.office?.id ?? null,
    officeName: write.office?.name ?? '',
    fileName: write.fileName,
    size: write.sizeBytes,
    encrypted: write.encrypted ? 1 : 0,
    since: manifest.changes.since,
    through: manifest.changes.through,
    firstAt: manifest.changes.firstAt,
    lastAt: manifest.changes.lastAt,
    counts: JSON.stringify(manifest.counts),
    report: write.report ? JSON.stringify(write.report) : null,
    createdAt: manifest.createdAt,
    at: write.at.toISOString(),
  });
  return historyEntry(db, id) as ExchangeHistoryEntry;
}

export function historyEntry(db: Db, id: string): ExchangeHistoryEntry | null {
  const row = db.prepare('SELECT * FROM exchange_history WHERE id = ?').get(id) as HistoryRow | undefined;
  return row ? entryOf(row) : null;
}

/** The newest first. */
export function listHistory(db: Db, limit: number): ExchangeHistoryEntry[] {
  const rows = db
    .prepare('SELECT * FROM exchange_history ORDER BY recorded_at DESC, id DESC LIMIT ?')
    .all(limit) as HistoryRow[];
  return rows.map(entryOf);
}

/** The import of this very file, if it was applied here. */
export function importedPackage(db: Db, packageSha256: string): ExchangeHistoryEntry | null {
  const row = db
    .prepare(`SELECT * FROM exchange_history WHERE direction = 'in' AND package_sha256 = ?`)
    .get(packageSha256) as HistoryRow | undefined;
  return row ? entryOf(row) : null;
}

/** Where the last complete package to `recipient` went up to, and when it was made; null: none yet. */
export function sentThrough(db: Db, recipient: string): { through: string | null; sentAt: string } | null {
  const row = db.prepare('SELECT through, sent_at FROM exchange_sent WHERE recipient = ?').get(recipient) as
    { through: string | null; sent_at: string } | undefined;
  return row ? { through: row.through, sentAt: row.sent_at } : null;
}

/**
 * Moves the recipient's mark to the package's `through` (never back: an "everything" package made
 * after a newer one goes up to the same place or further).
 */
export function markSent(db: Db, recipient: string, manifest: PackageManifest, at: Date): void {
  const previous = sentThrough(db, recipient)?.through ?? null;
  const through =
    manifest.changes.through === null || (previous !== null && previous > manifest.changes.through)
      ? previous
      : manifest.changes.through;
  db.prepare(
    `INSERT INTO exchange_sent (recipient, through, package_id, sent_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (recipient) DO UPDATE SET through = excluded.through, package_id = excluded.package_id,
       sent_at = excluded.sent_at`,
  ).run(recipient, through, manifest.packageId, at.toISOString());
}
