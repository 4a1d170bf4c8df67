import { describe, expect, it } from 'vitest';
import { clockIn } from '../../../shared/domain/clock';
import { canApprove, canChangeStatus, canUnlock, isAhead, isLocked } from '../../../shared/domain/meeting-status';
import { MEETING_STATUSES, type MeetingStatus } from '../../../shared/domain/meetings';

/** Every pair (from, to) and whether a plain status change allows it. */
const ALLOWED = new Set(['draft→scheduled', 'scheduled→draft', 'scheduled→held', 'held→scheduled']);

describe('meeting status machine', () => {
  const pairs = MEETING_STATUSES.flatMap((from) => MEETING_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('plain change %s → %s', (from: MeetingStatus, to: MeetingStatus) => {
    expect(canChangeStatus(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it('never reaches or leaves approved with a plain change: that is approve and unlock', () => {
    for (const status of MEETING_STATUSES) {
      expect(canChangeStatus(status, 'approved')).toBe(false);
      expect(canChangeStatus('approved', status)).toBe(false);
    }
  });

  it('approves only a held meeting and unlocks only an approved one', () => {
    expect(MEETING_STATUSES.filter(canApprove)).toEqual(['held']);
    expect(MEETING_STATUSES.filter(canUnlock)).toEqual(['approved']);
  });

  it('locks only approved meetings', () => {
    expect(MEETING_STATUSES.filter(isLocked)).toEqual(['approved']);
  });
});

describe('a meeting still ahead', () => {
  it('is one dated after today in its own time zone', () => {
    // 23.30 WIB on 10 March is already 01.30 WIT on the 11th.
    const now = new Date('2026-03-10T16:30:00Z');
    expect(isAhead({ date: '2026-03-11', timeZone: 'WIB' }, now)).toBe(true);
    expect(isAhead({ date: '2026-03-11', timeZone: 'WIT' }, now)).toBe(false);
    expect(isAhead({ date: '2026-03-10', timeZone: 'WIB' }, now)).toBe(false);
    expect(clockIn('WIB', now)).toBe('23:30');
    expect(clockIn('WITA', now)).toBe('00:30');
  });
});
