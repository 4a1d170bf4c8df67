import type { Db } from '../../db/connection';
import { FOREIGN_OWNED } from '../../db/ownership';
import type { InstitutionRow } from './institutions';

type InstitutionSheetRow = Omit<
  InstitutionRow,
  'id' | 'created_at' | 'updated_at' | 'origin_office_id' | 'origin_office_name'
> &
  Origin;

/** The name of the office a record came from, when it is another office's (null for the office's own). */
interface Origin {
  origin: string | null;
}

/** SQL: the column `origin` of the row `alias` (see `Origin`). */
const ORIGIN = (alias: string) =>
  `CASE WHEN ${FOREIGN_OWNED(alias)} THEN (SELECT coalesce(nullif(o.name, ''), o.id) FROM offices o
     WHERE o.id = ${alias}.owner_office_id) END AS origin`;

interface PersonSheetRow extends Origin {
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
  const institutionNames = db.prepare<[], { id: string; name: string; short_name: string | null } & Origin>(
    `SELECT i.id, i.name, i.short_name, ${ORIGIN('i')} FROM institutions i WHERE i.deleted_at IS NULL ORDER BY i.created_at`,
  );
  const peopleNames = db.prepare<[], { name: string; position: string | null } & Origin>(
    `SELECT p.name, p.position, ${ORIGIN('p')} FROM people p WHERE p.deleted_at IS NULL`,
  );
  const institutions = db.prepare<[], InstitutionSheetRow>(
    `SELECT i.name, i.short_name, i.sector, i.level, i.area_code, a.name AS area_name, i.address, i.phone, i.email,
       ${ORIGIN('i')}
     FROM institutions i LEFT JOIN areas a ON a.code = i.area_code WHERE i.deleted_at IS NULL
     ORDER BY i.name COLLATE NOCASE`,
  );
  const people = db.prepare<[], PersonSheetRow>(
    `SELECT p.name, p.position, i.name AS institution, p.nip, p.rank, p.phone, p.email, ${ORIGIN('p')}
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
