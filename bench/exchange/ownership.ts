import type { Db } from '../../electron/db/connection';

/**
 * The ownership split of the ten-year dataset (docs/exchange.md, "Bench figures"): which office
 * owns each record when the kabupaten's ten years are read as the work of 12 offices. The answer
 * is an area per record in the temporary table `split_area (kind, id, area)`: a kecamatan code
 * (`73.04.05`) for a kecamatan office's record, `73.04` for the kabupaten's.
 *
 * - A meeting belongs to the kecamatan of its first area (a desa meeting to its kecamatan), a
 *   kabupaten meeting to the kabupaten; its agenda, participants, minutes, decisions, files and
 *   commitments go with it, a commitment's progress reports and evidence with the commitment.
 * - Action plans by their area (the dataset's ten plans are the kabupaten's), rows and funding with them.
 * - A directory entry (institution, person) of a kecamatan or desa belongs to that kecamatan only
 *   when no record of another office names it; otherwise it is a shared entry, the kabupaten's
 *   (the same Puskesmas named by two kecamatan offices, a desa head at a kabupaten Rakor). This is
 *   repeated until nothing moves, so that a directory reference names the record's own office's
 *   entry or the kabupaten's. What still crosses kecamatan: progress reports given at another
 *   kecamatan's meeting (989 of 150,095 in the dataset), which wait for that meeting's package.
 * - The office's catalogue additions (interventions, actions, funding sources) are the kabupaten's.
 */

export const KABUPATEN_AREA = '73.04';

/** A table's (or part table's) references to the directory, and whose area the referring row has. */
interface DirectoryReference {
  table: string;
  column: string;
  to: 'institutions' | 'people';
  /** The record whose area the row has: its own (`id`) or its parent's. */
  kind: string;
  idColumn: string;
}

const DIRECTORY_REFERENCES: readonly DirectoryReference[] = [
  { table: 'people', column: 'institution_id', to: 'institutions', kind: 'people', idColumn: 'id' },
  { table: 'meetings', column: 'chair_person_id', to: 'people', kind: 'meetings', idColumn: 'id' },
  { table: 'meetings', column: 'minute_taker_person_id', to: 'people', kind: 'meetings', idColumn: 'id' },
  {
    table: 'agenda_items',
    column: 'presenter_institution_id',
    to: 'institutions',
    kind: 'agenda_items',
    idColumn: 'id',
  },
  { table: 'agenda_items', column: 'presenter_person_id', to: 'people', kind: 'agenda_items', idColumn: 'id' },
  {
    table: 'meeting_participants',
    column: 'institution_id',
    to: 'institutions',
    kind: 'meeting_participants',
    idColumn: 'id',
  },
  { table: 'meeting_participants', column: 'person_id', to: 'people', kind: 'meeting_participants', idColumn: 'id' },
  { table: 'minutes_entries', column: 'speaker_person_id', to: 'people', kind: 'minutes_entries', idColumn: 'id' },
  { table: 'plan_rows', column: 'responsible_institution_id', to: 'institutions', kind: 'plan_rows', idColumn: 'id' },
  { table: 'commitments', column: 'institution_id', to: 'institutions', kind: 'commitments', idColumn: 'id' },
  { table: 'commitments', column: 'contact_person_id', to: 'people', kind: 'commitments', idColumn: 'id' },
  {
    table: 'commitment_updates',
    column: 'reported_by_institution_id',
    to: 'institutions',
    kind: 'commitment_updates',
    idColumn: 'id',
  },
  {
    table: 'commitment_updates',
    column: 'reported_by_person_id',
    to: 'people',
    kind: 'commitment_updates',
    idColumn: 'id',
  },
  { table: 'plan_row_supporters', column: 'institution_id', to: 'institutions', kind: 'plan_rows', idColumn: 'row_id' },
];

const KECAMATAN_OF = (column: string) =>
  `CASE WHEN length(${column}) >= 8 THEN substr(${column}, 1, 8) ELSE '${KABUPATEN_AREA}' END`;

/** Fills `temp.split_area` for every owned record of the dataset. */
export function splitAreas(db: Db): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.split_area;
    CREATE TEMP TABLE split_area (kind TEXT NOT NULL, id TEXT NOT NULL, area TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
    INSERT INTO split_area SELECT 'institutions', id,
      CASE WHEN level IN ('kecamatan', 'desa') THEN ${KECAMATAN_OF('area_code')} ELSE '${KABUPATEN_AREA}' END
      FROM institutions WHERE owner_office_id IS NOT NULL;
    INSERT INTO split_area SELECT 'people', p.id, coalesce(
      (SELECT area FROM split_area WHERE kind = 'institutions' AND id = p.institution_id), '${KABUPATEN_AREA}')
      FROM people p WHERE owner_office_id IS NOT NULL;
    INSERT INTO split_area SELECT 'meetings', m.id, coalesce((SELECT ${KECAMATAN_OF('a.area_code')} FROM meeting_areas a
      WHERE a.meeting_id = m.id ORDER BY a.position, a.area_code LIMIT 1), '${KABUPATEN_AREA}')
      FROM meetings m WHERE owner_office_id IS NOT NULL;
    INSERT INTO split_area SELECT 'action_plans', id, ${KECAMATAN_OF('area_code')} FROM action_plans WHERE owner_office_id IS NOT NULL;
  `);
  assignChildren(db);
  for (const kind of ['interventions', 'convergence_actions', 'funding_sources'])
    db.exec(
      `INSERT INTO split_area SELECT '${kind}', id, '${KABUPATEN_AREA}' FROM ${kind} WHERE owner_office_id IS NOT NULL`,
    );
  shareNamedEntries(db);
}

const CHILDREN: readonly [kind: string, parent: string, column: string][] = [
  ['agenda_items', 'meetings', 'meeting_id'],
  ['meeting_participants', 'meetings', 'meeting_id'],
  ['minutes_entries', 'meetings', 'meeting_id'],
  ['decisions', 'meetings', 'meeting_id'],
  ['meeting_files', 'meetings', 'meeting_id'],
  ['commitments', 'meetings', 'meeting_id'],
  ['plan_rows', 'action_plans', 'plan_id'],
  ['plan_row_funding', 'plan_rows', 'row_id'],
  ['commitment_updates', 'commitments', 'commitment_id'],
  ['evidence_files', 'commitment_updates', 'update_id'],
];

/** Every child record in its parent's area (parents first, so a grandchild finds its parent's). */
function assignChildren(db: Db): void {
  for (const [kind, parent, column] of CHILDREN)
    db.exec(`DELETE FROM split_area WHERE kind = '${kind}';
      INSERT INTO split_area SELECT '${kind}', t.id, coalesce(
        (SELECT area FROM split_area WHERE kind = '${parent}' AND id = t.${column}), '${KABUPATEN_AREA}')
      FROM ${kind} t WHERE owner_office_id IS NOT NULL`);
}

/** Directory entries named by another office's records become the kabupaten's, until nothing moves. */
function shareNamedEntries(db: Db): void {
  const moves = DIRECTORY_REFERENCES.map((ref) =>
    db.prepare(`UPDATE split_area SET area = '${KABUPATEN_AREA}' WHERE kind = '${ref.to}' AND area != '${KABUPATEN_AREA}'
      AND id IN (SELECT t.${ref.column} FROM ${ref.table} t
        JOIN split_area s ON s.kind = '${ref.kind}' AND s.id = t.${ref.idColumn}
        JOIN split_area d ON d.kind = '${ref.to}' AND d.id = t.${ref.column}
        WHERE s.area != d.area)`),
  );
  for (;;) {
    let moved = 0;
    for (const move of moves) moved += move.run().changes;
    if (moved === 0) return;
  }
}
