import { TIME_ZONE_OFFSET_HOURS, type TimeZone } from './areas';

/** Minutes after midnight of a wall-clock time `HH:MM`. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** `HH:MM` of a number of minutes after midnight; past midnight it wraps (a meeting never spans days). */
export function clockOf(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** The wall-clock time `HH:MM` at instant `now` in an Indonesian time zone (no daylight saving). */
export function clockIn(zone: TimeZone, now: Date): string {
  return new Date(now.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(11, 16);
}
