import type { PlanVillage } from '../../../shared/domain/plans';
import type { Db } from '../../db/connection';

interface VillageRecord {
  code: string;
  name: string;
  kecamatan_code: string;
  kecamatan_name: string;
}

function toVillage(r: VillageRecord): PlanVillage {
  return { code: r.code, name: r.name, kecamatanCode: r.kecamatan_code, kecamatanName: r.kecamatan_name };
}

/** The desa/kelurahan a plan's rows and coverage name, with their kecamatan. */
export function villagesRepository(db: Db) {
  const under = db.prepare<{ low: string; high: string }, VillageRecord>(
    `SELECT v.code, v.name, k.code AS kecamatan_code, k.name AS kecamatan_name
     FROM areas v JOIN areas k ON k.code = v.parent_code
     WHERE v.level = 'desa' AND v.code > @low AND v.code < @high ORDER BY v.code`,
  );
  const byCodes = db.prepare<[string], VillageRecord>(
    `SELECT v.code, v.name, k.code AS kecamatan_code, k.name AS kecamatan_name
     FROM areas v JOIN areas k ON k.code = v.parent_code
     WHERE v.level = 'desa' AND v.code IN (SELECT value FROM json_each(?))`,
  );
  const named = db.prepare<{ name: string; low: string; high: string }, { code: string }>(
    `SELECT code FROM areas WHERE level = 'desa' AND search_name = @name AND code > @low AND code < @high LIMIT 1`,
  );

  const repository = {
    /** Every desa/kelurahan of an area (a desa-level area: itself), in code order (kecamatan by kecamatan). */
    under(areaCode: string): PlanVillage[] {
      if (areaCode.split('.').length === 4) return repository.byCodes([areaCode]);
      return under.all({ low: `${areaCode}.`, high: `${areaCode}/` }).map(toVillage);
    },

    /** Villages by code, in the order asked (unknown codes are left out). */
    byCodes(codes: readonly string[]): PlanVillage[] {
      if (codes.length === 0) return [];
      const found = new Map(byCodes.all(JSON.stringify(codes)).map((r) => [r.code, toVillage(r)]));
      return codes.map((code) => found.get(code)).filter((v): v is PlanVillage => v !== undefined);
    },

    /** Whether a desa/kelurahan of this (folded) name exists in the province of `areaCode` (for import messages). */
    namedInProvince(foldedName: string, areaCode: string): boolean {
      const province = areaCode.slice(0, 2);
      return named.get({ name: foldedName, low: `${province}.`, high: `${province}/` }) !== undefined;
    },
  };
  return repository;
}
