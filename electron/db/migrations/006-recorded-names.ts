/**
 * Names recorded at approval (shared/domain/recorded-names.ts): one row per approved meeting with
 * the people and institutions its records point at, as JSON objects keyed by id, so approved
 * minutes keep the names and positions they were signed with. Meetings approved before this
 * version have no row and read the directory's current names until they are approved again.
 * Never edit once released.
 */
export const sql = `
CREATE TABLE meeting_recorded_names (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
  people TEXT NOT NULL CHECK (json_valid(people)),
  institutions TEXT NOT NULL CHECK (json_valid(institutions)),
  recorded_at TEXT NOT NULL
) STRICT;
`;
