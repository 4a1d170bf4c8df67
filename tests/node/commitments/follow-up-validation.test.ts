import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/api/result';
import { startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.close());

const ID = '01900000-0000-7000-8000-000000000001';
const FILE = { name: 'bukti.pdf', dataBase64: 'JVBERi0=' };

/** The follow-up methods of the contract, from commitments.ledger to search.page. */
const FOLLOW_UP_METHODS = METHOD_NAMES.slice(
  METHOD_NAMES.indexOf('commitments.ledger'),
  METHOD_NAMES.indexOf('search.page') + 1,
);

type Case = [unknown, Pick<FieldIssue, 'path' | 'key'>[]];

/** Malformed payloads per method and the field issues they must produce (path and key). */
const CASES: Partial<Record<MethodName, Case[]>> = {
  'commitments.ledger': [
    [{ statuses: ['selesai'] }, [{ path: 'statuses.0', key: 'validation.option' }]],
    [{ statuses: 'done' }, [{ path: 'statuses', key: 'validation.type' }]],
    [{ sort: 'terbaru' }, [{ path: 'sort', key: 'validation.option' }]],
    [{ limit: 501 }, [{ path: 'limit', key: 'validation.tooLarge' }]],
    [{ offset: -1 }, [{ path: 'offset', key: 'validation.tooSmall' }]],
    [
      { dueFrom: '2025-13-01', dueTo: '31-12-2025' },
      [
        { path: 'dueFrom', key: 'validation.date' },
        { path: 'dueTo', key: 'validation.date' },
      ],
    ],
    [{ areaCode: '73.4' }, [{ path: 'areaCode', key: 'validation.areaCode' }]],
    [{ overdueOnly: 'ya' }, [{ path: 'overdueOnly', key: 'validation.type' }]],
    [{ query: 'x'.repeat(201) }, [{ path: 'query', key: 'validation.tooLong' }]],
    [
      { institutionId: 'dinkes', meetingId: 7 },
      [
        { path: 'institutionId', key: 'validation.id' },
        { path: 'meetingId', key: 'validation.type' },
      ],
    ],
    [{ sector: 'gizi' }, [{ path: 'sector', key: 'validation.option' }]],
    [{ page: 2 }, [{ path: 'page', key: 'validation.unknownField' }]],
  ],
  'commitments.detail': [
    [{}, [{ path: 'id', key: 'validation.required' }]],
    [{ id: 'komitmen-1' }, [{ path: 'id', key: 'validation.id' }]],
  ],
  'commitments.setStatus': [
    [{ id: ID }, [{ path: 'status', key: 'validation.required' }]],
    [{ id: ID, status: 'selesai' }, [{ path: 'status', key: 'validation.option' }]],
    [{ id: ID, status: 'done', note: 'n'.repeat(10_001) }, [{ path: 'note', key: 'validation.tooLong' }]],
    [{ id: ID, status: 'done', meetingId: 'rapat' }, [{ path: 'meetingId', key: 'validation.id' }]],
    [{ id: ID, status: 'done', completedOn: '2025-11-14' }, [{ path: 'completedOn', key: 'validation.unknownField' }]],
  ],
  'commitments.addUpdate': [
    [{ commitmentId: ID }, [{ path: 'reportedOn', key: 'validation.required' }]],
    [{ commitmentId: ID, reportedOn: '17-10-2025' }, [{ path: 'reportedOn', key: 'validation.date' }]],
    [{ commitmentId: ID, reportedOn: '2025-10-17', percent: 101 }, [{ path: 'percent', key: 'validation.tooLarge' }]],
    [{ commitmentId: ID, reportedOn: '2099-01-01' }, [{ path: 'reportedOn', key: 'validation.futureDate' }]],
    [{ commitmentId: ID, reportedOn: '2025-10-17', percent: 12.5 }, [{ path: 'percent', key: 'validation.type' }]],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', statusAfter: 'beres' },
      [{ path: 'statusAfter', key: 'validation.option' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', reportedByPersonId: 'meriam' },
      [{ path: 'reportedByPersonId', key: 'validation.id' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', reportedByText: 'r'.repeat(201) },
      [{ path: 'reportedByText', key: 'validation.tooLong' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: Array(6).fill(FILE) },
      [{ path: 'evidence', key: 'validation.tooManyItems' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: [{ ...FILE, name: '  ' }] },
      [{ path: 'evidence.0.name', key: 'validation.required' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: [FILE, { ...FILE, dataBase64: 'bukan base64!' }] },
      [{ path: 'evidence.1.dataBase64', key: 'validation.fileEncoding' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: [{ ...FILE, dataBase64: 'A'.repeat(4_194_312) }] },
      [{ path: 'evidence.0.dataBase64', key: 'validation.fileTooLarge' }],
    ],
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: [{ ...FILE, path: '/etc/passwd' }] },
      [{ path: 'evidence.0.path', key: 'validation.unknownField' }],
    ],
    // Checked by the handler, before anything is written.
    [
      { commitmentId: ID, reportedOn: '2025-10-17', evidence: [{ ...FILE, name: '../../sirakor.sqlite' }] },
      [{ path: 'evidence.0.name', key: 'validation.fileName' }],
    ],
  ],
  'commitments.carryOver': [
    [{}, [{ path: 'meetingId', key: 'validation.required' }]],
    [{ meetingId: ID, limit: 501 }, [{ path: 'limit', key: 'validation.tooLarge' }]],
    [{ meetingId: ID, offset: 10 }, [{ path: 'offset', key: 'validation.unknownField' }]],
  ],
  'evidence.download': [
    [{ id: 1 }, [{ path: 'id', key: 'validation.type' }]],
    [{ id: `${ID}/../x` }, [{ path: 'id', key: 'validation.id' }]],
  ],
  'dashboard.summary': [
    [{ limit: 51 }, [{ path: 'limit', key: 'validation.tooLarge' }]],
    [{ areaCode: 'Jeneponto' }, [{ path: 'areaCode', key: 'validation.areaCode' }]],
    [{ period: { kind: 'semester', year: 2025, index: 3 } }, [{ path: 'period.index', key: 'validation.option' }]],
    [{ period: { kind: 'month', year: 2025, index: 1 } }, [{ path: 'period.kind', key: 'validation.option' }]],
  ],
  'search.query': [
    [{ query: '' }, [{ path: 'query', key: 'validation.required' }]],
    [{ query: 'ego', limit: 1000 }, [{ path: 'limit', key: 'validation.tooLarge' }]],
    [{ query: ['ego'] }, [{ path: 'query', key: 'validation.type' }]],
  ],
  'search.count': [
    [{ query: '' }, [{ path: 'query', key: 'validation.required' }]],
    [{ query: 'ego', limit: 5 }, [{ path: 'limit', key: 'validation.unknownField' }]],
  ],
  'search.page': [
    [{ query: '' }, [{ path: 'query', key: 'validation.required' }]],
    [{ query: 'ego', kind: 'surat' }, [{ path: 'kind', key: 'validation.option' }]],
    [{ query: 'ego', year: 2101 }, [{ path: 'year', key: 'validation.tooLarge' }]],
    [{ query: 'ego', areaCode: 'Jeneponto' }, [{ path: 'areaCode', key: 'validation.areaCode' }]],
    [{ query: 'ego', offset: -1 }, [{ path: 'offset', key: 'validation.tooSmall' }]],
    [
      { query: 'ego', period: { kind: 'quarter', year: 2025, index: 0 } },
      [{ path: 'period.index', key: 'validation.tooSmall' }],
    ],
    [{ query: 'ego', officeId: 'Rumbia' }, [{ path: 'officeId', key: 'validation.id' }]],
  ],
};

describe('malformed input to the follow-up methods', () => {
  it('has cases for every follow-up method', () => {
    expect(FOLLOW_UP_METHODS).toEqual([
      'commitments.ledger',
      'commitments.detail',
      'commitments.setStatus',
      'commitments.addUpdate',
      'commitments.carryOver',
      'evidence.download',
      'dashboard.summary',
      'search.query',
      'search.count',
      'search.page',
    ]);
    expect(FOLLOW_UP_METHODS.filter((method) => !CASES[method]?.length)).toEqual([]);
  });

  it.each(FOLLOW_UP_METHODS)('%s answers ok:false VALIDATION naming the field', async (method) => {
    for (const [payload, expected] of CASES[method] ?? []) {
      const result = await core.dispatch(method, payload);
      expect({ payload, ok: result.ok }).toEqual({ payload, ok: false });
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toEqual({ key: 'error.validation' });
      expect({ payload, details: result.error.details?.map(({ path, key }) => ({ path, key })) }).toEqual({
        payload,
        details: expected,
      });
    }
  });
});

describe('malformed input to the ledger XLSX job', () => {
  it.each<Case>([
    [{ limit: 100 }, [{ path: 'input.limit', key: 'validation.unknownField' }]],
    [
      { statuses: ['done', 'done', 'done', 'done', 'done'] },
      [{ path: 'input.statuses', key: 'validation.tooManyItems' }],
    ],
  ])('%j is refused at the start, naming the field', async (input, expected) => {
    const result = await core.dispatch('jobs.start', { kind: 'ledgerXlsx', input });
    expect(result.ok ? null : result.error.details?.map(({ path, key }) => ({ path, key }))).toEqual(expected);
  });
});

describe('the date of a progress report', () => {
  it('may be today anywhere in Indonesia (WIT, the easternmost zone), not later', async () => {
    // 16.00 UTC on 1 January: already 2 January in WIT (UTC+9), still 1 January in WIB and WITA.
    const clocked = await startTestCore({ now: () => new Date('2026-01-01T16:00:00Z') });
    try {
      const call = (reportedOn: string) =>
        clocked.dispatch('commitments.addUpdate', { commitmentId: ID, reportedOn, note: 'Laporan' });
      const tomorrow = await call('2026-01-03');
      expect(tomorrow.ok ? [] : tomorrow.error.details).toEqual([{ path: 'reportedOn', key: 'validation.futureDate' }]);
      // Today in WIT passes the date check and reaches the next one (no such commitment here).
      const today = await call('2026-01-02');
      expect(today.ok ? null : today.error.code).toBe('NOT_FOUND');
    } finally {
      clocked.close();
    }
  });
});
