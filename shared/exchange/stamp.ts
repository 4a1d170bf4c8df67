/**
 * Version stamps: a hybrid logical clock (Kulkarni et al., 2014) per office. A stamp is
 * `(wall, counter, office)`: the wall-clock milliseconds of the change, a counter that orders
 * changes within one millisecond (or while the PC clock stands still or runs backwards), and the
 * office that made it. Stamps are written as fixed-width text, `2025-10-17T01:00:00.000Z_0000_<office id>`,
 * so that comparing the text compares the stamps: SQL can order and filter them as strings.
 *
 * Only the owning office changes a record, so two stamps of one record always come from the same
 * clock and are strictly ordered; the wall part keeps a restored backup (whose clock state is old)
 * issuing stamps above those it issued before the restore, as long as the PC's clock is right.
 */

/** Lower-case UUID: office ids are UUIDs, like every other id in Sirakor. */
export const OFFICE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 9999-12-31T23:59:59.999Z: four-digit years keep the text fixed-width and sortable. */
export const MAX_WALL = 253_402_300_799_999;
export const MAX_COUNTER = 0xffff;
/** A remote stamp further ahead than this (a PC whose clock is years off) does not drag our clock along. */
export const MAX_OBSERVED_AHEAD_MS = 24 * 60 * 60 * 1000;

export interface VersionStamp {
  /** Milliseconds since the Unix epoch (UTC). */
  wall: number;
  /** 0…65535: orders changes within one millisecond of `wall`. */
  counter: number;
  /** The office whose clock issued the stamp (the record's owner). */
  office: string;
}

/** The last stamp an office's clock issued, without the office id (which never changes). */
export interface ClockState {
  wall: number;
  counter: number;
}

export function isOfficeId(value: string): boolean {
  return OFFICE_ID_PATTERN.test(value);
}

const STAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z_([0-9a-f]{4})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function formatStamp(stamp: VersionStamp): string {
  if (!Number.isInteger(stamp.wall) || stamp.wall < 0 || stamp.wall > MAX_WALL) throw new RangeError('wall');
  if (!Number.isInteger(stamp.counter) || stamp.counter < 0 || stamp.counter > MAX_COUNTER)
    throw new RangeError('counter');
  if (!isOfficeId(stamp.office)) throw new RangeError('office');
  return `${new Date(stamp.wall).toISOString()}_${stamp.counter.toString(16).padStart(4, '0')}_${stamp.office}`;
}

/**
 * The stamp written by `formatStamp`, or null for anything else (an impossible date included).
 * It runs for every record of a package, so the date is checked field by field rather than
 * through a Date object.
 */
export function parseStamp(text: string): VersionStamp | null {
  const match = STAMP_PATTERN.exec(text);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0] = match
    .slice(1, 8)
    .map(Number);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return { wall, counter: Number.parseInt(match[8] as string, 16), office: match[9] as string };
}

export function compareStamps(a: VersionStamp, b: VersionStamp): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.office < b.office ? -1 : a.office > b.office ? 1 : 0;
}

function laterState(a: ClockState, b: ClockState): ClockState {
  if (a.wall !== b.wall) return a.wall > b.wall ? a : b;
  return a.counter >= b.counter ? a : b;
}

/**
 * The clock after one local change at wall time `now`: strictly above `last`. When the counter
 * runs out within one millisecond the wall part moves on by one, so the clock never fails.
 */
export function tick(last: ClockState | null, now: number): ClockState {
  const wall = Math.min(MAX_WALL, Math.max(0, Math.floor(now)));
  if (!last || wall > last.wall) return { wall, counter: 0 };
  if (last.counter < MAX_COUNTER) return { wall: last.wall, counter: last.counter + 1 };
  if (last.wall >= MAX_WALL) throw new RangeError('clock exhausted');
  return { wall: last.wall + 1, counter: 0 };
}

/**
 * The clock after seeing a stamp from elsewhere (a package): at least that stamp, so the next
 * local change is stamped above everything this office has seen. A stamp more than a day ahead of
 * `now` comes from a PC with a wrong clock and is not followed; it still orders its own record.
 */
export function observe(last: ClockState | null, seen: VersionStamp, now: number): ClockState | null {
  if (seen.wall > now + MAX_OBSERVED_AHEAD_MS) return last;
  const remote = { wall: seen.wall, counter: seen.counter };
  return last ? laterState(last, remote) : remote;
}

/** Issues the next stamp of `office` and the clock state to keep. */
export function nextStamp(
  last: ClockState | null,
  now: number,
  office: string,
): { state: ClockState; stamp: VersionStamp } {
  const state = tick(last, now);
  return { state, stamp: { ...state, office } };
}
