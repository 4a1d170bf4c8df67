import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/api/result';
import type { Page, Person } from '../../../shared/domain/directory';
import { createInvokeHandler } from '../../../electron/host/ipc';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.close());

const INSTITUTION = { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan' };
const PERSON = { name: 'Nurhayati' };
const MEETING = {
  title: 'Rakor TPPS',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  areaCodes: ['73.04.05'],
  date: '2025-03-12',
  startTime: '09:00',
};

async function issuesOf(method: string, payload: unknown): Promise<FieldIssue[]> {
  const error = errorOf(await core.dispatch(method, payload));
  expect(error.code).toBe('VALIDATION');
  expect(error.message).toEqual({ key: 'error.validation' });
  return error.details ?? [];
}

describe('validation errors come back as data, naming the field', () => {
  it('wrong types', async () => {
    expect(await issuesOf('institutions.create', { ...INSTITUTION, name: 123 })).toEqual([
      { path: 'name', key: 'validation.type', params: { expected: 'string' } },
    ]);
    expect(await issuesOf('areas.search', { query: 'kelara', limit: '10' })).toEqual([
      { path: 'limit', key: 'validation.type', params: { expected: 'number' } },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, areaCodes: '73.04.05' })).toEqual([
      { path: 'areaCodes', key: 'validation.type', params: { expected: 'array' } },
    ]);
    expect(await issuesOf('people.create', { ...PERSON, nip: 196512311998031070 })).toEqual([
      { path: 'nip', key: 'validation.type', params: { expected: 'string' } },
    ]);
    expect(await issuesOf('people.list', { limit: 2.5, offset: -1 })).toEqual([
      { path: 'limit', key: 'validation.type', params: { expected: 'int' } },
      { path: 'offset', key: 'validation.tooSmall', params: { min: 0 } },
    ]);
    expect(await issuesOf('institutions.get', 'not an object')).toEqual([
      { path: '_', key: 'validation.type', params: { expected: 'object' } },
    ]);
  });

  it('missing fields', async () => {
    expect(await issuesOf('institutions.create', {})).toEqual([
      { path: 'name', key: 'validation.required' },
      { path: 'sector', key: 'validation.required' },
      { path: 'level', key: 'validation.required' },
    ]);
    expect(await issuesOf('meetings.create', { title: 'Rakor' })).toEqual([
      { path: 'kind', key: 'validation.required' },
      { path: 'hostLevel', key: 'validation.required' },
      { path: 'areaCodes', key: 'validation.required' },
      { path: 'date', key: 'validation.required' },
      { path: 'startTime', key: 'validation.required' },
    ]);
    expect(await issuesOf('institutions.get', null)).toEqual([{ path: 'id', key: 'validation.required' }]);
    expect(await issuesOf('institutions.get', undefined)).toEqual([{ path: 'id', key: 'validation.required' }]);
    expect(await issuesOf('people.create', { ...PERSON, name: '   ' })).toEqual([
      { path: 'name', key: 'validation.required' },
    ]);
    expect(await issuesOf('settings.update', { office: { level: 'kecamatan' } })).toEqual([
      { path: 'office.kabupatenCode', key: 'validation.required' },
      { path: 'office.officeName', key: 'validation.required' },
    ]);
  });

  it('unknown fields, at any depth', async () => {
    expect(await issuesOf('institutions.create', { ...INSTITUTION, colour: 'red', id: 'x' })).toEqual([
      { path: 'colour', key: 'validation.unknownField', params: { fields: 'colour' } },
      { path: 'id', key: 'validation.unknownField', params: { fields: 'id' } },
    ]);
    const office = { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda', province: '73' };
    expect(await issuesOf('settings.update', { office })).toEqual([
      { path: 'office.province', key: 'validation.unknownField', params: { fields: 'province' } },
    ]);
    expect(await issuesOf('app.info', { verbose: true })).toEqual([
      { path: 'verbose', key: 'validation.unknownField', params: { fields: 'verbose' } },
    ]);
  });

  it('oversized strings (more than 200 characters for a name)', async () => {
    expect(await issuesOf('institutions.create', { ...INSTITUTION, name: 'x'.repeat(201) })).toEqual([
      { path: 'name', key: 'validation.tooLong', params: { max: 200 } },
    ]);
    expect(await issuesOf('people.create', { ...PERSON, position: 'j'.repeat(201) })).toEqual([
      { path: 'position', key: 'validation.tooLong', params: { max: 200 } },
    ]);
    expect(await issuesOf('areas.search', { query: 'q'.repeat(201) })).toEqual([
      { path: 'query', key: 'validation.tooLong', params: { max: 200 } },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, title: 't'.repeat(301) })).toEqual([
      { path: 'title', key: 'validation.tooLong', params: { max: 300 } },
    ]);
    expect(await issuesOf('institutions.create', { ...INSTITUTION, name: 'x'.repeat(1_000_000) })).toEqual([
      { path: 'name', key: 'validation.tooLong', params: { max: 200 } },
    ]);
    const longest = valueOf(await core.dispatch('people.create', { ...PERSON, name: 'n'.repeat(200) })) as Person;
    expect(longest.name).toHaveLength(200);
  });

  it('bad NIP, phone and e-mail', async () => {
    for (const nip of ['12345', '1965123119980310661', '19651231-199803-1-066', '19651231 199803 1 06x']) {
      expect(await issuesOf('people.create', { ...PERSON, nip })).toEqual([{ path: 'nip', key: 'validation.nip' }]);
    }
    for (const phone of ['0812-ABC-7890', '1234567', '0812345678901234', '0812;3456;7890']) {
      expect(await issuesOf('people.create', { ...PERSON, phone })).toEqual([
        { path: 'phone', key: 'validation.phone' },
      ]);
    }
    expect(await issuesOf('institutions.create', { ...INSTITUTION, phone: '12' })).toEqual([
      { path: 'phone', key: 'validation.phone' },
    ]);
    for (const email of ['a@b', 'nama @dinkes.go.id', 'dinkes.go.id', 'a@@b.id']) {
      expect(await issuesOf('people.create', { ...PERSON, email })).toEqual([
        { path: 'email', key: 'validation.email' },
      ]);
    }
  });

  it('bad dates and times, and an end before the start', async () => {
    for (const date of [
      '2025-02-30',
      '2025-02-29',
      '2025-13-01',
      '2025-1-5',
      '12/03/2025',
      '1999-12-31',
      '2101-01-01',
    ]) {
      expect(await issuesOf('meetings.create', { ...MEETING, date })).toEqual([
        { path: 'date', key: 'validation.date' },
      ]);
    }
    // An empty date field is a missing date.
    expect(await issuesOf('meetings.create', { ...MEETING, date: '' })).toEqual([
      { path: 'date', key: 'validation.required' },
    ]);
    for (const startTime of ['24:00', '9:00', '09.00', '09:60']) {
      expect(await issuesOf('meetings.create', { ...MEETING, startTime })).toEqual([
        { path: 'startTime', key: 'validation.time' },
      ]);
    }
    for (const endTime of ['08:59', '09:00']) {
      expect(await issuesOf('meetings.create', { ...MEETING, endTime })).toEqual([
        { path: 'endTime', key: 'validation.endBeforeStart' },
      ]);
    }
    expect(
      valueOf(await core.dispatch('meetings.create', { ...MEETING, date: '2024-02-29', endTime: '09:01' })),
    ).toMatchObject({ date: '2024-02-29', endTime: '09:01' });
  });

  it('bad ids, codes, options and area lists', async () => {
    expect(await issuesOf('institutions.get', { id: '42' })).toEqual([{ path: 'id', key: 'validation.id' }]);
    expect(await issuesOf('institutions.create', { ...INSTITUTION, sector: 'militer' })).toEqual([
      { path: 'sector', key: 'validation.option' },
    ]);
    expect(await issuesOf('institutions.create', { ...INSTITUTION, areaCode: '73.4.5' })).toEqual([
      { path: 'areaCode', key: 'validation.areaCode' },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, areaCodes: [] })).toEqual([
      { path: 'areaCodes', key: 'validation.areasRequired' },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, areaCodes: ['73.04.05', '73.04.05'] })).toEqual([
      { path: 'areaCodes', key: 'validation.duplicateArea' },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, areaCodes: ['73.04.05', 'Kelara'] })).toEqual([
      { path: 'areaCodes.1', key: 'validation.areaCode' },
    ]);
  });

  it('text that is not well-formed Unicode (a lone surrogate), at any depth, through dispatch and IPC', async () => {
    expect(await issuesOf('institutions.create', { ...INSTITUTION, name: 'Puskesmas \uD800' })).toEqual([
      { path: 'name', key: 'validation.invalidText' },
    ]);
    expect(await issuesOf('meetings.create', { ...MEETING, areaCodes: ['73.04.05', 'x\uDC00y'] })).toEqual([
      { path: 'areaCodes.1', key: 'validation.invalidText' },
    ]);
    // The desktop host's invoke handler hands structured-cloned strings, lone surrogates and all, to dispatch.
    const invoke = createInvokeHandler(core.dispatch, () => true);
    const error = errorOf(await invoke({} as never, 'institutions.create', { ...INSTITUTION, name: 'Tolo\uDBFF' }));
    expect(error.details).toEqual([{ path: 'name', key: 'validation.invalidText' }]);
  });

  it('stored nothing for refused input and keeps serving', async () => {
    const people = valueOf(await core.dispatch('people.list', { limit: 500 })) as Page<Person>;
    expect(people.items.map((p) => p.name.length)).toEqual([200]);
    expect(valueOf(await core.dispatch('institutions.list', {}))).toEqual({ items: [], total: 0 });
  });
});
