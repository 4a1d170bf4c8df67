import type { Institution, InstitutionLevel, Page, Sector } from '../../../shared/domain/directory';
import { escapeLike, foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../../db/connection';
import { ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { hiddenCopySql, inGroupSql } from './links';

export interface InstitutionFields {
  name: string;
  shortName: string | null;
  sector: Sector;
  level: InstitutionLevel;
  areaCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface InstitutionRow extends OriginColumns {
  id: string;
  name: string;
  short_name: string | null;
  sector: Sector;
  level: InstitutionLevel;
  area_code: string | null;
  area_name: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT i.id, i.name, i.short_name, i.sector, i.level, i.area_code, a.name AS area_name, i.address,
  i.phone, i.email, i.created_at, i.updated_at, ${ORIGIN_COLUMNS('i')}
  FROM institutions i LEFT JOIN areas a ON a.code = i.area_code`;

function toInstitution(row: InstitutionRow): Institution {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    sector: row.sector,
    level: row.level,
    areaCode: row.area_code,
    areaName: row.area_name,
    address: row.address,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: originOfRow(row),
  };
}

/** The text an institution is found by (also made again for institutions received from another office). */
export function institutionSearchText(fields: Pick<InstitutionFields, 'name' | 'shortName'>): string {
  return foldForSearch([fields.name, fields.shortName ?? ''].join(' '));
}

export function institutionsRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], InstitutionRow>(`${SELECT} WHERE i.id = ? AND i.deleted_at IS NULL`);
  const insert = db.prepare(
    `INSERT INTO institutions (id, name, short_name, sector, level, area_code, address, phone, email, search_text,
       created_at, updated_at)
     VALUES (@id, @name, @shortName, @sector, @level, @areaCode, @address, @phone, @email, @searchText, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE institutions SET name = @name, short_name = @shortName, sector = @sector, level = @level,
       area_code = @areaCode, address = @address, phone = @phone, email = @email, search_text = @searchText,
       updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare(
    'UPDATE institutions SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const activePeople = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM people WHERE institution_id = ? AND deleted_at IS NULL',
  );

  const activeId = db.prepare<[string], { id: string }>(
    'SELECT id FROM institutions WHERE id = ? AND deleted_at IS NULL',
  );
  const names = db.prepare<[], { id: string; name: string; short_name: string | null }>(
    'SELECT id, name, short_name FROM institutions WHERE deleted_at IS NULL',
  );

  return {
    /** Whether the record exists and is not deleted (a cheap check for references). */
    exists(id: string): boolean {
      return activeId.get(id) !== undefined;
    },

    /** Every live institution's names: what an imported plan's cells are matched against. */
    names(): { id: string; name: string; shortName: string | null }[] {
      return names.all().map((i) => ({ id: i.id, name: i.name, shortName: i.short_name }));
    },

    get(id: string): Institution | null {
      const row = byId.get(id);
      return row ? toInstitution(row) : null;
    },

    create(fields: InstitutionFields): Institution {
      const id = newId();
      insert.run({ id, ...fields, searchText: institutionSearchText(fields), at: now().toISOString() });
      return this.get(id) as Institution;
    },

    update(id: string, fields: InstitutionFields): Institution | null {
      const changed = update.run({
        id,
        ...fields,
        searchText: institutionSearchText(fields),
        at: now().toISOString(),
      }).changes;
      return changed ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: now().toISOString() }).changes > 0;
    },

    countActivePeople(id: string): number {
      return activePeople.get(id)?.n ?? 0;
    },

    list(options: {
      query: string;
      sector?: Sector | undefined;
      areaCode?: string | undefined;
      limit: number;
      offset: number;
    }): Page<Institution> {
      // Linked copies are one entry: the one standing for the group is listed.
      const conditions = ['i.deleted_at IS NULL', `NOT ${hiddenCopySql('institutions', 'i')}`];
      const params: Record<string, string | number> = {};
      const query = foldForSearch(options.query);
      if (query) {
        // A group is found by any of its copies' spellings ("PKM Kelara" and "UPT Puskesmas Kelara").
        conditions.push(inGroupSql('institutions', 'i', (row) => `${row}.search_text LIKE @query ESCAPE '\\'`));
        params.query = `%${escapeLike(query)}%`;
      }
      if (options.sector) {
        conditions.push('i.sector = @sector');
        params.sector = options.sector;
      }
      if (options.areaCode) {
        conditions.push("(i.area_code = @area OR i.area_code LIKE @areaPrefix ESCAPE '\\')");
        params.area = options.areaCode;
        params.areaPrefix = `${escapeLike(options.areaCode)}.%`;
      }
      const where = conditions.join(' AND ');
      const total = db.prepare<Record<string, string | number>, { n: number }>(
        `SELECT count(*) AS n FROM institutions i WHERE ${where}`,
      );
      const rows = db.prepare<Record<string, string | number>, InstitutionRow>(
        `${SELECT} WHERE ${where} ORDER BY i.name COLLATE NOCASE, i.id LIMIT @limit OFFSET @offset`,
      );
      return {
        items: rows.all({ ...params, limit: options.limit, offset: options.offset }).map(toInstitution),
        total: total.get(params)?.n ?? 0,
      };
    },
  };
}
