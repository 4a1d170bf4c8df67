import type { Page, Person } from '../../../shared/domain/directory';
import { escapeLike, foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../../db/connection';
import { ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { FOREIGN_OWNED } from '../../db/ownership';
import { hiddenCopySql, inGroupSql, linkedIdsSql } from './links';

export interface PersonFields {
  name: string;
  position: string | null;
  institutionId: string | null;
  nip: string | null;
  rank: string | null;
  phone: string | null;
  email: string | null;
}

interface PersonRow extends OriginColumns {
  id: string;
  name: string;
  position: string | null;
  institution_id: string | null;
  institution_name: string | null;
  nip: string | null;
  rank: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT p.id, p.name, p.position, p.institution_id, i.name AS institution_name, p.nip, p.rank, p.phone,
  p.email, p.created_at, p.updated_at, ${ORIGIN_COLUMNS('p')}
  FROM people p LEFT JOIN institutions i ON i.id = p.institution_id`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    nip: row.nip,
    rank: row.rank,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: originOfRow(row),
  };
}

/** Search covers name, position and NIP; phone and e-mail are personal data and stay out of it. */
/** The text a person is found by (also made again for people received from another office). */
export function personSearchText(fields: Pick<PersonFields, 'name' | 'position' | 'nip'>): string {
  return foldForSearch([fields.name, fields.position ?? '', fields.nip ?? ''].join(' '));
}

export function peopleRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], PersonRow>(`${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`);
  // NIP is unique per office (migration 013): another office's copy of the same person is not a clash here.
  const byNip = db.prepare<[string], { id: string }>(
    `SELECT id FROM people p WHERE nip = ? AND deleted_at IS NULL AND NOT ${FOREIGN_OWNED('p')}`,
  );
  const insert = db.prepare(
    `INSERT INTO people (id, name, position, institution_id, nip, rank, phone, email, search_text, created_at, updated_at)
     VALUES (@id, @name, @position, @institutionId, @nip, @rank, @phone, @email, @searchText, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE people SET name = @name, position = @position, institution_id = @institutionId, nip = @nip, rank = @rank,
       phone = @phone, email = @email, search_text = @searchText, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE people SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );

  const activeId = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ? AND deleted_at IS NULL');

  return {
    /** Whether the record exists and is not deleted (a cheap check for references). */
    exists(id: string): boolean {
      return activeId.get(id) !== undefined;
    },

    get(id: string): Person | null {
      const row = byId.get(id);
      return row ? toPerson(row) : null;
    },

    idWithNip(nip: string): string | null {
      return byNip.get(nip)?.id ?? null;
    },

    create(fields: PersonFields): Person {
      const id = newId();
      insert.run({ id, ...fields, searchText: personSearchText(fields), at: now().toISOString() });
      return this.get(id) as Person;
    },

    update(id: string, fields: PersonFields): Person | null {
      const changed = update.run({
        id,
        ...fields,
        searchText: personSearchText(fields),
        at: now().toISOString(),
      }).changes;
      return changed ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: now().toISOString() }).changes > 0;
    },

    list(options: {
      query: string;
      institutionId?: string | undefined;
      ids?: string[] | undefined;
      limit: number;
      offset: number;
    }): Page<Person> {
      const conditions = ['p.deleted_at IS NULL'];
      const params: Record<string, string | number> = {};
      const query = foldForSearch(options.query);
      if (query) {
        // A group is found by any of its copies' spellings ("PKM Kelara" and "UPT Puskesmas Kelara").
        conditions.push(inGroupSql('people', 'p', (row) => `${row}.search_text LIKE @query ESCAPE '\\'`));
        params.query = `%${escapeLike(query)}%`;
      }
      if (options.institutionId) {
        // The people of the institution's linked copies too (the shared directory, migration 013).
        conditions.push(`p.institution_id IN ${linkedIdsSql('institutions', '@institutionId')}`);
        params.institutionId = options.institutionId;
      }
      if (options.ids) {
        conditions.push('p.id IN (SELECT value FROM json_each(@ids))');
        params.ids = JSON.stringify(options.ids);
      } else {
        // Linked copies are one entry: the one standing for the group is listed.
        conditions.push(`NOT ${hiddenCopySql('people', 'p')}`);
      }
      const where = conditions.join(' AND ');
      const total = db.prepare<Record<string, string | number>, { n: number }>(
        `SELECT count(*) AS n FROM people p WHERE ${where}`,
      );
      const rows = db.prepare<Record<string, string | number>, PersonRow>(
        `${SELECT} WHERE ${where} ORDER BY p.name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset`,
      );
      return {
        items: rows.all({ ...params, limit: options.limit, offset: options.offset }).map(toPerson),
        total: total.get(params)?.n ?? 0,
      };
    },
  };
}
