import { describe, expect, it } from 'vitest';
import { illFormedTextPath } from '../../../shared/text/well-formed';

describe('illFormedTextPath', () => {
  it('finds the first string with a lone surrogate, by its path', () => {
    expect(illFormedTextPath({ name: 'Tolo', rows: [{ notes: 'ok' }, { notes: 'a\uD800b' }] })).toBe('rows.1.notes');
    expect(illFormedTextPath('\uDC00')).toBe('');
    expect(illFormedTextPath({ ['k\uDBFF']: 1 })).toBe('');
  });

  it('lets well-formed text through: pairs, Latin Extended, nothing at all', () => {
    expect(illFormedTextPath({ a: 'Łódź ẵ 😀', b: ['𝄞'], c: null, d: 3, e: true })).toBeNull();
    expect(illFormedTextPath(undefined)).toBeNull();
  });

  it('walks sparse, deep and self-referring values without failing', () => {
    // eslint-disable-next-line no-sparse-arrays -- the holes are what is tested
    expect(illFormedTextPath({ list: [, , 'x\uD800'] })).toBe('list.2');
    let deep: unknown = 'end\uDFFF';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(illFormedTextPath(deep)).toMatch(/^0(\.0)+$/);
    const cyclic: Record<string, unknown> = { name: 'Tolo' };
    cyclic.self = cyclic;
    expect(illFormedTextPath(cyclic)).toBeNull();
  });
});
