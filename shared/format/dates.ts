import type { TimeZone } from '../domain/areas';

/** Indonesian calendar names, as printed on official documents (DOMAIN.md "Formats"). */
export const DAY_NAMES_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** Day of the week of a calendar date, 0 = Sunday; independent of the machine's time zone. */
export function weekdayOf(isoDate: string): number {
  const { year, month, day } = parts(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** `17 Oktober 2025` (no leading zero). */
export function formatDateId(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${MONTH_NAMES_ID[month - 1] ?? ''} ${year}`;
}

/** `Jumat, 17 Oktober 2025`. */
export function formatDayDateId(isoDate: string): string {
  return `${DAY_NAMES_ID[weekdayOf(isoDate)]}, ${formatDateId(isoDate)}`;
}

/** `Kelara, 17 Oktober 2025`: the place-and-date line of letters. */
export function formatPlaceDateId(place: string, isoDate: string): string {
  return `${place}, ${formatDateId(isoDate)}`;
}

/** `09.00` from `09:00`: Indonesian official style separates hours and minutes with a dot. */
export function formatClockId(time: string): string {
  return time.replace(':', '.');
}

/** `09.00 WITA`. */
export function formatTimeId(time: string, zone: TimeZone): string {
  return `${formatClockId(time)} ${zone}`;
}

/** `09.00 – 12.15 WITA`, or `09.00 WITA s.d. selesai` when no end is planned. */
export function formatTimeRangeId(start: string, end: string | null, zone: TimeZone): string {
  return end
    ? `${formatClockId(start)} – ${formatClockId(end)} ${zone}`
    : `${formatClockId(start)} ${zone} s.d. selesai`;
}
