/**
 * Records a package brought that cannot be applied yet (issue 11, docs/exchange.md "Applying a
 * package"): a version whose references name a record this installation does not have (Kelara's
 * commitment names an institution of the kabupaten, and the kabupaten's package has not arrived),
 * a tombstone of a record that records of other offices still refer to, or a version that collides
 * with another office's record on a unique key (the same NIP). They wait here, whole, and every
 * later import tries them again; so foreign keys always hold and the order packages arrive in
 * does not change what is finally applied. One row per record: the greatest version received.
 * Never edit this file once released: the runner refuses a changed checksum. Add a new file.
 */
export const sql = /* sql */ `
CREATE TABLE exchange_held (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  owner_office_id TEXT NOT NULL REFERENCES offices (id),
  version TEXT NOT NULL,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  data TEXT CHECK (data IS NULL OR json_valid(data)),
  -- What it waits for: 'missing:<kind>:<id>', 'referenced', or 'unique'.
  waiting_for TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
`;
