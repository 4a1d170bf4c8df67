import { TIME_ZONE_OFFSET_HOURS, type TimeZone } from './areas';
import type { CommitmentStatus } from './commitments';

/** The calendar date `YYYY-MM-DD` at instant `now` in an Indonesian time zone (no daylight saving). */
export function localDateIn(zone: TimeZone, now: Date): string {
  return new Date(now.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 10);
}

function isOpen(status: CommitmentStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}

/**
 * Terlambat is derived, never stored: an open commitment whose due date has passed in the time
 * zone of the meeting's area. A commitment due today is not yet late.
 */
export function isOverdue(
  commitment: { status: CommitmentStatus; dueDate: string | null },
  zone: TimeZone,
  now: Date,
): boolean {
  return isOpen(commitment.status) && commitment.dueDate !== null && commitment.dueDate < localDateIn(zone, now);
}
