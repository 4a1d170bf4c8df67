import type { Page } from '../../shared/domain/directory';
import {
  ERASED_PERSON_NAME,
  PERSONAL_FIELDS,
  type PersonalField,
  type PrivacyPerson,
  type PrivacySummary,
} from '../../shared/domain/privacy';
import { maskPhone } from '../../shared/format/personal';
import { escapeLike, foldForSearch } from '../../shared/text/fold';
import type { Db } from '../db/connection';
import type { Clock } from '../db/clock';

/** A record whose personal data was erased: the placeholder name and no personal field left. */
const ERASED = (p: string) =>
  `(${p}.name = @erasedName AND ${p}.nip IS NULL AND ${p}.rank IS NULL AND ${p}.phone IS NULL AND ${p}.email IS NULL)`;

interface HeldRow {
  id: string;
  name: string;
  position: string | null;
  nip: string | null;
  rank: string | null;
  phone: string | null;
  email: string | null;
  deleted_at: string | null;
}

interface ListRow {
  id: string;
  name: string;
  position: string | null;
  institution_name: string | null;
  phone: string | null;
  has_nip: 0 | 1;
  has_email: 0 | 1;
  has_rank: 0 | 1;
  deleted: 0 | 1;
  meetings: number;
}

export type PrivacyScope = 'all' | 'active' | 'deleted';

/**
 * Personal data held in the database, for the "Data pribadi" screen, and the erasure of a person.
 * Deleted people are included here (people.list leaves them out): their names and numbers are
 * still stored until erased.
 */
export function privacyRepository(db: Db, now: Clock) {
  const erasedName = { erasedName: ERASED_PERSON_NAME };
  const summary = db.prepare<{ erasedName: string }, Omit<PrivacySummary, 'typedNames' | 'evidenceFiles'>>(
    `SELECT
       count(*) FILTER (WHERE deleted_at IS NULL) AS people,
       count(*) FILTER (WHERE phone IS NOT NULL) AS withPhone,
       count(*) FILTER (WHERE nip IS NOT NULL) AS withNip,
       count(*) FILTER (WHERE email IS NOT NULL) AS withEmail,
       count(*) FILTER (WHERE rank IS NOT NULL) AS withRank,
       count(*) FILTER (WHERE deleted_at IS NOT NULL AND NOT ${ERASED('people')}) AS deletedHolding,
       count(*) FILTER (WHERE deleted_at IS NOT NULL AND ${ERASED('people')}) AS erased
     FROM people`,
  );
  const typedNames = db
    .prepare<[], number>(
      `SELECT
         (SELECT count(*) FROM meeting_participants WHERE deleted_at IS NULL AND free_name IS NOT NULL)
       + (SELECT count(*) FROM meeting_participants WHERE deleted_at IS NULL AND stand_in_name IS NOT NULL)
       + (SELECT count(*) FROM minutes_entries WHERE deleted_at IS NULL AND speaker_text IS NOT NULL)
       + (SELECT count(*) FROM commitment_updates WHERE deleted_at IS NULL AND reported_by_text IS NOT NULL)`,
    )
    .pluck();
  const evidenceFiles = db.prepare<[], number>('SELECT count(*) FROM evidence_files WHERE deleted_at IS NULL').pluck();
  const held = db.prepare<[string], HeldRow>(
    'SELECT id, name, position, nip, rank, phone, email, deleted_at FROM people WHERE id = ?',
  );
  // Every meeting whose records point at the person; the scans run once, for one erase.
  const meetingsOf = db
    .prepare<{ id: string }, number>(
      `SELECT count(*) FROM (
         SELECT meeting_id AS m FROM meeting_participants WHERE person_id = @id AND deleted_at IS NULL
         UNION SELECT id FROM meetings WHERE (chair_person_id = @id OR minute_taker_person_id = @id)
         UNION SELECT meeting_id FROM agenda_items WHERE presenter_person_id = @id AND deleted_at IS NULL
         UNION SELECT meeting_id FROM minutes_entries WHERE speaker_person_id = @id AND deleted_at IS NULL
         UNION SELECT meeting_id FROM commitments WHERE contact_person_id = @id AND deleted_at IS NULL
         UNION SELECT meeting_id FROM commitment_updates WHERE reported_by_person_id = @id AND deleted_at IS NULL
       ) AS refs JOIN meetings ON meetings.id = refs.m WHERE meetings.deleted_at IS NULL`,
    )
    .pluck();
  const erase = db.prepare(
    `UPDATE people SET name = @erasedName, nip = NULL, rank = NULL, phone = NULL, email = NULL,
       position = CASE WHEN @keepPosition THEN position ELSE NULL END, search_text = '',
       deleted_at = coalesce(deleted_at, @at), updated_at = @at
     WHERE id = @id`,
  );

  return {
    summary(): PrivacySummary {
      const counts = summary.get(erasedName) as Omit<PrivacySummary, 'typedNames' | 'evidenceFiles'>;
      return { ...counts, typedNames: typedNames.get() ?? 0, evidenceFiles: evidenceFiles.get() ?? 0 };
    },

    /**
     * People still holding personal data (erased records are left out), with the phone masked and
     * the other fields as flags; `meetings` counts the meetings they were invited to or attended.
     */
    list(options: { query: string; scope: PrivacyScope; limit: number; offset: number }): Page<PrivacyPerson> {
      const conditions = [`NOT ${ERASED('p')}`];
      const params: Record<string, string | number> = { ...erasedName };
      if (options.scope === 'active') conditions.push('p.deleted_at IS NULL');
      if (options.scope === 'deleted') conditions.push('p.deleted_at IS NOT NULL');
      const query = foldForSearch(options.query);
      if (query) {
        conditions.push("p.search_text LIKE @query ESCAPE '\\'");
        params.query = `%${escapeLike(query)}%`;
      }
      const where = conditions.join(' AND ');
      const total = db
        .prepare<Record<string, string | number>, number>(`SELECT count(*) FROM people p WHERE ${where}`)
        .pluck();
      const rows = db.prepare<Record<string, string | number>, ListRow>(
        `SELECT p.id, p.name, p.position, i.name AS institution_name, p.phone,
           p.nip IS NOT NULL AS has_nip, p.email IS NOT NULL AS has_email, p.rank IS NOT NULL AS has_rank,
           p.deleted_at IS NOT NULL AS deleted,
           (SELECT count(DISTINCT mp.meeting_id) FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id
             WHERE mp.person_id = p.id AND mp.deleted_at IS NULL AND m.deleted_at IS NULL) AS meetings
         FROM people p LEFT JOIN institutions i ON i.id = p.institution_id
         WHERE ${where}
         ORDER BY p.deleted_at IS NOT NULL, p.name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset`,
      );
      return {
        items: rows.all({ ...params, limit: options.limit, offset: options.offset }).map((row) => ({
          id: row.id,
          name: row.name,
          position: row.position,
          institutionName: row.institution_name,
          phone: maskPhone(row.phone),
          hasNip: row.has_nip === 1,
          hasEmail: row.has_email === 1,
          hasRank: row.has_rank === 1,
          deleted: row.deleted === 1,
          meetings: row.meetings,
        })),
        total: total.get(params) ?? 0,
      };
    },

    /** The record as stored, deleted or not; null if there is no such id. */
    held(id: string): (HeldRow & { erased: boolean }) | null {
      const row = held.get(id);
      if (!row) return null;
      const erased =
        row.deleted_at !== null &&
        row.name === ERASED_PERSON_NAME &&
        row.nip === null &&
        row.rank === null &&
        row.phone === null &&
        row.email === null;
      return { ...row, erased };
    },

    meetingsOf(id: string): number {
      return meetingsOf.get({ id }) ?? 0;
    },

    /**
     * Replaces the name with the placeholder, clears NIP, rank, phone and e-mail (and the position
     * unless kept), and marks the record deleted. Answers which personal fields held a value.
     */
    erase(id: string, keepPosition: boolean): PersonalField[] {
      const before = held.get(id);
      if (!before) return [];
      erase.run({ id, keepPosition: keepPosition ? 1 : 0, at: now().toISOString(), ...erasedName });
      return PERSONAL_FIELDS.filter((field) => before[field] !== null);
    },
  };
}
