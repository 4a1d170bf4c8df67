/** How long before a meeting an invitation is dated when it is printed on or after the day. */
const DAYS_BEFORE_MEETING = 7;

function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The date an undangan is given unless one is chosen: today while the meeting is still ahead,
 * else a week before the meeting (a letter printed afterwards for the file), never a date on
 * or after the day it invites to.
 */
export function defaultLetterDate(meetingDate: string, today: string): string {
  return today < meetingDate ? today : shiftDays(meetingDate, -DAYS_BEFORE_MEETING);
}
