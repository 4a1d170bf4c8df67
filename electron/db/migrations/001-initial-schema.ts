/**
 * The first schema covers the whole domain of PRODUCT.md, so later features add columns and
 * indexes instead of redoing tables. Conventions: UUIDv7 text ids (areas use their Kemendagri
 * code), ISO-8601 UTC timestamps, `deleted_at` for soft deletion, money as integer Rupiah,
 * local dates `YYYY-MM-DD` and wall-clock times `HH:MM` in the meeting's time zone.
 * Never edit this file once released: the runner refuses a changed checksum. Add a new file.
 */
export const sql = /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE areas (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kecamatan', 'desa')),
  kind TEXT CHECK (kind IN ('kabupaten', 'kota', 'desa', 'kelurahan')),
  parent_code TEXT REFERENCES areas (code),
  search_name TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX areas_parent ON areas (parent_code, name);

CREATE TABLE institutions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT,
  sector TEXT NOT NULL,
  level TEXT NOT NULL,
  area_code TEXT REFERENCES areas (code),
  address TEXT,
  phone TEXT,
  email TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX institutions_name ON institutions (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX institutions_sector ON institutions (sector) WHERE deleted_at IS NULL;
CREATE INDEX institutions_area ON institutions (area_code) WHERE deleted_at IS NULL;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  position TEXT,
  institution_id TEXT REFERENCES institutions (id),
  nip TEXT CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
  rank TEXT,
  phone TEXT,
  email TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX people_name ON people (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX people_institution ON people (institution_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX people_nip_unique ON people (nip) WHERE deleted_at IS NULL AND nip IS NOT NULL;

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  host_level TEXT NOT NULL CHECK (host_level IN ('kabupaten', 'kecamatan', 'desa')),
  date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT,
  time_zone TEXT NOT NULL CHECK (time_zone IN ('WIB', 'WITA', 'WIT')),
  venue TEXT,
  chair_person_id TEXT REFERENCES people (id),
  chair_role TEXT,
  minute_taker_person_id TEXT REFERENCES people (id),
  invitation_number TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'held', 'approved')),
  summary TEXT,
  closing_time TEXT,
  approved_at TEXT,
  is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
  source_meeting_id TEXT REFERENCES meetings (id),
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX meetings_date ON meetings (date DESC, start_time DESC) WHERE deleted_at IS NULL;
CREATE INDEX meetings_status ON meetings (status, date DESC) WHERE deleted_at IS NULL;

CREATE TABLE meeting_areas (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  area_code TEXT NOT NULL REFERENCES areas (code),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (meeting_id, area_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_areas_area ON meeting_areas (area_code, meeting_id);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'discussion',
  title TEXT NOT NULL,
  presenter_person_id TEXT REFERENCES people (id),
  presenter_institution_id TEXT REFERENCES institutions (id),
  start_time TEXT,
  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position) WHERE deleted_at IS NULL;

-- Invitees and walk-ins in one table: attendance is a property of a participant.
CREATE TABLE meeting_participants (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  person_id TEXT REFERENCES people (id),
  institution_id TEXT REFERENCES institutions (id),
  free_name TEXT,
  free_position TEXT,
  role TEXT NOT NULL DEFAULT 'participant'
    CHECK (role IN ('chair', 'presenter', 'participant', 'minute_taker', 'guest')),
  invited INTEGER NOT NULL DEFAULT 1 CHECK (invited IN (0, 1)),
  attendance TEXT NOT NULL DEFAULT 'unknown'
    CHECK (attendance IN ('unknown', 'present', 'excused', 'absent', 'represented')),
  stand_in_name TEXT,
  stand_in_position TEXT,
  arrival_time TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (person_id IS NOT NULL OR institution_id IS NOT NULL OR free_name IS NOT NULL)
) STRICT;
CREATE INDEX meeting_participants_meeting ON meeting_participants (meeting_id, position) WHERE deleted_at IS NULL;
CREATE INDEX meeting_participants_person ON meeting_participants (person_id);

CREATE TABLE minutes_entries (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  agenda_item_id TEXT REFERENCES agenda_items (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'discussion' CHECK (kind IN ('discussion', 'directive', 'note')),
  speaker_person_id TEXT REFERENCES people (id),
  speaker_text TEXT,
  body TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX minutes_entries_meeting ON minutes_entries (meeting_id, agenda_item_id, position) WHERE deleted_at IS NULL;

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  agenda_item_id TEXT REFERENCES agenda_items (id),
  number INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX decisions_meeting ON decisions (meeting_id, number) WHERE deleted_at IS NULL;

-- Intervention catalogue, convergence actions and funding sources: seeded, editable by the office.
CREATE TABLE interventions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('spesifik', 'sensitif', 'lainnya')),
  code TEXT,
  name TEXT NOT NULL,
  indicator TEXT,
  unit TEXT,
  national_target TEXT,
  target_group TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  is_seeded INTEGER NOT NULL DEFAULT 0 CHECK (is_seeded IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE convergence_actions (
  id TEXT PRIMARY KEY,
  scheme TEXT NOT NULL CHECK (scheme IN ('aksi8', 'skema2025')),
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  grouping TEXT,
  is_seeded INTEGER NOT NULL DEFAULT 0 CHECK (is_seeded IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE funding_sources (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES funding_sources (id),
  position INTEGER NOT NULL DEFAULT 0,
  is_seeded INTEGER NOT NULL DEFAULT 0 CHECK (is_seeded IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE action_plans (
  id TEXT PRIMARY KEY,
  area_code TEXT NOT NULL REFERENCES areas (code),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'revising')),
  adopted_meeting_id TEXT REFERENCES meetings (id),
  copied_from_plan_id TEXT REFERENCES action_plans (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX action_plans_area_year ON action_plans (area_code, year) WHERE deleted_at IS NULL;

CREATE TABLE plan_rows (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES action_plans (id),
  position INTEGER NOT NULL,
  activity TEXT NOT NULL DEFAULT '',
  budget_code TEXT,
  intervention_id TEXT REFERENCES interventions (id),
  intervention_kind TEXT NOT NULL DEFAULT 'lainnya' CHECK (intervention_kind IN ('spesifik', 'sensitif', 'lainnya')),
  convergence_action_id TEXT REFERENCES convergence_actions (id),
  target_group TEXT,
  indicator TEXT,
  target_volume REAL,
  target_unit TEXT,
  responsible_institution_id TEXT REFERENCES institutions (id),
  -- Bit 0 = January … bit 11 = December.
  schedule_months INTEGER NOT NULL DEFAULT 0 CHECK (schedule_months BETWEEN 0 AND 4095),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  realisation_percent INTEGER CHECK (realisation_percent IS NULL OR realisation_percent BETWEEN 0 AND 100),
  realisation_amount INTEGER CHECK (realisation_amount IS NULL OR realisation_amount >= 0),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX plan_rows_plan ON plan_rows (plan_id, position) WHERE deleted_at IS NULL;

CREATE TABLE plan_row_locations (
  row_id TEXT NOT NULL REFERENCES plan_rows (id) ON DELETE CASCADE,
  area_code TEXT NOT NULL REFERENCES areas (code),
  PRIMARY KEY (row_id, area_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX plan_row_locations_area ON plan_row_locations (area_code);

CREATE TABLE plan_row_supporters (
  row_id TEXT NOT NULL REFERENCES plan_rows (id) ON DELETE CASCADE,
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  PRIMARY KEY (row_id, institution_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE plan_row_funding (
  id TEXT PRIMARY KEY,
  row_id TEXT NOT NULL REFERENCES plan_rows (id) ON DELETE CASCADE,
  funding_source_id TEXT NOT NULL REFERENCES funding_sources (id),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  position INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX plan_row_funding_row ON plan_row_funding (row_id);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY,
  meeting_id TEXT REFERENCES meetings (id),
  agenda_item_id TEXT REFERENCES agenda_items (id),
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  contact_person_id TEXT REFERENCES people (id),
  description TEXT NOT NULL,
  due_date TEXT,
  indicator TEXT,
  target TEXT,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
  plan_row_id TEXT REFERENCES plan_rows (id),
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX commitments_meeting ON commitments (meeting_id, position) WHERE deleted_at IS NULL;
CREATE INDEX commitments_status_due ON commitments (status, due_date) WHERE deleted_at IS NULL;
CREATE INDEX commitments_institution ON commitments (institution_id) WHERE deleted_at IS NULL;

-- Progress reported on a commitment, optionally during a later meeting (carry-over review).
CREATE TABLE commitment_updates (
  id TEXT PRIMARY KEY,
  commitment_id TEXT NOT NULL REFERENCES commitments (id),
  meeting_id TEXT REFERENCES meetings (id),
  reported_on TEXT NOT NULL,
  note TEXT,
  percent INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
  status_after TEXT CHECK (status_after IS NULL OR status_after IN ('not_started', 'in_progress', 'done', 'cancelled')),
  reported_by_person_id TEXT REFERENCES people (id),
  reported_by_text TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX commitment_updates_commitment ON commitment_updates (commitment_id, reported_on DESC);

CREATE TABLE evidence_files (
  id TEXT PRIMARY KEY,
  update_id TEXT NOT NULL REFERENCES commitment_updates (id),
  original_name TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  media_type TEXT,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX evidence_files_update ON evidence_files (update_id);

-- Append-only: changes to commitments, approvals (lock/unlock with reason) and personal data.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  changes TEXT CHECK (changes IS NULL OR json_valid(changes)),
  reason TEXT,
  meeting_id TEXT
) STRICT;
CREATE INDEX history_entity ON history (entity, entity_id, id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
  BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
  BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
`;
