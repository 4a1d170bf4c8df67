import { formatDate, formatDayDate } from './dates';

/** The calendar date of an instant on this computer's clock, `YYYY-MM-DD`. */
export function localDateOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `Sabtu, 29 November 2026` for an instant stored in UTC, as the office's computer sees it (in the screens' language). */
export function formatLocalDay(iso: string): string {
  return formatDayDate(localDateOf(iso));
}

/** The Indonesian zone of this computer's clock at that instant (UTC+7/8/9), or null elsewhere. */
function indonesianZoneAt(date: Date): 'WIB' | 'WITA' | 'WIT' | null {
  const offsetHours = -date.getTimezoneOffset() / 60;
  return offsetHours === 7 ? 'WIB' : offsetHours === 8 ? 'WITA' : offsetHours === 9 ? 'WIT' : null;
}

/** `29 November 2026 00.06 WITA` (the zone when the computer keeps Indonesian time), like printed times. */
export function formatLocalTimestamp(iso: string): string {
  const date = new Date(iso);
  const time = `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
  const zone = indonesianZoneAt(date);
  return `${formatDate(localDateOf(iso))} ${time}${zone ? ` ${zone}` : ''}`;
}

/** The computer's calendar date, `YYYY-MM-DD`: "upcoming", "past" and "today" as the office sees them. */
export function localToday(now = new Date()): string {
  return localDateOf(now.toISOString());
}
