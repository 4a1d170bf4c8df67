import type { CommitmentRef } from '../../../shared/plans/labels';
import type { Db } from '../../db/connection';

/**
 * What names the commitments a plan row carries out, for the XLSX: `ids` for an export, every
 * live commitment for an import (which finds them again by these names).
 */
export function commitmentRefsRepository(db: Db) {
  const refs = db.prepare<
    { ids: string | null },
    { id: string; description: string; institution_name: string; meeting_date: string | null }
  >(
    `SELECT c.id, c.description, i.name AS institution_name, m.date AS meeting_date
     FROM commitments c
     JOIN institutions i ON i.id = c.institution_id
     LEFT JOIN meetings m ON m.id = c.meeting_id
     WHERE c.deleted_at IS NULL AND (@ids IS NULL OR c.id IN (SELECT value FROM json_each(@ids)))`,
  );
  return {
    of(ids?: readonly string[]): (CommitmentRef & { id: string })[] {
      return refs.all({ ids: ids ? JSON.stringify(ids) : null }).map((row) => ({
        id: row.id,
        description: row.description,
        institutionName: row.institution_name,
        meetingDate: row.meeting_date,
      }));
    },
  };
}
