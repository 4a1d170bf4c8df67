import type { PlanVillage } from '../../../shared/domain/plans';
import type { Db } from '../../db/connection';

interface VillageRecord {
  code: string;
  name: string;
  kecamatan_code: string;
  kecamatan_name: string;
}

const cache = new WeakMap<Db, ReturnType<typeof statements>>();

function statements(db: Db) {
  return {
    under: db.prepare<{ low: string; high: string }, VillageRecord>(
      `SELECT v.code, v.name, k.code AS kecamatan_code, k.name AS kecamatan_name
       FROM areas v JOIN areas k ON k.code = v.parent_code
       WHERE v.level = 'desa' AND v.code > @low AND v.code < @high ORDER BY v.code`,
    ),
    byCodes: db.prepare<[string], VillageRecord>(
      `SELECT v.code, v.name, k.code AS kecamatan_code, k.name AS kecamatan_name
       FROM areas v JOIN areas k ON k.code = v.parent_code
       WHERE v.level = 'desa' AND v.code IN (SELECT value FROM json_each(?))`,
    ),
    named: db.prepare<{ name: string; low: string; high: string }, { code: string }>(
      `SELECT code FROM areas WHERE level = 'desa' AND search_name = @name AND code > @low AND code < @high LIMIT 1`,
    ),
  };
}

function of(db: Db) {
  let s = cache.get(db);
  if (!s) {
    s = statements(db);
    cache.set(db, s);
  }
  return s;
}

function toVillage(r: VillageRecord): PlanVillage {
  return { code: r.code, name: r.name, kecamatanCode: r.kecamatan_code, kecamatanName: r.kecamatan_name };
}

/** Every desa/kelurahan of an area (a desa-level area: itself), in code order (kecamatan by kecamatan). */
export function villagesUnder(db: Db, areaCode: string): PlanVillage[] {
  if (areaCode.split('.').length === 4) return villagesByCodes(db, [areaCode]);
  return of(db)
    .under.all({ low: `${areaCode}.`, high: `${areaCode}/` })
    .map(toVillage);
}

/** Villages by code, in the order asked (unknown codes are left out). */
export function villagesByCodes(db: Db, codes: readonly string[]): PlanVillage[] {
  if (codes.length === 0) return [];
  const found = new Map(
    of(db)
      .byCodes.all(JSON.stringify(codes))
      .map((r) => [r.code, toVillage(r)]),
  );
  return codes.map((code) => found.get(code)).filter((v): v is PlanVillage => v !== undefined);
}

/** Whether a desa/kelurahan of this (folded) name exists in the province of `areaCode` (for import messages). */
export function villageNamedInProvince(db: Db, foldedName: string, areaCode: string): boolean {
  const province = areaCode.slice(0, 2);
  return of(db).named.get({ name: foldedName, low: `${province}.`, high: `${province}/` }) !== undefined;
}
