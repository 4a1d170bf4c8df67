import type { Db } from '../../db/connection';
import { ORIGIN_COLUMNS, type OriginColumns } from '../../db/ownership';

/** The rows the duplicate finder compares (electron/directory/duplicates.ts). */

export interface InstitutionMatchRow extends OriginColumns {
  id: string;
  name: string;
  short_name: string | null;
  sector: string;
  level: string;
  area_code: string | null;
  area_name: string | null;
  address: string | null;
}

export interface PersonMatchRow extends OriginColumns {
  id: string;
  name: string;
  position: string | null;
  institution_id: string | null;
  institution_name: string | null;
  nip: string;
  rank: string | null;
}

export function duplicatesRepository(db: Db) {
  const institutions = db.prepare<[], InstitutionMatchRow>(
    `SELECT i.id, i.name, i.short_name, i.sector, i.level, i.area_code, a.name AS area_name, i.address,
       ${ORIGIN_COLUMNS('i')}
     FROM institutions i LEFT JOIN areas a ON a.code = i.area_code WHERE i.deleted_at IS NULL ORDER BY i.id`,
  );
  // People sharing a NIP: a range of the NIP index (migration 013), whatever their office.
  const people = db.prepare<[], PersonMatchRow>(
    `SELECT p.id, p.name, p.position, p.institution_id, i.name AS institution_name, p.nip, p.rank, ${ORIGIN_COLUMNS('p')}
     FROM people p LEFT JOIN institutions i ON i.id = p.institution_id
     WHERE p.deleted_at IS NULL AND p.nip IN (
       SELECT nip FROM people WHERE deleted_at IS NULL AND nip IS NOT NULL GROUP BY nip HAVING count(*) > 1)
     ORDER BY p.nip, p.id`,
  );
  return {
    institutions: () => institutions.all(),
    peopleSharingNip: () => people.all(),
  };
}
