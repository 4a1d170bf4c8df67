import type { TimeZone } from './areas';
import type { MeetingStatus } from './meetings';
import { localDateIn } from './overdue';

/**
 * The status machine of a meeting. Moving forward or one step back is a plain status change;
 * `held → approved` is the chair's approval (it locks the meeting) and `approved → held` is an
 * unlock, which needs a reason. Both of those go through their own API methods.
 */
const PLAIN_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  draft: ['scheduled'],
  scheduled: ['draft', 'held'],
  held: ['scheduled'],
  approved: [],
};

export function canChangeStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  return PLAIN_TRANSITIONS[from].includes(to);
}

export function canApprove(status: MeetingStatus): boolean {
  return status === 'held';
}

export function canUnlock(status: MeetingStatus): boolean {
  return status === 'approved';
}

/** An approved meeting is locked: its agenda, attendance, minutes and commitments' wording. */
export function isLocked(status: MeetingStatus): boolean {
  return status === 'approved';
}

/**
 * Whether a meeting's date is still ahead in its time zone at `now`: such a meeting cannot have
 * been held, so it is neither marked held nor approved (minutes would print an approval date
 * before the meeting).
 */
export function isAhead(meeting: { date: string; timeZone: TimeZone }, now: Date): boolean {
  return meeting.date > localDateIn(meeting.timeZone, now);
}
