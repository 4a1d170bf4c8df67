import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, fail, isResult, ok } from '../../../shared/api/result';
import { fieldIssuesOf } from '../../../shared/api/validation';

const schema = z.strictObject({
  name: z.string().trim().min(1).max(10),
  code: z.string().min(3).optional(),
  count: z.number().int().min(1).max(5).optional(),
  step: z.number().multipleOf(5).optional(),
  tags: z.array(z.string()).min(1).max(2).optional(),
  level: z.enum(['a', 'b']).optional(),
  mail: z.email().optional(),
  custom: z
    .string()
    .refine((v) => v === 'ok', { error: 'validation.nip' })
    .optional(),
  plain: z
    .string()
    .refine((v) => v === 'ok')
    .optional(),
  nested: z.strictObject({ items: z.array(z.strictObject({ title: z.string() })) }).optional(),
});

function issues(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return fieldIssuesOf(result.error, input);
}

describe('fieldIssuesOf', () => {
  it('says required for a missing field and names the expected type for a wrong one', () => {
    expect(issues({})).toEqual([{ path: 'name', key: 'validation.required' }]);
    expect(issues({ name: null })).toEqual([{ path: 'name', key: 'validation.type', params: { expected: 'string' } }]);
    expect(issues({ name: 5 })).toEqual([{ path: 'name', key: 'validation.type', params: { expected: 'string' } }]);
    expect(issues({ name: 'x', level: 'c' })).toEqual([{ path: 'level', key: 'validation.option' }]);
  });

  it('maps sizes of strings, numbers and lists', () => {
    expect(issues({ name: '  ' })).toEqual([{ path: 'name', key: 'validation.required' }]);
    expect(issues({ name: 'x'.repeat(11) })).toEqual([
      { path: 'name', key: 'validation.tooLong', params: { max: 10 } },
    ]);
    expect(issues({ name: 'x', code: 'ab' })).toEqual([
      { path: 'code', key: 'validation.tooShort', params: { min: 3 } },
    ]);
    expect(issues({ name: 'x', count: 0 })).toEqual([
      { path: 'count', key: 'validation.tooSmall', params: { min: 1 } },
    ]);
    expect(issues({ name: 'x', count: 6 })).toEqual([
      { path: 'count', key: 'validation.tooLarge', params: { max: 5 } },
    ]);
    expect(issues({ name: 'x', step: 7 })).toEqual([{ path: 'step', key: 'validation.integer' }]);
    expect(issues({ name: 'x', tags: [] })).toEqual([
      { path: 'tags', key: 'validation.tooFewItems', params: { min: 1 } },
    ]);
    expect(issues({ name: 'x', tags: ['a', 'b', 'c'] })).toEqual([
      { path: 'tags', key: 'validation.tooManyItems', params: { max: 2 } },
    ]);
  });

  it('maps formats, keeps custom message keys and falls back to a generic key', () => {
    expect(issues({ name: 'x', mail: 'nope' })).toEqual([{ path: 'mail', key: 'validation.format' }]);
    expect(issues({ name: 'x', custom: 'no' })).toEqual([{ path: 'custom', key: 'validation.nip' }]);
    expect(issues({ name: 'x', plain: 'no' })).toEqual([{ path: 'plain', key: 'validation.invalid' }]);
  });

  it('reports nested paths and each unknown field on its own path', () => {
    expect(issues({ name: 'x', nested: { items: [{ title: 'a' }, { title: 1, extra: true }] } })).toEqual([
      { path: 'nested.items.1.title', key: 'validation.type', params: { expected: 'string' } },
      { path: 'nested.items.1.extra', key: 'validation.unknownField', params: { fields: 'extra' } },
    ]);
    expect(issues({ name: 'x', nested: { items: [{}] } })).toEqual([
      { path: 'nested.items.0.title', key: 'validation.required' },
    ]);
    expect(issues({ name: 'x', a: 1, b: 2 })).toEqual([
      { path: 'a', key: 'validation.unknownField', params: { fields: 'a' } },
      { path: 'b', key: 'validation.unknownField', params: { fields: 'b' } },
    ]);
  });

  it('uses "_" for the input as a whole', () => {
    expect(issues('text')).toEqual([{ path: '_', key: 'validation.type', params: { expected: 'object' } }]);
    expect(issues(undefined)).toEqual([{ path: '_', key: 'validation.required' }]);
  });
});

describe('results', () => {
  it('builds successes and failures as plain data', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('NOT_FOUND', 'error.notFound.person')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: { key: 'error.notFound.person' } },
    });
    expect(fail('CONFLICT', 'error.x', { count: 2 }, [{ path: 'nip', key: 'validation.nipTaken' }])).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: { key: 'error.x', params: { count: 2 } },
        details: [{ path: 'nip', key: 'validation.nipTaken' }],
      },
    });
    expect(JSON.parse(JSON.stringify(fail('IO', 'error.diskFull')))).toEqual(fail('IO', 'error.diskFull'));
  });

  it('recognises results', () => {
    expect(isResult(ok(null))).toBe(true);
    expect(isResult(fail('INTERNAL', 'error.internal'))).toBe(true);
    for (const value of [null, undefined, 'ok', { ok: 'true' }, { value: 1 }]) expect(isResult(value)).toBe(false);
  });

  it('carries code, key, params and details on AppError', () => {
    const error = new AppError('LOCKED', 'error.meetingLocked', { id: 'm1' });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.code, error.key, error.params]).toEqual([
      'AppError',
      'LOCKED: error.meetingLocked',
      'LOCKED',
      'error.meetingLocked',
      { id: 'm1' },
    ]);
  });
});
