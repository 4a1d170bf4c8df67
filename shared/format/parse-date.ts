import type { Message } from '../api/result';
import { MONTH_NAMES_ID } from './dates';

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The years the API accepts (`isoDate` in shared/api/schemas/common.ts). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const id = MONTH_NAMES_ID.findIndex((m) => m.toLowerCase().startsWith(lower.slice(0, 3)));
  if (id >= 0 && lower.length >= 3) return id + 1;
  const en = EN_MONTHS.indexOf(lower.slice(0, 3));
  return en >= 0 ? en + 1 : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date as typed: `YYYY-MM-DD` when it is one, otherwise why it is not (an i18n message). */
type DateReading = { ok: true; date: string } | { ok: false; problem: Message };

/** Checks the day, month and year that were recognised, in the order a person would fix them. */
function checkParts(year: number, month: number, day: number): DateReading {
  if (month < 1 || month > 12) return { ok: false, problem: { key: 'dateInput.noSuchMonth', params: { month } } };
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { ok: false, problem: { key: 'dateInput.yearRange', params: { first: FIRST_YEAR, last: LAST_YEAR } } };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > 31) return { ok: false, problem: { key: 'dateInput.noSuchDay', params: { day } } };
  if (day > last) {
    return { ok: false, problem: { key: 'dateInput.pastMonthEnd', params: { day, month, year, last } } };
  }
  return { ok: true, date: iso(year, month, day) };
}

/**
 * Reads a date the way Indonesian offices type it: `17/10/2025`, `17-10-2025`, `17.10.2025`,
 * `2025-10-17`, `17 Oktober 2025`, `Jumat, 17 Okt 2025`. A text that is not a date gets the
 * reason: a day past the end of its month, a month 13, a word that is no date at all.
 */
export function readDate(text: string): DateReading {
  const input = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (isoMatch) return checkParts(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(input);
  if (numeric) {
    const year = Number(numeric[3]);
    return checkParts(year < 100 ? 2000 + year : year, Number(numeric[2]), Number(numeric[1]));
  }
  const words = /^(?:[A-Za-z]+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(input);
  if (words) {
    const month = monthFromName(words[2] ?? '');
    if (!month) return { ok: false, problem: { key: 'dateInput.unknownMonth', params: { word: words[2] ?? '' } } };
    return checkParts(Number(words[3]), month, Number(words[1]));
  }
  return { ok: false, problem: { key: 'dateInput.unreadable', params: { text: input } } };
}

/** `YYYY-MM-DD` of a typed date, or null when it is not one (see `readDate` for the reason). */
export function parseDateId(text: string): string | null {
  const reading = readDate(text);
  return reading.ok ? reading.date : null;
}

/** Whether a value is a calendar date `YYYY-MM-DD` (rather than text typed in a date field). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && readDate(value).ok;
}
