import { describe, expect, it } from 'vitest';
import { canApprove, canChangeStatus, canUnlock, isLocked } from '../../shared/domain/meeting-status';
import { MEETING_STATUSES, type MeetingStatus } from '../../shared/domain/meetings';

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
