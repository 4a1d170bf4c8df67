import { describe, expect, it } from 'vitest';
import { atTime, nowIso } from '../../electron/db/ids';

describe('atTime', () => {
  it('stamps what is written inside it, nests, and gives the clock back even when the write fails', () => {
    const story = new Date('2025-10-17T01:00:00Z');
    expect(atTime(story, () => nowIso())).toBe('2025-10-17T01:00:00.000Z');
    expect(atTime(story, () => [atTime(new Date('2025-12-17T01:00:00Z'), () => nowIso()), nowIso()])).toEqual([
      '2025-12-17T01:00:00.000Z',
      '2025-10-17T01:00:00.000Z',
    ]);
    expect(() =>
      atTime(story, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Math.abs(Date.parse(nowIso()) - Date.now())).toBeLessThan(5_000);
  });
});
