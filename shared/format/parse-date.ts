import { MONTH_NAMES_ID } from './dates';

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const id = MONTH_NAMES_ID.findIndex((m) => m.toLowerCase().startsWith(lower.slice(0, 3)));
  if (id >= 0 && lower.length >= 3) return id + 1;
  const en = EN_MONTHS.indexOf(lower.slice(0, 3));
  return en >= 0 ? en + 1 : null;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date the way Indonesian offices type it: `17/10/2025`, `17-10-2025`, `17.10.2025`,
 * `2025-10-17`, `17 Oktober 2025`, `Jumat, 17 Okt 2025`. Returns `YYYY-MM-DD` or null.
 */
export function parseDateId(text: string): string | null {
  const input = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(input);
  if (numeric) {
    const year = Number(numeric[3]);
    return iso(year < 100 ? 2000 + year : year, Number(numeric[2]), Number(numeric[1]));
  }
  const words = /^(?:[A-Za-z]+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(input);
  if (words) {
    const month = monthFromName(words[2] ?? '');
    return month ? iso(Number(words[3]), month, Number(words[1])) : null;
  }
  return null;
}
