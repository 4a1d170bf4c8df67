import type { TimeZone } from '../../shared/domain/areas';
import { formatClockId, formatDateId, formatDayDateId, MONTH_NAMES_ID } from '../../shared/format/dates';
import { i18next } from '../i18n';

/**
 * Dates on screen, in the language of the screens. Documents stay Indonesian (shared/format);
 * times keep the Indonesian 09.00 in both languages, as the office types them.
 */

const english = () => i18next.language === 'en';

function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const EN_WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const EN_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** `17 Oktober 2025` / `17 October 2025`. */
export function formatDate(isoDate: string): string {
  return english() ? EN_DATE.format(utc(isoDate)) : formatDateId(isoDate);
}

/** `Jumat, 17 Oktober 2025` / `Friday, 17 October 2025`. */
export function formatDayDate(isoDate: string): string {
  return english() ? `${EN_WEEKDAY.format(utc(isoDate))}, ${formatDate(isoDate)}` : formatDayDateId(isoDate);
}

/** `09.00 – 12.15 WITA`, or `09.00 WITA s.d. selesai` / `09.00 WITA until done` with no end planned. */
export function formatTimeRange(start: string, end: string | null, zone: TimeZone): string {
  return end
    ? `${formatClockId(start)} – ${formatClockId(end)} ${zone}`
    : `${formatClockId(start)} ${zone} ${i18next.t('common.untilDone')}`;
}

/** `Okt 25` / `Oct 25`: a month of a chart axis, from `YYYY-MM`. */
export function formatMonthShort(month: string): string {
  const [year = '', number = '1'] = month.split('-');
  const name = english()
    ? EN_MONTH.format(utc(`${year}-${number.padStart(2, '0')}-01`))
    : (MONTH_NAMES_ID[Number(number) - 1]?.slice(0, 3) ?? '');
  return `${name} ${year.slice(2)}`;
}
