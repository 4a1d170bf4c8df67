import type Database from 'better-sqlite3';
import type { DemoBlocker, DemoUse } from '../../shared/domain/demo';
import type { DemoRecord } from './record';

/** `IN` one of the demo's id lists (a JSON array bound by name). */
const inList = (list: 'people' | 'institutions' | 'meetings' | 'plans') => `IN (SELECT value FROM json_each(@${list}))`;

type SampleList = 'people' | 'institutions';
type Blocker = { column: string; sql: string };

/** A meeting that is not the demo's. */
const realMeeting = (column: string) => `${column} NOT ${inList('meetings')}`;
const meetingOwner = `'meeting' AS kind, m.id AS id, m.title AS name`;
const planOwner = `'plan' AS kind, a.id AS id, a.title AS name`;
/** The sample person or institution `column` points at, as `s`. */
const sampleJoin = (list: SampleList, column: string) => `JOIN ${list} s ON s.id = ${column}`;

/** A column of the office's own live meetings (`m`) that names a sample person. */
function meetingColumn(column: string): Blocker {
  return {
    column: `meetings.${column}`,
    sql: `SELECT ${meetingOwner}, s.name AS sample FROM meetings m ${sampleJoin('people', `m.${column}`)}
      WHERE m.${column} ${inList('people')} AND ${realMeeting('m.id')} AND m.deleted_at IS NULL`,
  };
}

/** A column of a live part (`x`: agenda item, invitee, minutes entry) of the office's own live meeting. */
function meetingPart(table: string, column: string, list: SampleList, also = ''): Blocker {
  return {
    column: `${table}.${column}`,
    sql: `SELECT ${meetingOwner}, s.name AS sample FROM ${table} x
      JOIN meetings m ON m.id = x.meeting_id ${sampleJoin(list, `x.${column}`)}
      WHERE x.${column} ${inList(list)} AND ${realMeeting('x.meeting_id')}
        AND x.deleted_at IS NULL AND m.deleted_at IS NULL ${also}`,
  };
}

/**
 * A column of one of the office's live commitments (`c`), named by its meeting, or by itself when
 * it has none; `join` brings in the sample as `s` with its name as `sampleName`.
 */
function commitmentColumn(column: string, join: string, where: string, sampleName = 's.name'): Blocker {
  return {
    column: `commitments.${column}`,
    sql: `SELECT CASE WHEN m.id IS NULL THEN 'commitment' ELSE 'meeting' END AS kind,
        coalesce(m.id, c.id) AS id, coalesce(m.title, c.description) AS name, ${sampleName} AS sample
      FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id ${join}
      WHERE ${where} AND (c.meeting_id IS NULL OR c.meeting_id NOT ${inList('meetings')})
        AND c.deleted_at IS NULL AND m.deleted_at IS NULL`,
  };
}

/**
 * An institution column (`ref`) of the live rows (`r`) of the office's own live plans (`a`), read
 * from the row table or one of its children (`from`).
 */
function planRowColumn(column: string, from: string, ref: string): Blocker {
  return {
    column,
    sql: `SELECT ${planOwner}, s.name AS sample FROM ${from}
      JOIN action_plans a ON a.id = r.plan_id ${sampleJoin('institutions', ref)}
      WHERE ${ref} ${inList('institutions')} AND r.plan_id NOT ${inList('plans')}
        AND r.deleted_at IS NULL AND a.deleted_at IS NULL`,
  };
}

/**
 * Every way a row that stays (the office's own, not deleted) can point at a row the demo removal
 * deletes: each query names the office's record (kind, id, name) and the sample it uses. Rows
 * inside demo meetings and plans go with them and never block; the office's deleted rows, and
 * references that only record provenance, are detached instead (DETACH).
 * `tests/node/demo/demo-blockers.test.ts` checks that every foreign key of the schema is here, in
 * PROVENANCE or in NEVER_BLOCKS.
 */
export const BLOCKERS: Record<DemoUse, Blocker> = {
  chair: meetingColumn('chair_person_id'),
  minuteTaker: meetingColumn('minute_taker_person_id'),
  presenter: meetingPart('agenda_items', 'presenter_person_id', 'people'),
  presenterInstitution: meetingPart('agenda_items', 'presenter_institution_id', 'institutions'),
  participant: meetingPart('meeting_participants', 'person_id', 'people'),
  // A sample person invited with their institution is one thing to fix, named once (participant).
  participantInstitution: meetingPart(
    'meeting_participants',
    'institution_id',
    'institutions',
    `AND (x.person_id IS NULL OR x.person_id NOT ${inList('people')})`,
  ),
  speaker: meetingPart('minutes_entries', 'speaker_person_id', 'people'),
  commitmentInstitution: commitmentColumn(
    'institution_id',
    sampleJoin('institutions', 'c.institution_id'),
    `c.institution_id ${inList('institutions')}`,
  ),
  commitmentContact: commitmentColumn(
    'contact_person_id',
    sampleJoin('people', 'c.contact_person_id'),
    `c.contact_person_id ${inList('people')}`,
  ),
  commitmentPlanRow: commitmentColumn(
    'plan_row_id',
    'JOIN plan_rows s ON s.id = c.plan_row_id',
    `s.plan_id ${inList('plans')}`,
    's.activity',
  ),
  personInstitution: {
    column: 'people.institution_id',
    sql: `SELECT 'person' AS kind, x.id AS id, x.name AS name, s.name AS sample
      FROM people x ${sampleJoin('institutions', 'x.institution_id')}
      WHERE x.institution_id ${inList('institutions')} AND x.id NOT ${inList('people')} AND x.deleted_at IS NULL`,
  },
  planAdoptedIn: {
    column: 'action_plans.adopted_meeting_id',
    sql: `SELECT ${planOwner}, s.title AS sample FROM action_plans a JOIN meetings s ON s.id = a.adopted_meeting_id
      WHERE a.adopted_meeting_id ${inList('meetings')} AND a.id NOT ${inList('plans')} AND a.deleted_at IS NULL`,
  },
  rowResponsible: planRowColumn('plan_rows.responsible_institution_id', 'plan_rows r', 'r.responsible_institution_id'),
  rowSupporter: planRowColumn(
    'plan_row_supporters.institution_id',
    'plan_row_supporters x JOIN plan_rows r ON r.id = x.row_id',
    'x.institution_id',
  ),
};

/**
 * Foreign keys into tables the removal deletes from that can never point from an office's row
 * at a demo row: the row is a part of its meeting, plan, commitment or update, so it is either
 * inside the demo (and deleted with it) or outside (and pointing at the office's own parent).
 */
export const NEVER_BLOCKS: readonly string[] = [
  'agenda_items.meeting_id',
  'meeting_participants.meeting_id',
  'minutes_entries.meeting_id',
  'minutes_entries.agenda_item_id',
  'decisions.meeting_id',
  'decisions.agenda_item_id',
  'commitments.meeting_id',
  'commitments.agenda_item_id',
  'commitments.last_update_id',
  'commitment_updates.commitment_id',
  'evidence_files.update_id',
  'meeting_areas.meeting_id',
  'meeting_recorded_names.meeting_id',
  'meeting_files.meeting_id',
  'meeting_files.agenda_item_id',
  'plan_rows.plan_id',
  'plan_priority_villages.plan_id',
  'plan_row_locations.row_id',
  'plan_row_supporters.row_id',
  'plan_row_funding.row_id',
];

/** The office's records that use sample records, each once per use and sample, in a stable order. */
export function findDemoBlockers(db: Database.Database, record: DemoRecord): DemoBlocker[] {
  const lists = idLists(record);
  const found = new Map<string, DemoBlocker>();
  for (const [use, { sql }] of Object.entries(BLOCKERS) as [DemoUse, { sql: string }][]) {
    for (const row of db.prepare(sql).all(lists) as Omit<DemoBlocker, 'use'>[]) {
      found.set(`${row.kind}:${row.id}:${use}:${row.sample}`, { ...row, use });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'id') || a.use.localeCompare(b.use));
}

/** The demo's id lists as JSON arrays, bound by name into BLOCKERS and DETACH. */
function idLists(record: DemoRecord): Record<'people' | 'institutions' | 'meetings' | 'plans', string> {
  return {
    people: JSON.stringify(record.people),
    institutions: JSON.stringify(record.institutions),
    meetings: JSON.stringify(record.meetings),
    plans: JSON.stringify(record.plans),
  };
}

const deletedMeeting = 'IN (SELECT id FROM meetings WHERE deleted_at IS NOT NULL)';
const deletedCommitment = `IN (SELECT c.id FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NOT NULL OR m.deleted_at IS NOT NULL)`;
const deletedRow = `IN (SELECT r.id FROM plan_rows r JOIN action_plans a ON a.id = r.plan_id
  WHERE r.deleted_at IS NOT NULL OR a.deleted_at IS NOT NULL)`;
const hiddenPart = `(deleted_at IS NOT NULL OR meeting_id ${deletedMeeting})`;

/** A progress update outside the demo's meetings (those go with their commitments). */
const realUpdate = `commitment_id NOT IN (SELECT id FROM commitments WHERE meeting_id ${inList('meetings')})`;

/**
 * References that only say where a record came from, let go of at removal whatever the record:
 * a meeting or plan copied from the sample's, a progress report given during a sample meeting,
 * or reported by a sample person (progress reports cannot be edited; the name stays, as text).
 */
export const PROVENANCE: readonly { column: string; sql: string }[] = [
  {
    column: 'meetings.source_meeting_id',
    sql: `UPDATE meetings SET source_meeting_id = NULL
      WHERE source_meeting_id ${inList('meetings')} AND id NOT ${inList('meetings')}`,
  },
  {
    column: 'action_plans.copied_from_plan_id',
    sql: `UPDATE action_plans SET copied_from_plan_id = NULL
      WHERE copied_from_plan_id ${inList('plans')} AND id NOT ${inList('plans')}`,
  },
  {
    column: 'commitment_updates.meeting_id',
    sql: `UPDATE commitment_updates SET meeting_id = NULL WHERE meeting_id ${inList('meetings')} AND ${realUpdate}`,
  },
  {
    column: 'commitment_updates.reported_by_person_id',
    sql: `UPDATE commitment_updates
      SET reported_by_text = coalesce(reported_by_text, (SELECT name FROM people WHERE id = reported_by_person_id)),
        reported_by_person_id = NULL
      WHERE reported_by_person_id ${inList('people')} AND ${realUpdate}`,
  },
  {
    // A form report names its institution as the commitment does; the commitment's blocks.
    column: 'commitment_updates.reported_by_institution_id',
    sql: `UPDATE commitment_updates SET reported_by_institution_id = NULL
      WHERE reported_by_institution_id ${inList('institutions')} AND ${realUpdate}`,
  },
  {
    // The register keeps every number issued; an undangan of a sample meeting stays as a letter.
    column: 'letter_numbers.meeting_id',
    sql: `UPDATE letter_numbers SET meeting_id = NULL WHERE meeting_id ${inList('meetings')}`,
  },
];

/**
 * Before removal, the office's deleted records let go of the sample records they still point at
 * (the reference is cleared, or a deleted invitee or supporter row is dropped): deleted, they
 * cannot be opened to be fixed, and they should not keep the sample in the database forever.
 * Provenance references go too (PROVENANCE).
 */
export const DETACH: readonly string[] = [
  ...PROVENANCE.map((entry) => entry.sql),
  `UPDATE meetings SET chair_person_id = NULL WHERE deleted_at IS NOT NULL AND chair_person_id ${inList('people')}`,
  `UPDATE meetings SET minute_taker_person_id = NULL
    WHERE deleted_at IS NOT NULL AND minute_taker_person_id ${inList('people')}`,
  `UPDATE agenda_items SET presenter_person_id = NULL WHERE ${hiddenPart} AND presenter_person_id ${inList('people')}`,
  `UPDATE agenda_items SET presenter_institution_id = NULL
    WHERE ${hiddenPart} AND presenter_institution_id ${inList('institutions')}`,
  `DELETE FROM meeting_participants WHERE ${hiddenPart} AND meeting_id NOT ${inList('meetings')}
    AND (person_id ${inList('people')} OR institution_id ${inList('institutions')})`,
  `UPDATE minutes_entries SET speaker_person_id = NULL WHERE ${hiddenPart} AND speaker_person_id ${inList('people')}`,
  `UPDATE commitments SET contact_person_id = NULL WHERE id ${deletedCommitment} AND contact_person_id ${inList('people')}`,
  `UPDATE commitments SET plan_row_id = NULL WHERE id ${deletedCommitment}
    AND plan_row_id IN (SELECT id FROM plan_rows WHERE plan_id ${inList('plans')})`,
  `UPDATE people SET institution_id = NULL WHERE deleted_at IS NOT NULL AND institution_id ${inList('institutions')}
    AND id NOT ${inList('people')}`,
  `UPDATE action_plans SET adopted_meeting_id = NULL WHERE deleted_at IS NOT NULL AND adopted_meeting_id ${inList('meetings')}`,
  `UPDATE plan_rows SET responsible_institution_id = NULL WHERE id ${deletedRow}
    AND responsible_institution_id ${inList('institutions')}`,
  `DELETE FROM plan_row_supporters WHERE row_id ${deletedRow} AND institution_id ${inList('institutions')}`,
];

type IdList = keyof Omit<DemoRecord, 'loadedAt' | 'office'>;

/**
 * Hard deletes, children first; `?` is a JSON array of ids. What hangs off a demo meeting goes
 * with it (agenda, participants, minutes, decisions, its commitments with their progress),
 * including anything a newcomer added to it while trying the app; plan rows take their
 * locations, supporters and funding lines with them, and the plan its desa lokus (ON DELETE CASCADE).
 */
const DELETES: readonly (readonly [table: string, where: string, list: IdList])[] = [
  [
    'evidence_files',
    `update_id IN (SELECT u.id FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE c.meeting_id IN (SELECT value FROM json_each(?)))`,
    'meetings',
  ],
  [
    'commitment_updates',
    'commitment_id IN (SELECT id FROM commitments WHERE meeting_id IN (SELECT value FROM json_each(?)))',
    'meetings',
  ],
  ['commitments', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['decisions', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['minutes_entries', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_participants', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['agenda_items', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_recorded_names', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_files', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['plan_rows', 'plan_id IN (SELECT value FROM json_each(?))', 'plans'],
  ['action_plans', 'id IN (SELECT value FROM json_each(?))', 'plans'],
  ['meetings', 'id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['people', 'id IN (SELECT value FROM json_each(?))', 'people'],
  ['institutions', 'id IN (SELECT value FROM json_each(?))', 'institutions'],
];

/**
 * Lets the office's deleted records and provenance links go of the sample rows (DETACH), then
 * deletes the sample rows (DELETES), with foreign keys checked at the end (deferred: commitments
 * and their newest update point at each other). False when a key would still point at a sample
 * row. Call it inside a transaction.
 */
export function deleteDemoRows(db: Database.Database, record: DemoRecord): boolean {
  const lists = idLists(record);
  for (const sql of DETACH) db.prepare(sql).run(lists);
  db.pragma('defer_foreign_keys = ON');
  for (const [table, where, list] of DELETES) {
    db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(JSON.stringify(record[list]));
  }
  return (db.pragma('foreign_key_check') as unknown[]).length === 0;
}
