/**
 * Follow-up that reaches the people responsible (issue 12), one migration for the three stores it
 * needs. Never edit once released.
 *
 * Progress reported on a returned *formulir laporan progres*: an update remembers where it came
 * from (`source`: typed in the app, or read from a form), the institution that reported it
 * through the form, and a fingerprint of what it says (commitment, date, status, percent, note,
 * reporter), unique, so the same form imported twice adds nothing.
 *
 * The *buku agenda surat keluar*: every letter number the office issued or recorded, with its
 * date, kind, subject, addressee and meeting. A number is never issued twice: its normalised text
 * (`number_key`: lower case, without spaces) is unique, and so is its place in the year's
 * sequence. Numbers are not deleted; one taken by mistake is marked void (`voided_at`, with a
 * reason) and keeps its place. A hand-typed number that does not follow the office's pattern has
 * no sequence.
 *
 * Photos and materials of a meeting, attached to the meeting or to one of its agenda items and
 * kept in the data folder (`meeting-files/<year>/<uuid>.<ext>`) like evidence files, with their
 * size and SHA-256. The type is what the content says (`file_type`), never the name; photos can be
 * chosen for the notulen's *Lampiran dokumentasi* (`in_annex`) with a caption, and carry their
 * pixel size for the layout.
 */
export const sql = `
ALTER TABLE commitment_updates ADD COLUMN source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'form'));
ALTER TABLE commitment_updates ADD COLUMN reported_by_institution_id TEXT REFERENCES institutions (id);
ALTER TABLE commitment_updates ADD COLUMN fingerprint TEXT;
CREATE UNIQUE INDEX commitment_updates_fingerprint ON commitment_updates (fingerprint) WHERE fingerprint IS NOT NULL;

CREATE TABLE letter_numbers (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  sequence INTEGER CHECK (sequence IS NULL OR sequence >= 1),
  number TEXT NOT NULL,
  number_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('undangan', 'berita_acara', 'laporan', 'lainnya')),
  letter_date TEXT NOT NULL,
  subject TEXT NOT NULL,
  addressee TEXT,
  meeting_id TEXT REFERENCES meetings (id),
  source TEXT NOT NULL CHECK (source IN ('issued', 'recorded')),
  voided_at TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX letter_numbers_key ON letter_numbers (number_key);
CREATE UNIQUE INDEX letter_numbers_sequence ON letter_numbers (year, sequence) WHERE sequence IS NOT NULL;
CREATE INDEX letter_numbers_register ON letter_numbers (year, sequence, letter_date);
CREATE INDEX letter_numbers_meeting ON letter_numbers (meeting_id) WHERE meeting_id IS NOT NULL;

CREATE TABLE meeting_files (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  agenda_item_id TEXT REFERENCES agenda_items (id),
  file_type TEXT NOT NULL CHECK (file_type IN ('jpeg', 'png', 'pdf', 'docx', 'xlsx', 'pptx')),
  original_name TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256 TEXT NOT NULL,
  caption TEXT,
  in_annex INTEGER NOT NULL DEFAULT 0 CHECK (in_annex IN (0, 1) AND (in_annex = 0 OR file_type IN ('jpeg', 'png'))),
  width INTEGER,
  height INTEGER,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX meeting_files_meeting ON meeting_files (meeting_id, position) WHERE deleted_at IS NULL;
`;
