/**
 * Commitment follow-up (issue 4): the ledger, status and progress, carry-over, the chair's
 * dashboard and search. Indexes were chosen with EXPLAIN QUERY PLAN on 50,000 commitments; the
 * plans of the hot queries are asserted in tests/node/commitments/follow-up-plans.test.ts.
 *
 * Commitments get columns the follow-up reads on every page, kept by triggers so no code path
 * can forget them:
 * - `completed_on`: the local date it became done (cleared when it leaves done; set by the
 *   handlers), so "done this quarter" and the monthly trend read one indexed column.
 * - `last_update_id`: the newest live progress update (by reported date, then entry time), so a
 *   ledger page joins 100 updates by key instead of searching each commitment's updates.
 * - `listed`, `meeting_zone`, `meeting_at`: copied from the meeting. Whether the commitment is in
 *   the ledger at all (alive, of a live non-template meeting or of none), the meeting's time zone
 *   (overdue is derived with the zone's "today") and its date and start time (the meeting sort,
 *   carry-over). Without them every count joins 50,000 meetings rows (≈50 ms).
 * - `search_doc`: its row in `search_index`, for the ledger's text filter.
 *
 * `search_index` is one FTS5 table over meetings (title, venue), agenda items (title, notes),
 * minutes entries (body), decisions (body) and commitments (description; indicator and target),
 * with a `kind` column so a query can keep to one kind. `search_docs` maps each indexed row to its
 * FTS rowid (an explicit INTEGER PRIMARY KEY, which VACUUM never renumbers) and its meeting.
 * Triggers keep both in sync on insert, update and (soft) deletion; templates are not indexed.
 * The tokenizer folds case and diacritics; prefixes of 2 and 3 characters are indexed.
 */

/** What a commitment copies from its meeting (`c` is the commitment row). */
const meetingCopy = (c: string) => `
    listed = (${c}.deleted_at IS NULL AND (${c}.meeting_id IS NULL OR EXISTS (
      SELECT 1 FROM meetings m WHERE m.id = ${c}.meeting_id AND m.deleted_at IS NULL AND m.is_template = 0))),
    meeting_zone = (SELECT m.time_zone FROM meetings m WHERE m.id = ${c}.meeting_id),
    meeting_at = (SELECT m.date || ' ' || m.start_time FROM meetings m WHERE m.id = ${c}.meeting_id)`;

/** The newest live update of commitment `id`. */
const newestUpdate = (id: string) => `(
    SELECT u.id FROM commitment_updates u WHERE u.commitment_id = ${id} AND u.deleted_at IS NULL
    ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC LIMIT 1)`;

interface SearchSource {
  kind: 'meeting' | 'agenda' | 'minutes' | 'decision' | 'commitment';
  table: string;
  /** Expressions over the row `r` for the FTS columns and the meeting. */
  title: (r: string) => string;
  body: (r: string) => string;
  meetingId: (r: string) => string;
  /** The columns whose change re-indexes the row. */
  columns: string;
  /** Whether the row belongs in the index. */
  indexed: (r: string) => string;
}

const notTemplatePart = (r: string) =>
  `${r}.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM meetings WHERE id = ${r}.meeting_id AND is_template = 1)`;

const SEARCH_SOURCES: SearchSource[] = [
  {
    kind: 'meeting',
    table: 'meetings',
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.venue, '')`,
    meetingId: (r) => `${r}.id`,
    columns: 'title, venue, deleted_at, is_template',
    indexed: (r) => `${r}.deleted_at IS NULL AND ${r}.is_template = 0`,
  },
  {
    kind: 'agenda',
    table: 'agenda_items',
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.notes, '')`,
    meetingId: (r) => `${r}.meeting_id`,
    columns: 'title, notes, deleted_at',
    indexed: notTemplatePart,
  },
  {
    kind: 'minutes',
    table: 'minutes_entries',
    title: () => `''`,
    body: (r) => `${r}.body`,
    meetingId: (r) => `${r}.meeting_id`,
    columns: 'body, deleted_at',
    indexed: notTemplatePart,
  },
  {
    kind: 'decision',
    table: 'decisions',
    title: () => `''`,
    body: (r) => `${r}.body`,
    meetingId: (r) => `${r}.meeting_id`,
    columns: 'body, deleted_at',
    indexed: notTemplatePart,
  },
  {
    kind: 'commitment',
    table: 'commitments',
    title: (r) => `${r}.description`,
    body: (r) => `trim(coalesce(${r}.indicator, '') || ' ' || coalesce(${r}.target, ''))`,
    meetingId: (r) => `${r}.meeting_id`,
    columns: 'description, indicator, target, deleted_at',
    indexed: notTemplatePart,
  },
];

function searchSql(s: SearchSource): string {
  const docOf = (id: string) => `(SELECT doc FROM search_docs WHERE ref_id = ${id} AND kind = '${s.kind}')`;
  const add = `
  INSERT INTO search_docs (kind, ref_id, meeting_id) SELECT '${s.kind}', NEW.id, ${s.meetingId('NEW')}
    WHERE ${s.indexed('NEW')};
  INSERT INTO search_index (rowid, title, body, kind) SELECT last_insert_rowid(), ${s.title('NEW')}, ${s.body('NEW')},
    '${s.kind}' WHERE ${s.indexed('NEW')};`;
  const drop = `
  DELETE FROM search_index WHERE rowid = ${docOf('OLD.id')};
  DELETE FROM search_docs WHERE ref_id = OLD.id AND kind = '${s.kind}';`;
  const linkCommitment =
    s.kind === 'commitment' ? `\n  UPDATE commitments SET search_doc = ${docOf('NEW.id')} WHERE id = NEW.id;` : '';
  return `
CREATE TRIGGER search_${s.kind}_insert AFTER INSERT ON ${s.table} BEGIN${add}${linkCommitment}
END;
CREATE TRIGGER search_${s.kind}_update AFTER UPDATE OF ${s.columns} ON ${s.table} BEGIN${drop}${add}${linkCommitment}
END;
CREATE TRIGGER search_${s.kind}_delete AFTER DELETE ON ${s.table} BEGIN${drop}
END;
INSERT INTO search_docs (kind, ref_id, meeting_id)
  SELECT '${s.kind}', r.id, ${s.meetingId('r')} FROM ${s.table} r WHERE ${s.indexed('r')};
INSERT INTO search_index (rowid, title, body, kind)
  SELECT d.doc, ${s.title('r')}, ${s.body('r')}, d.kind FROM search_docs d JOIN ${s.table} r ON r.id = d.ref_id
  WHERE d.kind = '${s.kind}';`;
}

export const sql = /* sql */ `
ALTER TABLE commitments ADD COLUMN completed_on TEXT;
ALTER TABLE commitments ADD COLUMN last_update_id TEXT REFERENCES commitment_updates (id);
ALTER TABLE commitments ADD COLUMN listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1));
ALTER TABLE commitments ADD COLUMN meeting_zone TEXT CHECK (meeting_zone IS NULL OR meeting_zone IN ('WIB', 'WITA', 'WIT'));
ALTER TABLE commitments ADD COLUMN meeting_at TEXT;
ALTER TABLE commitments ADD COLUMN search_doc INTEGER;

UPDATE commitments SET ${meetingCopy('commitments')};
UPDATE commitments SET last_update_id = ${newestUpdate('commitments.id')};
UPDATE commitments SET completed_on = coalesce(
  (SELECT u.reported_on FROM commitment_updates u
   WHERE u.commitment_id = commitments.id AND u.deleted_at IS NULL AND u.status_after = 'done'
   ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1),
  substr(updated_at, 1, 10))
WHERE status = 'done';

CREATE TRIGGER commitments_meeting_copy_insert AFTER INSERT ON commitments BEGIN
  UPDATE commitments SET ${meetingCopy('NEW')} WHERE id = NEW.id;
END;
CREATE TRIGGER commitments_meeting_copy_update AFTER UPDATE OF meeting_id, deleted_at ON commitments BEGIN
  UPDATE commitments SET ${meetingCopy('NEW')} WHERE id = NEW.id;
END;
CREATE TRIGGER meetings_commitments_copy AFTER UPDATE OF date, start_time, time_zone, deleted_at, is_template ON meetings
  WHEN OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.time_zone IS NOT NEW.time_zone
    OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.is_template IS NOT NEW.is_template
BEGIN
  UPDATE commitments SET listed = (deleted_at IS NULL AND NEW.deleted_at IS NULL AND NEW.is_template = 0),
    meeting_zone = NEW.time_zone, meeting_at = NEW.date || ' ' || NEW.start_time
  WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER commitment_updates_newest_insert AFTER INSERT ON commitment_updates BEGIN
  UPDATE commitments SET last_update_id = ${newestUpdate('NEW.commitment_id')} WHERE id = NEW.commitment_id;
END;
CREATE TRIGGER commitment_updates_newest_update
  AFTER UPDATE OF commitment_id, reported_on, created_at, deleted_at ON commitment_updates BEGIN
  UPDATE commitments SET last_update_id = ${newestUpdate('commitments.id')}
  WHERE id IN (OLD.commitment_id, NEW.commitment_id);
END;

-- The ledger. Every index holds listed commitments only (queries say "listed = 1") and leads with
-- what one filter or sort needs; each also carries the columns every other filter tests (and the
-- rowid, the tie-break), so counts and page keys never read the wide commitment rows.
CREATE INDEX commitments_ledger_due
  ON commitments (due_date IS NULL, due_date, status, meeting_zone, institution_id, meeting_id, search_doc)
  WHERE listed = 1;
CREATE INDEX commitments_ledger_due_desc ON commitments (
  due_date, status, meeting_zone, institution_id, meeting_id, search_doc, updated_at, meeting_at, position
) WHERE listed = 1;
CREATE INDEX commitments_ledger_updated
  ON commitments (updated_at, status, due_date, meeting_zone, institution_id, meeting_id, search_doc) WHERE listed = 1;
CREATE INDEX commitments_ledger_meeting_at ON commitments (
  meeting_at DESC, meeting_id DESC, position, status, due_date, meeting_zone, institution_id, search_doc
) WHERE listed = 1;
CREATE INDEX commitments_ledger_status ON commitments (
  status, due_date, meeting_zone, institution_id, meeting_id, search_doc, updated_at, meeting_at, position
) WHERE listed = 1;
CREATE INDEX commitments_ledger_institution ON commitments (
  institution_id, due_date IS NULL, due_date, status, meeting_zone, meeting_id, search_doc, updated_at, meeting_at,
  position
) WHERE listed = 1;
CREATE INDEX commitments_ledger_of_meeting ON commitments (
  meeting_id, status, due_date, meeting_zone, institution_id, search_doc, updated_at, meeting_at, position
) WHERE listed = 1;
CREATE INDEX commitments_ledger_search ON commitments (
  search_doc, status, due_date, meeting_zone, institution_id, meeting_id, updated_at, meeting_at, position
) WHERE listed = 1;
CREATE INDEX commitments_completed ON commitments (completed_on) WHERE listed = 1 AND completed_on IS NOT NULL;
-- The institution sort walks institutions by name (all of them: deleted ones keep their commitments).
CREATE INDEX institutions_sort ON institutions (name COLLATE NOCASE, id);
-- Carry-over: the updates given during a meeting.
CREATE INDEX commitment_updates_meeting ON commitment_updates (meeting_id, commitment_id) WHERE meeting_id IS NOT NULL;

CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'agenda', 'minutes', 'decision', 'commitment')),
  ref_id TEXT NOT NULL,
  meeting_id TEXT,
  UNIQUE (ref_id, kind)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body, kind, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
${SEARCH_SOURCES.map(searchSql).join('\n')}
UPDATE commitments SET search_doc = (SELECT doc FROM search_docs WHERE ref_id = commitments.id AND kind = 'commitment');
`;
