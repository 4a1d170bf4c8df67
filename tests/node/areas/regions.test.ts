import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { loadRegions, type RegionLoadReport } from '../../../electron/areas/regions';
import { parseRegionsCsv } from '../../../electron/areas/regions-csv';
import { REGIONS_FILE, removeTempDirs, tempDir } from '../support/temp';

describe('parseRegionsCsv', () => {
  it('derives level, parent and kind from the code and unquotes names with commas', () => {
    const csv = [
      '\uFEFFkode,nama,tingkat',
      '73,Sulawesi Selatan,provinsi',
      '73.04,Kabupaten Jeneponto,kabupaten',
      '73.71,Kota Makassar,kabupaten',
      '73.04.05,Kelara,kecamatan',
      '73.04.05.1001,Tolo,desa',
      '73.04.05.2006,"Gantarang ""Lama"", Baru",desa',
      '',
    ].join('\r\n');
    expect(parseRegionsCsv(csv)).toEqual([
      { code: '73', name: 'Sulawesi Selatan', level: 'provinsi', kind: null, parentCode: null },
      { code: '73.04', name: 'Kabupaten Jeneponto', level: 'kabupaten', kind: 'kabupaten', parentCode: '73' },
      { code: '73.71', name: 'Kota Makassar', level: 'kabupaten', kind: 'kota', parentCode: '73' },
      { code: '73.04.05', name: 'Kelara', level: 'kecamatan', kind: null, parentCode: '73.04' },
      { code: '73.04.05.1001', name: 'Tolo', level: 'desa', kind: 'kelurahan', parentCode: '73.04.05' },
      { code: '73.04.05.2006', name: 'Gantarang "Lama", Baru', level: 'desa', kind: 'desa', parentCode: '73.04.05' },
    ]);
  });

  it('refuses a file with another header', () => {
    expect(() => parseRegionsCsv('code,name\n73,Sulawesi Selatan\n')).toThrow(
      'Unexpected region list header: code,name',
    );
  });
});

describe('loadRegions (the shipped Kemendagri 2025 list)', () => {
  let db: Db;
  let report: RegionLoadReport;

  const count = (sql: string, ...params: string[]): number => (db.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(async () => {
    db = openConnection(join(tempDir(), 'regions.sqlite'));
    await migrate(db);
    report = loadRegions(db, REGIONS_FILE);
  });

  afterAll(() => {
    db.close();
    removeTempDirs();
  });

  it('loads all 91,599 rows on first run', () => {
    expect(report).toEqual({ loaded: 91_599, skipped: false });
    expect(count('SELECT count(*) AS n FROM areas')).toBe(91_599);
  });

  it('has 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan and 83,762 desa/kelurahan', () => {
    const levels = db.prepare('SELECT level, count(*) AS n FROM areas GROUP BY level ORDER BY level').all();
    expect(levels).toEqual([
      { level: 'desa', n: 83_762 },
      { level: 'kabupaten', n: 514 },
      { level: 'kecamatan', n: 7_285 },
      { level: 'provinsi', n: 38 },
    ]);
  });

  it('tells kelurahan from desa by the first digit of the village number', () => {
    const kinds = db
      .prepare("SELECT kind, count(*) AS n FROM areas WHERE level = 'desa' GROUP BY kind ORDER BY kind")
      .all();
    expect(kinds).toEqual([
      { kind: 'desa', n: 75_266 },
      { kind: 'kelurahan', n: 8_496 },
    ]);
    expect(count("SELECT count(*) AS n FROM areas WHERE kind = 'kelurahan' AND substr(code, 10, 1) <> '1'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM areas WHERE kind = 'desa' AND substr(code, 10, 1) = '1'")).toBe(0);
    // Papua's desa adat are numbered 3xxx: villages, not kelurahan.
    expect(db.prepare("SELECT name, kind FROM areas WHERE code = '91.03.01.3007'").get()).toEqual({
      name: 'Desa Adat Yoboi',
      kind: 'desa',
    });
  });

  it('tells kota from kabupaten and gives other levels no kind', () => {
    const kinds = db
      .prepare("SELECT kind, count(*) AS n FROM areas WHERE level = 'kabupaten' GROUP BY kind ORDER BY kind")
      .all();
    expect(kinds).toEqual([
      { kind: 'kabupaten', n: 416 },
      { kind: 'kota', n: 98 },
    ]);
    expect(count("SELECT count(*) AS n FROM areas WHERE level IN ('provinsi', 'kecamatan') AND kind IS NOT NULL")).toBe(
      0,
    );
  });

  it('links every non-province row to an existing parent one level up', () => {
    expect(count("SELECT count(*) AS n FROM areas WHERE level = 'provinsi' AND parent_code IS NOT NULL")).toBe(0);
    expect(count("SELECT count(*) AS n FROM areas WHERE level <> 'provinsi' AND parent_code IS NULL")).toBe(0);
    const orphans = count(
      `SELECT count(*) AS n FROM areas c LEFT JOIN areas p ON p.code = c.parent_code
       WHERE c.parent_code IS NOT NULL AND p.code IS NULL`,
    );
    expect(orphans).toBe(0);
    const wrongLevel = count(
      `SELECT count(*) AS n FROM areas c JOIN areas p ON p.code = c.parent_code
       WHERE (c.level, p.level) NOT IN (VALUES ('kabupaten', 'provinsi'), ('kecamatan', 'kabupaten'),
                                               ('desa', 'kecamatan'))`,
    );
    expect(wrongLevel).toBe(0);
  });

  it('keeps the two quoted names whole', () => {
    const rows = db
      .prepare("SELECT code, name, kind, parent_code FROM areas WHERE code IN ('12.07.28.1007', '14.02.09.2010')")
      .all();
    expect(rows).toEqual([
      { code: '12.07.28.1007', name: 'Lubuk Pakam I,II', kind: 'kelurahan', parent_code: '12.07.28' },
      { code: '14.02.09.2010', name: 'Lambang Sari I, II, III', kind: 'desa', parent_code: '14.02.09' },
    ]);
  });

  it('stores the folded search name and keeps the indexes of the migration', () => {
    expect(db.prepare("SELECT name, search_name FROM areas WHERE code = '73.04'").get()).toEqual({
      name: 'Kabupaten Jeneponto',
      search_name: 'kabupaten jeneponto',
    });
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'areas' AND sql IS NOT NULL")
      .all();
    expect(indexes).toEqual([{ name: 'areas_parent' }]);
    expect(db.pragma('foreign_key_check(areas)')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('skips loading when the table is already filled', () => {
    expect(loadRegions(db, REGIONS_FILE)).toEqual({ loaded: 0, skipped: true });
    expect(count('SELECT count(*) AS n FROM areas')).toBe(91_599);
  });
});
