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

/** The meeting-workflow methods of the contract, from meetings.workspace to commitments.delete. */
const NEW_METHODS = METHOD_NAMES.slice(
  METHOD_NAMES.indexOf('meetings.workspace'),
  METHOD_NAMES.indexOf('commitments.delete') + 1,
);

/** Malformed payloads per method and the field issues they must produce (path and key). */
const CASES: Partial<Record<MethodName, [unknown, Pick<FieldIssue, 'path' | 'key'>[]][]>> = {
  'meetings.workspace': [
    [{}, [{ path: 'id', key: 'validation.required' }]],
    [{ id: 'rapat-1' }, [{ path: 'id', key: 'validation.id' }]],
  ],
  'meetings.setStatus': [
    [{ id: ID, status: 'selesai' }, [{ path: 'status', key: 'validation.option' }]],
    [{ id: ID }, [{ path: 'status', key: 'validation.required' }]],
  ],
  'meetings.approvalCheck': [
    [{}, [{ path: 'id', key: 'validation.required' }]],
    [{ id: ID, signer: 'ketua' }, [{ path: 'signer', key: 'validation.unknownField' }]],
  ],
  'meetings.approve': [[{ id: ID, by: 'ketua' }, [{ path: 'by', key: 'validation.unknownField' }]]],
  'meetings.unlock': [
    [{ id: ID }, [{ path: 'reason', key: 'validation.required' }]],
    [{ id: ID, reason: 'r'.repeat(1001) }, [{ path: 'reason', key: 'validation.tooLong' }]],
  ],
  'meetings.updateSummary': [
    [{ id: ID, summary: 's'.repeat(10_001) }, [{ path: 'summary', key: 'validation.tooLong' }]],
    [{ id: ID, closingTime: '11.45' }, [{ path: 'closingTime', key: 'validation.time' }]],
  ],
  'meetings.duplicate': [
    [{ id: ID, asTemplate: 'ya' }, [{ path: 'asTemplate', key: 'validation.type' }]],
    [{ id: ID, date: '17-10-2025' }, [{ path: 'date', key: 'validation.date' }]],
  ],
  'agenda.create': [
    [{ meetingId: ID }, [{ path: 'title', key: 'validation.required' }]],
    [{ meetingId: ID, title: 'x', kind: 'sambutan' }, [{ path: 'kind', key: 'validation.option' }]],
    [{ meetingId: ID, title: 'x', durationMinutes: -1 }, [{ path: 'durationMinutes', key: 'validation.tooSmall' }]],
    [{ meetingId: ID, title: 'x', startTime: '25:00' }, [{ path: 'startTime', key: 'validation.time' }]],
    [{ meetingId: ID, title: 'x', presenterPersonId: 'meriam' }, [{ path: 'presenterPersonId', key: 'validation.id' }]],
  ],
  'agenda.update': [
    [{ id: ID, title: '  ' }, [{ path: 'title', key: 'validation.required' }]],
    [{ id: ID, title: 'x', durationMinutes: 1441 }, [{ path: 'durationMinutes', key: 'validation.tooLarge' }]],
  ],
  'agenda.delete': [[{ id: 42 }, [{ path: 'id', key: 'validation.type' }]]],
  'agenda.move': [
    [{ id: ID }, [{ path: 'toPosition', key: 'validation.required' }]],
    [{ id: ID, toPosition: -1 }, [{ path: 'toPosition', key: 'validation.tooSmall' }]],
  ],
  'participants.add': [
    [{ meetingId: ID }, [{ path: 'personId', key: 'validation.participantRequired' }]],
    [{ meetingId: ID, personId: ID, freeName: 'Tamu' }, [{ path: 'personId', key: 'validation.oneParticipant' }]],
    [{ meetingId: ID, personId: ID, role: 'ketua' }, [{ path: 'role', key: 'validation.option' }]],
    [{ meetingId: ID, newPerson: { name: '' } }, [{ path: 'newPerson.name', key: 'validation.required' }]],
    [{ meetingId: ID, newPerson: { name: 'A', nip: '123' } }, [{ path: 'newPerson.nip', key: 'validation.nip' }]],
    [{ meetingId: ID, freeName: 'Tamu', arrivalTime: '9:20' }, [{ path: 'arrivalTime', key: 'validation.time' }]],
  ],
  'participants.update': [[{ id: ID }, [{ path: 'role', key: 'validation.required' }]]],
  'participants.remove': [[{}, [{ path: 'id', key: 'validation.required' }]]],
  'participants.setAttendance': [
    [{ id: ID, attendance: 'hadir' }, [{ path: 'attendance', key: 'validation.option' }]],
    [{ id: ID, attendance: 'represented' }, [{ path: 'standInName', key: 'validation.standInRequired' }]],
  ],
  'participants.toDirectory': [[{ id: ID, institutionId: 'pkk' }, [{ path: 'institutionId', key: 'validation.id' }]]],
  'minutes.create': [
    [{}, [{ path: 'meetingId', key: 'validation.required' }]],
    [{ meetingId: ID, kind: 'arahan' }, [{ path: 'kind', key: 'validation.option' }]],
    [{ meetingId: ID, afterId: 'x' }, [{ path: 'afterId', key: 'validation.id' }]],
  ],
  'minutes.update': [
    [{ id: ID, body: 'b'.repeat(10_001) }, [{ path: 'body', key: 'validation.tooLong' }]],
    [{ id: ID, body: null }, [{ path: 'body', key: 'validation.type' }]],
  ],
  'minutes.delete': [[{ id: '' }, [{ path: 'id', key: 'validation.id' }]]],
  'decisions.create': [[{ meetingId: ID, body: ' ' }, [{ path: 'body', key: 'validation.required' }]]],
  'decisions.update': [[{ id: ID }, [{ path: 'body', key: 'validation.required' }]]],
  'decisions.delete': [[null, [{ path: 'id', key: 'validation.required' }]]],
  'commitments.create': [
    [
      { meetingId: ID },
      [
        { path: 'institutionId', key: 'validation.required' },
        { path: 'description', key: 'validation.required' },
      ],
    ],
    [
      { meetingId: ID, institutionId: ID, description: 'x', dueDate: '2025-02-30' },
      [{ path: 'dueDate', key: 'validation.date' }],
    ],
  ],
  'commitments.update': [
    [
      { id: ID, institutionId: ID, description: 'x', status: 'done' },
      [{ path: 'status', key: 'validation.unknownField' }],
    ],
    [
      { id: ID, institutionId: ID, description: 'd'.repeat(2001) },
      [{ path: 'description', key: 'validation.tooLong' }],
    ],
  ],
  'commitments.delete': [['komitmen', [{ path: '_', key: 'validation.type' }]]],
};

describe('malformed input to the meeting-workflow methods', () => {
  it('has cases for every new method', () => {
    expect(NEW_METHODS.length).toBe(25);
    expect(NEW_METHODS.filter((method) => !CASES[method]?.length)).toEqual([]);
  });

  it.each(NEW_METHODS)('%s answers ok:false VALIDATION naming the field', async (method) => {
    for (const [payload, expected] of CASES[method] ?? []) {
      const result = await core.dispatch(method, payload);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toEqual({ key: 'error.validation' });
      expect(result.error.details?.map(({ path, key }) => ({ path, key }))).toEqual(expected);
    }
  });

  it('refuses the new list filters when malformed', async () => {
    const result = await core.dispatch('meetings.list', { dateFrom: '2025-13-01', order: 'terbaru', templates: 1 });
    expect(result.ok ? [] : result.error.details?.map(({ path, key }) => ({ path, key }))).toEqual([
      { path: 'dateFrom', key: 'validation.date' },
      { path: 'order', key: 'validation.option' },
      { path: 'templates', key: 'validation.type' },
    ]);
  });
});
