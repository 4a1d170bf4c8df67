import type Database from 'better-sqlite3';
import type { DemoBlocker, DemoUse } from '../../shared/domain/demo';
import type { DemoRecord } from './record';

/** `IN` one of the demo's id lists (a JSON array bound by name). */
const inList = (list: 'people' | 'institutions' | 'meetings' | 'plans') => `IN (SELECT value FROM json_each(@${list}))`;

/** A meeting that is not the demo's. */
const realMeeting = (column: string) => `${column} NOT ${inList('meetings')}`;
/** A commitment that goes with no demo meeting: its own, or a stand-alone one. */
const realCommitment = `(c.meeting_id IS NULL OR c.meeting_id NOT ${inList('meetings')})`;
/** The record that holds a commitment: its meeting, or the commitment itself. */
const commitmentOwner = `CASE WHEN m.id IS NULL THEN 'commitment' ELSE 'meeting' END AS kind,
  coalesce(m.id, c.id) AS id, coalesce(m.title, c.description) AS name`;
const meetingOwner = `'meeting' AS kind, m.id AS id, m.title AS name`;
const planOwner = `'plan' AS kind, a.id AS id, a.title AS name`;
/** A part of a meeting the user can see: neither it nor its meeting deleted (`x`, `m`). */
const livePart = 'x.deleted_at IS NULL AND m.deleted_at IS NULL';
/** A commitment the user can see (`c`, its meeting `m`). */
const liveCommitment = 'c.deleted_at IS NULL AND m.deleted_at IS NULL';

/**
 * Every way a row that stays (the office's own, not deleted) can point at a row the demo removal
 * deletes: each query names the office's record (kind, id, name) and the sample it uses. Rows
 * inside demo meetings and plans go with them and never block; the office's deleted rows, and
 * references that only record provenance, are detached instead (DETACH). `tests/node/demo-blockers.test.ts` checks
 * that every foreign key of the schema is here, in PROVENANCE or in NEVER_BLOCKS.
 */
export const BLOCKERS: Record<DemoUse, { column: string; sql: string }> = {
  chair: {
    column: 'meetings.chair_person_id',
    sql: `SELECT ${meetingOwner}, p.name AS sample FROM meetings m JOIN people p ON p.id = m.chair_person_id
      WHERE m.chair_person_id ${inList('people')} AND ${realMeeting('m.id')} AND m.deleted_at IS NULL`,
  },
  minuteTaker: {
    column: 'meetings.minute_taker_person_id',
    sql: `SELECT ${meetingOwner}, p.name AS sample FROM meetings m JOIN people p ON p.id = m.minute_taker_person_id
      WHERE m.minute_taker_person_id ${inList('people')} AND ${realMeeting('m.id')} AND m.deleted_at IS NULL`,
  },
  presenter: {
    column: 'agenda_items.presenter_person_id',
    sql: `SELECT ${meetingOwner}, p.name AS sample FROM agenda_items x
      JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.presenter_person_id
      WHERE x.presenter_person_id ${inList('people')} AND ${realMeeting('x.meeting_id')} AND ${livePart}`,
  },
  presenterInstitution: {
    column: 'agenda_items.presenter_institution_id',
    sql: `SELECT ${meetingOwner}, i.name AS sample FROM agenda_items x
      JOIN meetings m ON m.id = x.meeting_id JOIN institutions i ON i.id = x.presenter_institution_id
      WHERE x.presenter_institution_id ${inList('institutions')} AND ${realMeeting('x.meeting_id')} AND ${livePart}`,
  },
  participant: {
    column: 'meeting_participants.person_id',
    sql: `SELECT ${meetingOwner}, p.name AS sample FROM meeting_participants x
      JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.person_id
      WHERE x.person_id ${inList('people')} AND ${realMeeting('x.meeting_id')} AND ${livePart}`,
  },
  participantInstitution: {
    column: 'meeting_participants.institution_id',
    sql: `SELECT ${meetingOwner}, i.name AS sample FROM meeting_participants x
      JOIN meetings m ON m.id = x.meeting_id JOIN institutions i ON i.id = x.institution_id
      WHERE x.institution_id ${inList('institutions')} AND ${realMeeting('x.meeting_id')} AND ${livePart}
        -- A sample person invited with their institution is one thing to fix, named once (participant).
        AND (x.person_id IS NULL OR x.person_id NOT ${inList('people')})`,
  },
  speaker: {
    column: 'minutes_entries.speaker_person_id',
    sql: `SELECT ${meetingOwner}, p.name AS sample FROM minutes_entries x
      JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.speaker_person_id
      WHERE x.speaker_person_id ${inList('people')} AND ${realMeeting('x.meeting_id')} AND ${livePart}`,
  },
  commitmentInstitution: {
    column: 'commitments.institution_id',
    sql: `SELECT ${commitmentOwner}, i.name AS sample FROM commitments c
      LEFT JOIN meetings m ON m.id = c.meeting_id JOIN institutions i ON i.id = c.institution_id
      WHERE c.institution_id ${inList('institutions')} AND ${realCommitment} AND ${liveCommitment}`,
  },
  commitmentContact: {
    column: 'commitments.contact_person_id',
    sql: `SELECT ${commitmentOwner}, p.name AS sample FROM commitments c
      LEFT JOIN meetings m ON m.id = c.meeting_id JOIN people p ON p.id = c.contact_person_id
      WHERE c.contact_person_id ${inList('people')} AND ${realCommitment} AND ${liveCommitment}`,
  },
  commitmentPlanRow: {
    column: 'commitments.plan_row_id',
    sql: `SELECT ${commitmentOwner}, r.activity AS sample FROM commitments c
      LEFT JOIN meetings m ON m.id = c.meeting_id JOIN plan_rows r ON r.id = c.plan_row_id
      WHERE r.plan_id ${inList('plans')} AND ${realCommitment} AND ${liveCommitment}`,
  },
  personInstitution: {
    column: 'people.institution_id',
    sql: `SELECT 'person' AS kind, x.id AS id, x.name AS name, i.name AS sample
      FROM people x JOIN institutions i ON i.id = x.institution_id
      WHERE x.institution_id ${inList('institutions')} AND x.id NOT ${inList('people')} AND x.deleted_at IS NULL`,
  },
  planAdoptedIn: {
    column: 'action_plans.adopted_meeting_id',
    sql: `SELECT ${planOwner}, s.title AS sample FROM action_plans a JOIN meetings s ON s.id = a.adopted_meeting_id
      WHERE a.adopted_meeting_id ${inList('meetings')} AND a.id NOT ${inList('plans')} AND a.deleted_at IS NULL`,
  },
  rowResponsible: {
    column: 'plan_rows.responsible_institution_id',
    sql: `SELECT ${planOwner}, i.name AS sample FROM plan_rows r
      JOIN action_plans a ON a.id = r.plan_id JOIN institutions i ON i.id = r.responsible_institution_id
      WHERE r.responsible_institution_id ${inList('institutions')} AND r.plan_id NOT ${inList('plans')} AND r.deleted_at IS NULL AND a.deleted_at IS NULL`,
  },
  rowSupporter: {
    column: 'plan_row_supporters.institution_id',
    sql: `SELECT ${planOwner}, i.name AS sample FROM plan_row_supporters x
      JOIN plan_rows r ON r.id = x.row_id JOIN action_plans a ON a.id = r.plan_id
      JOIN institutions i ON i.id = x.institution_id
      WHERE x.institution_id ${inList('institutions')} AND r.plan_id NOT ${inList('plans')} AND r.deleted_at IS NULL AND a.deleted_at IS NULL`,
  },
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
export function idLists(record: DemoRecord): Record<'people' | 'institutions' | 'meetings' | 'plans', string> {
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
