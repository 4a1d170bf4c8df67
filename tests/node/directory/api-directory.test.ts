import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Institution, Page, Person } from '../../../shared/domain/directory';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const MISSING_ID = '01900000-0000-7000-8000-000000000000';

let core: TestCore;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  core = await startTestCore();
  core.subscribe((event) => events.push(event));
});
afterAll(() => core.close());

async function createInstitution(input: Partial<InputOf<'institutions.create'>> = {}): Promise<Institution> {
  return valueOf(
    (await core.dispatch('institutions.create', {
      name: 'Puskesmas Tolo',
      sector: 'kesehatan',
      level: 'kecamatan',
      ...input,
    })) as never,
  );
}

async function createPerson(input: Partial<InputOf<'people.create'>> = {}): Promise<Person> {
  return valueOf((await core.dispatch('people.create', { name: 'dr. Andi Makkasau', ...input })) as never);
}

describe('institutions', () => {
  it('round-trips create, get, update and delete', async () => {
    const created = await createInstitution({
      name: '  Puskesmas Kelara  ',
      shortName: '',
      areaCode: '73.04.05',
      address: 'Jl. Poros Malakaji',
      phone: '0411-123456',
      email: 'pkm.kelara@example.go.id',
    });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      name: 'Puskesmas Kelara',
      shortName: null,
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
      areaName: 'Kelara',
      address: 'Jl. Poros Malakaji',
      phone: '0411-123456',
      email: 'pkm.kelara@example.go.id',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: created.createdAt,
      origin: null,
    });
    expect(valueOf(await core.dispatch('institutions.get', { id: created.id }))).toEqual(created);

    const updated = valueOf(
      await core.dispatch('institutions.update', {
        id: created.id,
        name: 'UPT Puskesmas Kelara',
        shortName: 'PKM Kelara',
        sector: 'kesehatan',
        level: 'kecamatan',
        areaCode: null,
      }),
    ) as Institution;
    expect(updated).toMatchObject({
      id: created.id,
      name: 'UPT Puskesmas Kelara',
      shortName: 'PKM Kelara',
      areaCode: null,
      areaName: null,
      address: null,
      phone: null,
      email: null,
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(valueOf(await core.dispatch('institutions.get', { id: created.id }))).toEqual(updated);

    expect(valueOf(await core.dispatch('institutions.delete', { id: created.id }))).toEqual({ id: created.id });
    expect(errorOf(await core.dispatch('institutions.get', { id: created.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.institution' },
    });
  });

  it('lists by search text, sector and area (including areas below it) and leaves deleted ones out', async () => {
    const bappeda = await createInstitution({ name: 'Bappeda Jeneponto', sector: 'perencanaan', areaCode: '73.04' });
    const pkm = await createInstitution({ name: 'Puskesmas Bontoramba', areaCode: '73.04.06' });
    const gowa = await createInstitution({ name: 'Puskesmas Bontonompo', areaCode: '73.06' });
    const gone = await createInstitution({ name: 'Puskesmas Lama', areaCode: '73.04.05' });
    valueOf(await core.dispatch('institutions.delete', { id: gone.id }));

    const names = async (input: object) =>
      (valueOf(await core.dispatch('institutions.list', input)) as Page<Institution>).items.map((i) => i.name);

    expect(await names({ query: 'BONTO' })).toEqual([gowa.name, pkm.name]);
    expect(await names({ sector: 'perencanaan' })).toEqual([bappeda.name]);
    expect(await names({ areaCode: '73.04' })).toEqual([bappeda.name, pkm.name]);
    expect(await names({ query: 'lama' })).toEqual([]);
    const page = valueOf(
      await core.dispatch('institutions.list', { query: 'puskesmas', limit: 1 }),
    ) as Page<Institution>;
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.name)).toEqual([gowa.name]);
  });

  it('answers NOT_FOUND for unknown ids on get, update and delete', async () => {
    for (const [method, input] of [
      ['institutions.get', { id: MISSING_ID }],
      ['institutions.update', { id: MISSING_ID, name: 'X', sector: 'lainnya', level: 'desa' }],
      ['institutions.delete', { id: MISSING_ID }],
    ] as const) {
      expect(errorOf(await core.dispatch(method, input))).toEqual({
        code: 'NOT_FOUND',
        message: { key: 'error.notFound.institution' },
      });
    }
  });

  it('refuses an area code that is not in the region list, on the areaCode field', async () => {
    const error = errorOf(
      await core.dispatch('institutions.create', { name: 'X', sector: 'lainnya', level: 'desa', areaCode: '73.04.99' }),
    );
    expect(error).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'areaCode', key: 'validation.areaUnknown' }],
    });
  });

  it('refuses to delete an institution that still has people, until they are gone', async () => {
    const institution = await createInstitution({ name: 'Dinas Kesehatan' });
    const person = await createPerson({ institutionId: institution.id });
    expect(errorOf(await core.dispatch('institutions.delete', { id: institution.id }))).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.institutionHasPeople', params: { count: 1 } },
    });
    expect(valueOf(await core.dispatch('institutions.get', { id: institution.id }))).toEqual(institution);

    valueOf(await core.dispatch('people.delete', { id: person.id }));
    expect(valueOf(await core.dispatch('institutions.delete', { id: institution.id }))).toEqual({
      id: institution.id,
    });
  });
});

describe('people', () => {
  it('round-trips create, get, update and delete, normalising the NIP', async () => {
    const institution = await createInstitution({ name: 'Bappelitbangda' });
    const created = await createPerson({
      name: 'H. Islam Iskandar, S.Sos., M.Si.',
      position: 'Kepala Bidang',
      institutionId: institution.id,
      nip: '19651231 199803 1 066',
      rank: 'Pembina (IV/a)',
      phone: '0812-3456-7890',
      email: 'islam@example.go.id',
    });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'H. Islam Iskandar, S.Sos., M.Si.',
      position: 'Kepala Bidang',
      institutionId: institution.id,
      institutionName: 'Bappelitbangda',
      nip: '196512311998031066',
      rank: 'Pembina (IV/a)',
      phone: '0812-3456-7890',
      email: 'islam@example.go.id',
      createdAt: expect.any(String),
      updatedAt: created.createdAt,
      origin: null,
    });
    expect(valueOf(await core.dispatch('people.get', { id: created.id }))).toEqual(created);

    const updated = valueOf(
      await core.dispatch('people.update', {
        id: created.id,
        name: created.name,
        nip: created.nip,
        position: 'Sekretaris',
        phone: null,
      }),
    ) as Person;
    expect(updated).toMatchObject({
      position: 'Sekretaris',
      nip: '196512311998031066',
      institutionId: null,
      institutionName: null,
      rank: null,
      phone: null,
      email: null,
    });

    valueOf(await core.dispatch('people.delete', { id: created.id }));
    expect(errorOf(await core.dispatch('people.get', { id: created.id }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.person' },
    });
    expect(errorOf(await core.dispatch('people.delete', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it('masks phone numbers in lists but not when one person is opened', async () => {
    const person = await createPerson({ name: 'Masking Test', phone: '+62 812-3456-7890' });
    const list = valueOf(await core.dispatch('people.list', { query: 'masking' })) as Page<Person>;
    expect(list.items.map((p) => [p.name, p.phone])).toEqual([['Masking Test', '6281••••••890']]);
    expect((valueOf(await core.dispatch('people.get', { id: person.id })) as Person).phone).toBe('+62 812-3456-7890');
  });

  it('looks people up by id for pickers, with the phone masked and deleted people left out', async () => {
    const a = await createPerson({ name: 'Picker Satu', phone: '081234567890' });
    const b = await createPerson({ name: 'Picker Dua' });
    await createPerson({ name: 'Picker Tiga' });
    const list = async (ids: string[]) => valueOf(await core.dispatch('people.list', { ids })) as Page<Person>;

    expect((await list([a.id, b.id])).items.map((p) => [p.name, p.phone])).toEqual([
      ['Picker Dua', null],
      ['Picker Satu', '0812•••••890'],
    ]);
    expect((await list([])).total).toBe(0);
    valueOf(await core.dispatch('people.delete', { id: a.id }));
    expect((await list([a.id])).items).toEqual([]);
    expect(errorOf(await core.dispatch('people.list', { ids: ['not-an-id'] })).code).toBe('VALIDATION');
  });

  it('searches name, position and NIP, filters by institution and leaves deleted people out', async () => {
    const kua = await createInstitution({ name: 'KUA Kelara', sector: 'agama' });
    const a = await createPerson({ name: 'Nurhayati', position: 'Penyuluh Agama', institutionId: kua.id });
    const b = await createPerson({ name: 'Syamsuddin', nip: '197001012000031002', institutionId: kua.id });
    const c = await createPerson({ name: 'Nurdin', position: 'Kepala Desa' });
    const names = async (input: object) =>
      (valueOf(await core.dispatch('people.list', input)) as Page<Person>).items.map((p) => p.name);

    expect(await names({ query: 'nur' })).toEqual([c.name, a.name]);
    expect(await names({ query: 'penyuluh' })).toEqual([a.name]);
    expect(await names({ query: '19700101' })).toEqual([b.name]);
    expect(await names({ institutionId: kua.id })).toEqual([a.name, b.name]);

    valueOf(await core.dispatch('people.delete', { id: a.id }));
    expect(await names({ institutionId: kua.id })).toEqual([b.name]);
    expect(await names({ query: 'nur' })).toEqual([c.name]);
  });

  it('refuses a NIP another person holds, on the nip field, and frees it when that person is deleted', async () => {
    const holder = await createPerson({ name: 'Pemegang NIP', nip: '198502022010012003' });
    const other = await createPerson({ name: 'Orang Lain' });
    const conflict = {
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'nip', key: 'validation.nipTaken' }],
    };
    expect(errorOf(await core.dispatch('people.create', { name: 'Kedua', nip: '198502022010012003' }))).toEqual(
      conflict,
    );
    expect(
      errorOf(await core.dispatch('people.update', { id: other.id, name: other.name, nip: '1985 0202 2010 0120 03' })),
    ).toEqual(conflict);
    // Saving the holder with its own NIP is not a conflict.
    valueOf(await core.dispatch('people.update', { id: holder.id, name: 'Pemegang NIP (ubah)', nip: holder.nip }));

    valueOf(await core.dispatch('people.delete', { id: holder.id }));
    const reused = await createPerson({ name: 'Kedua', nip: '198502022010012003' });
    expect(reused.nip).toBe('198502022010012003');
  });

  it('refuses an unknown or deleted institution, on the institutionId field', async () => {
    const closed = await createInstitution({ name: 'Sudah Ditutup' });
    valueOf(await core.dispatch('institutions.delete', { id: closed.id }));
    for (const institutionId of [MISSING_ID, closed.id]) {
      expect(errorOf(await core.dispatch('people.create', { name: 'X', institutionId }))).toEqual({
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path: 'institutionId', key: 'validation.institutionUnknown' }],
      });
    }
  });

  it('records personal-data changes in the history by field name only', async () => {
    const person = await createPerson({ name: 'Riwayat', phone: '081299990000' });
    valueOf(
      await core.dispatch('people.update', { id: person.id, name: 'Riwayat', phone: '081299990001', email: 'r@x.id' }),
    );
    valueOf(await core.dispatch('people.delete', { id: person.id }));
    const rows = core.store.db
      .prepare("SELECT action, changes FROM history WHERE entity = 'person' AND entity_id = ? ORDER BY id")
      .all(person.id);
    expect(rows).toEqual([
      { action: 'create', changes: JSON.stringify({ fields: ['name', 'phone'] }) },
      { action: 'update', changes: JSON.stringify({ fields: ['phone', 'email'] }) },
      { action: 'delete', changes: null },
    ]);
  });
});

describe('change events', () => {
  it('announces successful writes only', async () => {
    events.length = 0;
    const institution = await createInstitution({ name: 'Untuk Event' });
    await core.dispatch('institutions.list', {});
    await core.dispatch('institutions.get', { id: institution.id });
    await core.dispatch('institutions.create', { name: '' });
    await core.dispatch('institutions.delete', { id: MISSING_ID });
    const person = await createPerson({ name: 'Untuk Event' });
    await core.dispatch('people.list', {});
    valueOf(await core.dispatch('people.delete', { id: person.id }));
    expect(events).toEqual([
      { entities: ['institutions'] },
      { entities: ['people'] },
      { entities: ['people', 'meetings'] },
    ]);
  });
});
