/**
 * Exchange between offices, the service layer (issue 11, docs/exchange.md "Kirim data", "Terima
 * data"). Never edit once released.
 *
 * `exchange_history`: every package this office wrote (`out`) or applied (`in`), with the file's
 * SHA-256 (a package applied twice is recognised by it: the unique index), its id, the other
 * office (the recipient of an outgoing package, null for "any office"; the sender of an incoming
 * one) and its name as it was then, the counts of the manifest, the change range, and for an
 * import the report of what changed (JSON: per kind added/updated/deleted/unchanged, and the
 * meetings and commitments it touched, for the links of the report).
 *
 * `exchange_sent`: per recipient (an office id, or `*` for "any office") the version stamp the
 * last complete package to it went up to, so that the next one carries only what changed since.
 * Written in the same transaction as the history row, after the file is complete.
 *
 * `exchange_trust_log`: what the user decided about an office's keys (trusted at first contact,
 * new keys accepted, declined), with the kode verifikasi compared; the keys themselves are those of
 * the office's row in `offices` (migration 009), whose `trusted_at` says it is trusted.
 */
export const sql = `
CREATE TABLE exchange_history (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  package_id TEXT NOT NULL,
  package_sha256 TEXT NOT NULL CHECK (length(package_sha256) = 64),
  office_id TEXT REFERENCES offices (id),
  office_name TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
  since TEXT,
  through TEXT,
  first_at TEXT,
  last_at TEXT,
  counts TEXT NOT NULL CHECK (json_valid(counts)),
  report TEXT CHECK (report IS NULL OR json_valid(report)),
  package_created_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX exchange_history_imported ON exchange_history (package_sha256) WHERE direction = 'in';
CREATE INDEX exchange_history_recent ON exchange_history (recorded_at DESC, id);

CREATE TABLE exchange_sent (
  recipient TEXT PRIMARY KEY,
  through TEXT,
  package_id TEXT NOT NULL,
  sent_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE exchange_trust_log (
  id INTEGER PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices (id),
  decision TEXT NOT NULL CHECK (decision IN ('trusted', 'keysReplaced', 'declined')),
  kode TEXT NOT NULL,
  previous_kode TEXT,
  decided_at TEXT NOT NULL
) STRICT;
CREATE INDEX exchange_trust_log_office ON exchange_trust_log (office_id, id);
`;
