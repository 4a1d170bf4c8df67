import { describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../shared/api/contract';
import { isAffected, type ChangeEvent } from '../../../shared/api/changes';

describe('the contract says what each method reads or changes', () => {
  /** Writes that change files of the data folder, not the database: an upload's part, a package kept or dropped. */
  const FILE_WRITES: readonly string[] = ['backups.uploadChunk', 'exchange.inspect', 'exchange.discard'];

  it('declares reads for every method that changes nothing', () => {
    const undeclared = METHOD_NAMES.filter((name) => {
      const spec = api[name];
      return spec.reads === null && spec.changes.length === 0 && !FILE_WRITES.includes(name);
    });
    expect(undeclared).toEqual([]);
  });

  it('is either a read or a write, never both', () => {
    for (const name of METHOD_NAMES) {
      const spec = api[name];
      if (spec.reads !== null) expect([spec.changes, spec.touched], name).toEqual([[], null]);
      else expect(spec.readIds, name).toBeNull();
    }
  });

  it('names the meeting of a minutes entry, and the meeting a workspace reads', () => {
    const entry = { id: 'e1', meetingId: 'm1' };
    const touched = api['minutes.update'].touched;
    expect(touched?.({ id: 'e1' } as never, entry as never)).toEqual({ meetings: ['m1'] });
    expect(api['meetings.workspace'].readIds?.({ id: 'm1' })).toEqual({ meetings: ['m1'] });
  });
});

describe('isAffected', () => {
  const minutesOfX: ChangeEvent = { entities: ['meetings'], ids: { meetings: ['x'] } };

  it('leaves a read alone when it shares no entity with the change', () => {
    expect(isAffected(minutesOfX, ['commitments', 'institutions'], null)).toBe(false);
  });

  it('refreshes a read of the same records, or of the whole entity', () => {
    expect(isAffected(minutesOfX, ['meetings', 'people'], { meetings: ['x'] })).toBe(true);
    expect(isAffected(minutesOfX, ['meetings', 'people'], null)).toBe(true);
  });

  it('leaves another meeting’s read alone when both sides name their records', () => {
    expect(isAffected(minutesOfX, ['meetings', 'people'], { meetings: ['y'] })).toBe(false);
  });

  it('refreshes every read of an entity when the change does not name its records', () => {
    expect(isAffected({ entities: ['meetings'] }, ['meetings'], { meetings: ['y'] })).toBe(true);
  });

  it('refreshes through another entity even when the named records differ', () => {
    const change: ChangeEvent = { entities: ['meetings', 'people'], ids: { meetings: ['x'] } };
    expect(isAffected(change, ['meetings', 'people'], { meetings: ['y'] })).toBe(true);
  });
});
