/**
 * Records the names of every approved meeting that has none yet, from the directory as it stands.
 * `recordedAt` is an SQL expression (the bench dataset passes the approval time, to stay
 * deterministic).
 */
export function recordApprovedNamesSql(recordedAt: string): string {
  return `
INSERT INTO meeting_recorded_names (meeting_id, people, institutions, recorded_at)
SELECT m.id,
  (SELECT json_group_object(p.id, json_object('name', p.name, 'position', p.position, 'rank', p.rank, 'nip', p.nip))
     FROM people p
     WHERE p.id IN (
       SELECT m.chair_person_id UNION SELECT m.minute_taker_person_id
       UNION SELECT presenter_person_id FROM agenda_items WHERE meeting_id = m.id AND deleted_at IS NULL
       UNION SELECT person_id FROM meeting_participants WHERE meeting_id = m.id AND deleted_at IS NULL
       UNION SELECT speaker_person_id FROM minutes_entries WHERE meeting_id = m.id AND deleted_at IS NULL
       UNION SELECT contact_person_id FROM commitments WHERE meeting_id = m.id AND deleted_at IS NULL)),
  (SELECT json_group_object(i.id, i.name)
     FROM institutions i
     WHERE i.id IN (
       SELECT presenter_institution_id FROM agenda_items WHERE meeting_id = m.id AND deleted_at IS NULL
       UNION SELECT institution_id FROM meeting_participants WHERE meeting_id = m.id AND deleted_at IS NULL
       UNION SELECT institution_id FROM commitments WHERE meeting_id = m.id AND deleted_at IS NULL)),
  ${recordedAt}
FROM meetings m
WHERE m.status = 'approved'
  AND NOT EXISTS (SELECT 1 FROM meeting_recorded_names r WHERE r.meeting_id = m.id);
`;
}

/**
 * Names recorded at approval (shared/domain/recorded-names.ts): one row per approved meeting with
 * the people and institutions its records point at, as JSON objects keyed by id, so approved
 * minutes keep the names and positions they were signed with. Meetings approved before this
 * version get their row here, from the directory as it stands at the upgrade (the closest record
 * there is); the app writes the row at each approval afterwards. Never edit once released.
 */
export const sql = `
CREATE TABLE meeting_recorded_names (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
  people TEXT NOT NULL CHECK (json_valid(people)),
  institutions TEXT NOT NULL CHECK (json_valid(institutions)),
  recorded_at TEXT NOT NULL
) STRICT;
${recordApprovedNamesSql("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")}`;
