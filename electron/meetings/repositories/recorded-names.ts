import { ERASED_PERSON_NAME } from '../../../shared/domain/privacy';
import type { RecordedNames, RecordedPerson } from '../../../shared/domain/recorded-names';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';

interface PersonRow {
  id: string;
  name: string;
  position: string | null;
  rank: string | null;
  nip: string | null;
}

/** The names an approved meeting was signed with (migration 006). */
export function recordedNamesRepository(db: Db, now: Clock) {
  // Deleted people and institutions included: a meeting may point at someone removed since.
  const people = db.prepare<[string], PersonRow>(
    'SELECT id, name, position, rank, nip FROM people WHERE id IN (SELECT value FROM json_each(?))',
  );
  const institutions = db.prepare<[string], { id: string; name: string }>(
    'SELECT id, name FROM institutions WHERE id IN (SELECT value FROM json_each(?))',
  );
  const upsert = db.prepare(
    `INSERT INTO meeting_recorded_names (meeting_id, people, institutions, recorded_at)
     VALUES (@meetingId, @people, @institutions, @at)
     ON CONFLICT (meeting_id) DO UPDATE SET people = excluded.people, institutions = excluded.institutions,
       recorded_at = excluded.recorded_at`,
  );
  const byMeeting = db.prepare<[string], { people: string; institutions: string }>(
    'SELECT people, institutions FROM meeting_recorded_names WHERE meeting_id = ?',
  );
  const remove = db.prepare('DELETE FROM meeting_recorded_names WHERE meeting_id = ?');
  const holding = db.prepare<{ key: string }, { meeting_id: string; people: string }>(
    'SELECT meeting_id, people FROM meeting_recorded_names WHERE json_type(people, @key) IS NOT NULL',
  );
  const setPeople = db.prepare('UPDATE meeting_recorded_names SET people = @people WHERE meeting_id = @meetingId');

  return {
    /** Reads the current directory values of these ids and keeps them for the meeting. */
    record(meetingId: string, personIds: readonly string[], institutionIds: readonly string[]): void {
      const recordedPeople: Record<string, RecordedPerson> = {};
      for (const row of people.all(JSON.stringify(personIds))) {
        recordedPeople[row.id] = { name: row.name, position: row.position, rank: row.rank, nip: row.nip };
      }
      const recordedInstitutions: Record<string, string> = {};
      for (const row of institutions.all(JSON.stringify(institutionIds))) recordedInstitutions[row.id] = row.name;
      upsert.run({
        meetingId,
        people: JSON.stringify(recordedPeople),
        institutions: JSON.stringify(recordedInstitutions),
        at: now().toISOString(),
      });
    },

    get(meetingId: string): RecordedNames | null {
      const row = byMeeting.get(meetingId);
      if (!row) return null;
      return {
        people: JSON.parse(row.people) as Record<string, RecordedPerson>,
        institutions: JSON.parse(row.institutions) as Record<string, string>,
      };
    },

    forget(meetingId: string): void {
      remove.run(meetingId);
    },

    /** Erasure reaches the recorded copies too: the placeholder name, no NIP or rank, the position only if kept. */
    erasePerson(personId: string, keepPosition: boolean): number {
      const rows = holding.all({ key: `$."${personId}"` });
      for (const row of rows) {
        const recorded = JSON.parse(row.people) as Record<string, RecordedPerson>;
        const before = recorded[personId];
        if (!before) continue;
        recorded[personId] = {
          name: ERASED_PERSON_NAME,
          position: keepPosition ? before.position : null,
          rank: null,
          nip: null,
        };
        setPeople.run({ meetingId: row.meeting_id, people: JSON.stringify(recorded) });
      }
      return rows.length;
    },
  };
}
