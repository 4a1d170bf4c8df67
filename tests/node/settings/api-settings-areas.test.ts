import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../electron/core';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Area, AreaWithPath } from '../../../shared/domain/areas';
import type { Settings } from '../../../shared/domain/settings';
import { cleanTempDirsAfterEach, errorOf, RESOURCES_DIR, startTestCore, tempDir, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  core = await startTestCore();
  core.subscribe((event) => events.push(event));
});
afterAll(() => core.close());
cleanTempDirsAfterEach();

const KELARA_OFFICE = {
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
  officeName: 'Kantor Camat Kelara',
  address: 'Jl. Poros Malakaji No. 1',
};

function validationError(path: string, key: string) {
  return { code: 'VALIDATION', message: { key: 'error.validation' }, details: [{ path, key }] };
}

async function search(input: object): Promise<AreaWithPath[]> {
  return valueOf(await core.dispatch('areas.search', input)) as AreaWithPath[];
}

describe('settings', () => {
  it('starts without an office identity, in Indonesian', async () => {
    const fresh = await startTestCore();
    expect(valueOf(await fresh.dispatch('settings.get', {}))).toEqual({ office: null, language: 'id' });
    fresh.close();
  });

  it('stores the office identity with its province and reads it back', async () => {
    const settings = valueOf(await core.dispatch('settings.update', { office: KELARA_OFFICE })) as Settings;
    const expected = {
      office: { ...KELARA_OFFICE, desaCode: null, provinceCode: '73' },
      language: 'id',
    };
    expect(settings).toEqual(expected);
    expect(valueOf(await core.dispatch('settings.get', {}))).toEqual(expected);
  });

  it('drops the kecamatan and desa of a kabupaten-level office', async () => {
    const settings = valueOf(
      await core.dispatch('settings.update', {
        office: { ...KELARA_OFFICE, level: 'kabupaten', desaCode: '73.04.05.2006', officeName: 'Bappeda' },
      }),
    ) as Settings;
    expect(settings.office).toEqual({
      level: 'kabupaten',
      provinceCode: '73',
      kabupatenCode: '73.04',
      kecamatanCode: null,
      desaCode: null,
      officeName: 'Bappeda',
      address: 'Jl. Poros Malakaji No. 1',
    });
  });

  it('stores a desa-level office whose desa lies in its kecamatan', async () => {
    const settings = valueOf(
      await core.dispatch('settings.update', {
        office: { ...KELARA_OFFICE, level: 'desa', desaCode: '73.04.05.2006', officeName: 'Kantor Desa Gantarang' },
      }),
    ) as Settings;
    expect(settings.office).toMatchObject({ level: 'desa', kecamatanCode: '73.04.05', desaCode: '73.04.05.2006' });
  });

  it('refuses areas that do not exist or do not nest, naming the field, and keeps the stored identity', async () => {
    valueOf(await core.dispatch('settings.update', { office: KELARA_OFFICE }));
    const cases: [object, ReturnType<typeof validationError>][] = [
      [{ kabupatenCode: '73.99' }, validationError('office.kabupatenCode', 'validation.areaUnknown')],
      [{ kabupatenCode: '73' }, validationError('office.kabupatenCode', 'validation.areaUnknown')],
      [{ kabupatenCode: '73.04.05' }, validationError('office.kabupatenCode', 'validation.areaUnknown')],
      [{ kecamatanCode: '73.06.01' }, validationError('office.kecamatanCode', 'validation.areaNotInParent')],
      [{ kecamatanCode: '73.04.99' }, validationError('office.kecamatanCode', 'validation.areaNotInParent')],
      [{ kecamatanCode: '73.04.05.2006' }, validationError('office.kecamatanCode', 'validation.areaNotInParent')],
      [{ level: 'desa', desaCode: '73.04.06.2001' }, validationError('office.desaCode', 'validation.areaNotInParent')],
      [{ kecamatanCode: null }, validationError('office.kecamatanCode', 'validation.required')],
      [{ level: 'desa' }, validationError('office.desaCode', 'validation.required')],
      [{ kabupatenCode: 'Jeneponto' }, validationError('office.kabupatenCode', 'validation.areaCode')],
      // Nothing chosen yet (the setup form sends an empty code): missing, not invalid.
      [{ kabupatenCode: '' }, validationError('office.kabupatenCode', 'validation.required')],
      [{ kabupatenCode: '  ' }, validationError('office.kabupatenCode', 'validation.required')],
      [{ officeName: '   ' }, validationError('office.officeName', 'validation.required')],
      [{ level: 'provinsi' }, validationError('office.level', 'validation.option')],
    ];
    for (const [change, expected] of cases) {
      const result = await core.dispatch('settings.update', { office: { ...KELARA_OFFICE, ...change } });
      expect({ change, error: errorOf(result) }).toEqual({ change, error: expected });
    }
    expect((valueOf(await core.dispatch('settings.get', {})) as Settings).office?.officeName).toBe(
      'Kantor Camat Kelara',
    );
  });

  it('switches the language and refuses unknown ones', async () => {
    expect((valueOf(await core.dispatch('settings.update', { language: 'en' })) as Settings).language).toBe('en');
    expect(errorOf(await core.dispatch('settings.update', { language: 'fr' }))).toEqual(
      validationError('language', 'validation.option'),
    );
    expect((valueOf(await core.dispatch('settings.get', {})) as Settings).language).toBe('en');
  });

  it('announces settings changes and not reads', async () => {
    events.length = 0;
    await core.dispatch('settings.get', {});
    await core.dispatch('settings.update', { language: 'id' });
    await core.dispatch('settings.update', { language: 'xx' });
    expect(events).toEqual([{ entities: ['settings'] }]);
  });

  it('keeps the identity and directory across a restart of the core', async () => {
    const dataDir = tempDir();
    const options = { dataDir, resourcesDir: RESOURCES_DIR, host: 'preview', appVersion: 'test' } as const;
    const first = await startCore(options);
    valueOf(await first.dispatch('settings.update', { office: KELARA_OFFICE, language: 'en' }));
    const institution = valueOf(
      await first.dispatch('institutions.create', { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan' }),
    );
    first.close();

    const second = await startCore(options);
    expect(second.store.regions.skipped).toBe(true);
    expect(valueOf(await second.dispatch('settings.get', {}))).toMatchObject({
      office: { officeName: 'Kantor Camat Kelara' },
      language: 'en',
    });
    expect(valueOf(await second.dispatch('institutions.list', {}))).toEqual({ items: [institution], total: 1 });
    second.close();
  });
});

describe('areas.search', () => {
  it('finds Kelara by name with its path, whatever the case and spacing', async () => {
    for (const query of ['Kelara', 'kelara', '  KELARA ']) {
      const [first] = await search({ query });
      expect(first).toEqual({
        code: '73.04.05',
        name: 'Kelara',
        level: 'kecamatan',
        kind: null,
        parentCode: '73.04',
        path: [
          { code: '73', name: 'Sulawesi Selatan', level: 'provinsi' },
          { code: '73.04', name: 'Kabupaten Jeneponto', level: 'kabupaten' },
        ],
      });
    }
  });

  it('finds by code prefix, the area itself first', async () => {
    const results = await search({ query: '73.04.05' });
    expect(results.map((a) => [a.code, a.name])).toEqual([
      ['73.04.05', 'Kelara'],
      ['73.04.05.2009', 'Bontolebang'],
      ['73.04.05.2010', 'Bontonompo'],
      ['73.04.05.2006', 'Gantarang'],
      ['73.04.05.2014', 'Samataring'],
      ['73.04.05.1001', 'Tolo'],
      ['73.04.05.1005', 'Tolo Barat'],
      ['73.04.05.1003', 'Tolo Selatan'],
      ['73.04.05.1004', 'Tolo Timur'],
      ['73.04.05.1002', 'Tolo Utara'],
      ['73.04.05.2021', 'Tombolo'],
    ]);
    const all = await search({ query: '73.04', limit: 200 });
    expect(all).toHaveLength(125);
    expect(all.every((a) => a.code === '73.04' || a.code.startsWith('73.04.'))).toBe(true);
  });

  it('ranks exact names before names that start with the query, before names that contain it', async () => {
    const results = await search({ query: 'tolo', limit: 200 });
    const rankOf = (a: Area): number => {
      const name = a.name.toLowerCase();
      return name === 'tolo' ? 0 : name.startsWith('tolo') ? 1 : 2;
    };
    expect(results).toHaveLength(72);
    expect(results.slice(0, 2).map((a) => a.code)).toEqual(['72.07.06.2014', '73.04.05.1001']);
    const ranks = results.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  });

  it('ranks areas under `near` (the office kabupaten) first, without leaving the others out', async () => {
    const results = await search({ query: 'tolo', near: '73.04', limit: 200 });
    expect(results).toHaveLength(72);
    expect(results.slice(0, 6).map((a) => a.code)).toEqual([
      '73.04.05.1001',
      '73.04.05.1005',
      '73.04.05.1003',
      '73.04.05.1004',
      '73.04.05.1002',
      '72.07.06.2014',
    ]);
  });

  it('searches only under the area given as `within`', async () => {
    const results = await search({ query: 'tolo', within: '73.04.05' });
    expect(results.map((a) => a.name)).toEqual(['Tolo', 'Tolo Barat', 'Tolo Selatan', 'Tolo Timur', 'Tolo Utara']);
    expect(results.every((a) => a.kind === 'kelurahan' && a.parentCode === '73.04.05')).toBe(true);
    expect((await search({ query: 'bonto', within: '73.04.05' })).map((a) => a.name)).toEqual([
      'Bontolebang',
      'Bontonompo',
    ]);
    expect(await search({ query: 'kelara', within: '73.06' })).toEqual([]);
  });

  it('filters by level and honours the limit', async () => {
    expect((await search({ query: 'jeneponto', level: 'kabupaten' })).map((a) => a.code)).toEqual(['73.04']);
    expect(await search({ query: 'a', limit: 7 })).toHaveLength(7);
    expect(await search({ query: 'a' })).toHaveLength(30);
    expect(await search({ query: '100%_x' })).toEqual([]);
  });
});

describe('areas.children and areas.get', () => {
  it('lists the provinces, and the children of a code by name', async () => {
    const provinces = valueOf(await core.dispatch('areas.children', { code: null })) as Area[];
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual({ code: '11', name: 'Aceh', level: 'provinsi', kind: null, parentCode: null });
    expect(provinces.every((p) => p.level === 'provinsi')).toBe(true);

    const kecamatan = valueOf(await core.dispatch('areas.children', { code: '73.04' })) as Area[];
    expect(kecamatan.map((a) => a.name)).toEqual([
      'Arungkeke',
      'Bangkala',
      'Bangkala Barat',
      'Batang',
      'Binamu',
      'Bontoramba',
      'Kelara',
      'Rumbia',
      'Tamalatea',
      'Tarowang',
      'Turatea',
    ]);
    expect(valueOf(await core.dispatch('areas.children', { code: '73.04.05.2006' }))).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown code and VALIDATION for a malformed one', async () => {
    expect(errorOf(await core.dispatch('areas.children', { code: '73.99' }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.area' },
    });
    expect(errorOf(await core.dispatch('areas.get', { code: '73.04.05.9999' })).code).toBe('NOT_FOUND');
    expect(errorOf(await core.dispatch('areas.children', { code: '7304' }))).toEqual(
      validationError('code', 'validation.areaCode'),
    );
  });

  it('gets one village with the names above it', async () => {
    expect(valueOf(await core.dispatch('areas.get', { code: '73.04.05.2006' }))).toEqual({
      code: '73.04.05.2006',
      name: 'Gantarang',
      level: 'desa',
      kind: 'desa',
      parentCode: '73.04.05',
      path: [
        { code: '73', name: 'Sulawesi Selatan', level: 'provinsi' },
        { code: '73.04', name: 'Kabupaten Jeneponto', level: 'kabupaten' },
        { code: '73.04.05', name: 'Kelara', level: 'kecamatan' },
      ],
    });
  });
});
