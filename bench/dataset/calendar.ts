/** Ten years of meetings: 2016 to 2025. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
/**
 * The dataset's fixed clock: the data reads as a kabupaten's database on this day. Meetings after
 * it are still scheduled or in draft; commitments are judged against it; no timestamp comes from
 * the machine's clock, so every run writes the same bytes.
 */
export const DATASET_TODAY = '2025-12-01';

const DAY_MS = 86_400_000;
/** Jeneponto is WITA, UTC+8: local wall-clock times are turned into UTC instants with it. */
const WITA_OFFSET_MINUTES = 8 * 60;

/** Fixed-date national holidays; the moving ones (Idul Fitri…) are left out of a synthetic calendar. */
const HOLIDAYS = new Set(['01-01', '05-01', '06-01', '08-17', '12-25']);

export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayOf(date) + days);
}

/** Monday to Friday and not a fixed holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(dayOf(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date.slice(5));
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Milliseconds since the epoch of a local WITA date and minute of the day. */
export function instantMs(date: string, minuteOfDay: number): number {
  return (dayOf(date) * 1440 + minuteOfDay - WITA_OFFSET_MINUTES) * 60_000;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/** `HH:MM` of a minute of the day. */
export function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export const MONTHS = [
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

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
