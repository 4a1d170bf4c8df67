import { formatDateId, formatDayDateId } from '../../shared/format/dates';

/** The calendar date of an instant on this computer's clock, `YYYY-MM-DD`. */
export function localDateOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `Sabtu, 29 November 2026` for an instant stored in UTC, as the office's computer sees it. */
export function formatLocalDay(iso: string): string {
  return formatDayDateId(localDateOf(iso));
}

/** `29 November 2026 00.06`. */
export function formatLocalTimestamp(iso: string): string {
  const date = new Date(iso);
  return `${formatDateId(localDateOf(iso))} ${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The computer's calendar date, `YYYY-MM-DD`: "upcoming", "past" and "today" as the office sees them. */
export function localToday(now = new Date()): string {
  return localDateOf(now.toISOString());
}
