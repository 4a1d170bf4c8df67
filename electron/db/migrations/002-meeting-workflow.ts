/**
 * The meeting workflow (issue 3) reads a meeting's history on every open of the workspace, and
 * the history table grows with every change to people and commitments: index it by meeting.
 * Invitees are unique per meeting (one person once, one institution invited as a whole once);
 * the handlers check it and answer CONFLICT, the indexes keep the rule if a future path forgets.
 */
export const sql = /* sql */ `
CREATE INDEX history_meeting ON history (meeting_id, id) WHERE meeting_id IS NOT NULL;

CREATE UNIQUE INDEX meeting_participants_person_unique ON meeting_participants (meeting_id, person_id)
  WHERE deleted_at IS NULL AND person_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_participants_institution_unique ON meeting_participants (meeting_id, institution_id)
  WHERE deleted_at IS NULL AND person_id IS NULL AND free_name IS NULL AND institution_id IS NOT NULL;
`;
