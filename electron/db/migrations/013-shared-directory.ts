/**
 * The shared directory (issue 11, item 5; docs/exchange.md "Shared directory"). Every unique key of
 * an exchanged table is unique per owning office, no longer across offices: the same Kepala Dinas
 * (one NIP) is in the directory of the kabupaten and of every kecamatan that invites him, two
 * kecamatan may each add a catalogue entry coded "L-01", and a kabupaten holds the plans of its
 * kecamatan beside its own. Before, the second copy of such a record waited in `exchange_held`
 * (`unique`) for ever; now it is applied, and the copies are linked by the office (`directory_links`)
 * instead of being held apart. Versions held for `unique` are applied by the next import, which
 * tries every held version again (nothing to do here: the runner cannot apply records).
 *
 * Seeded catalogue rows belong to no office (owner null, counted as '' here): they stay unique
 * among themselves, and an office's own entry with a seeded code is refused by the catalogue's
 * handlers, which look at the seeded and the office's own entries.
 *
 * `directory_links` and `directory_not_duplicates` are the office's own decisions about the copies
 * (never exchanged: each office decides for itself which records it takes for the same, and a link
 * never rewrites a reference, so nothing another office holds depends on it). A link joins two
 * records of the same kind into a group named by its smallest id (`group_id`); `directory_not_duplicates`
 * remembers a pair the user said is not the same, so it is not offered again.
 * Never edit this file once released: the runner refuses a changed checksum. Add a new file.
 */
export const sql = /* sql */ `
DROP INDEX people_nip_unique;
CREATE UNIQUE INDEX people_nip_unique ON people (owner_office_id, nip) WHERE deleted_at IS NULL AND nip IS NOT NULL;
-- Matching across offices looks people up by NIP alone.
CREATE INDEX people_nip ON people (nip) WHERE deleted_at IS NULL AND nip IS NOT NULL;

DROP INDEX interventions_code_unique;
CREATE UNIQUE INDEX interventions_code_unique ON interventions (ifnull(owner_office_id, ''), code COLLATE NOCASE)
  WHERE deleted_at IS NULL AND code IS NOT NULL;
DROP INDEX convergence_actions_number_unique;
CREATE UNIQUE INDEX convergence_actions_number_unique ON convergence_actions (ifnull(owner_office_id, ''), scheme, number)
  WHERE deleted_at IS NULL;
DROP INDEX funding_sources_code_unique;
CREATE UNIQUE INDEX funding_sources_code_unique ON funding_sources (ifnull(owner_office_id, ''), code COLLATE NOCASE)
  WHERE deleted_at IS NULL;

DROP INDEX action_plans_area_year_unique;
CREATE UNIQUE INDEX action_plans_area_year_unique ON action_plans (owner_office_id, area_code, year)
  WHERE deleted_at IS NULL;

DROP INDEX commitment_updates_fingerprint;
CREATE UNIQUE INDEX commitment_updates_fingerprint ON commitment_updates (owner_office_id, fingerprint)
  WHERE fingerprint IS NOT NULL;

CREATE TABLE directory_links (
  kind TEXT NOT NULL CHECK (kind IN ('institutions', 'people')),
  record_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX directory_links_group ON directory_links (kind, group_id);

CREATE TABLE directory_not_duplicates (
  kind TEXT NOT NULL CHECK (kind IN ('institutions', 'people')),
  first_id TEXT NOT NULL,
  second_id TEXT NOT NULL CHECK (first_id < second_id),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (kind, first_id, second_id)
) STRICT, WITHOUT ROWID;
`;
