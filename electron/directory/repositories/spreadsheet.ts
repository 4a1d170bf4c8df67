import type { Db } from '../../db/connection';
import type { InstitutionRow } from './institutions';

type InstitutionSheetRow = Omit<InstitutionRow, 'id' | 'created_at' | 'updated_at'>;

interface PersonSheetRow {
  name: string;
  position: string | null;
  institution: string | null;
  nip: string | null;
  rank: string | null;
  phone: string | null;
  email: string | null;
}

/** What the directory's import matches rows against and what its export writes. */
export function directorySheetsRepository(db: Db) {
  const institutionNames = db.prepare<[], { id: string; name: string; short_name: string | null }>(
    'SELECT id, name, short_name FROM institutions WHERE deleted_at IS NULL ORDER BY created_at',
  );
  const peopleNames = db.prepare<[], { name: string; position: string | null }>(
    'SELECT name, position FROM people WHERE deleted_at IS NULL',
  );
  const institutions = db.prepare<[], InstitutionSheetRow>(
    `SELECT i.name, i.short_name, i.sector, i.level, i.area_code, a.name AS area_name, i.address, i.phone, i.email
     FROM institutions i LEFT JOIN areas a ON a.code = i.area_code WHERE i.deleted_at IS NULL
     ORDER BY i.name COLLATE NOCASE`,
  );
  const people = db.prepare<[], PersonSheetRow>(
    `SELECT p.name, p.position, i.name AS institution, p.nip, p.rank, p.phone, p.email
     FROM people p LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.deleted_at IS NULL
     ORDER BY i.name COLLATE NOCASE, p.name COLLATE NOCASE`,
  );
  return {
    /** Live institutions' names and short names, the oldest first (the first of a name wins a match). */
    institutionNames: () => institutionNames.all(),
    /** Live people's names and positions. */
    peopleNames: () => peopleNames.all(),
    /** Every live institution with its area's name, by name. */
    institutions: () => institutions.all(),
    /** Every live person with their institution's name, by institution and name. */
    people: () => people.all(),
  };
}
