/**
 * A row's schedule is a 12-bit month mask: bit 0 = January … bit 11 = December. Quarters
 * (triwulan, TW I–IV) are a view of it: a quarter is "on" when any of its three months is, and
 * ticking a quarter ticks all its months.
 */

const MONTH_COUNT = 12;
export const ALL_MONTHS = 0xfff;

/** Column heads of the printed matrix (`J F M A M J J A S O N D`). */
export const MONTH_LETTERS_ID = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'] as const;
export const MONTH_SHORT_ID = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
] as const;
export const QUARTER_LABELS_ID = ['TW I', 'TW II', 'TW III', 'TW IV'] as const;

export type Quarters = [boolean, boolean, boolean, boolean];

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 0 || month >= MONTH_COUNT) throw new RangeError(`month ${month}`);
}

function checkQuarter(quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > 3) throw new RangeError(`quarter ${quarter}`);
}

/** `month` is 0-based (0 = January). */
export function hasMonth(mask: number, month: number): boolean {
  checkMonth(month);
  return (mask & (1 << month)) !== 0;
}

export function withMonth(mask: number, month: number, on: boolean): number {
  checkMonth(month);
  return on ? mask | (1 << month) : mask & ~(1 << month) & ALL_MONTHS;
}

/** The 0-based months of a mask, in order. */
export function monthsOf(mask: number): number[] {
  const months: number[] = [];
  for (let month = 0; month < MONTH_COUNT; month++) if (mask & (1 << month)) months.push(month);
  return months;
}

export function maskOfMonths(months: Iterable<number>): number {
  let mask = 0;
  for (const month of months) mask = withMonth(mask, month, true);
  return mask;
}

/** The three months of quarter `quarter` (0 = TW I). */
export function quarterMask(quarter: number): number {
  checkQuarter(quarter);
  return 0b111 << (quarter * 3);
}

export function quartersOf(mask: number): Quarters {
  return [0, 1, 2, 3].map((q) => (mask & quarterMask(q)) !== 0) as Quarters;
}

/** Ticking a quarter ticks its three months; unticking clears them. */
export function withQuarter(mask: number, quarter: number, on: boolean): number {
  const months = quarterMask(quarter);
  return on ? mask | months : mask & ~months & ALL_MONTHS;
}

export function maskOfQuarters(quarters: readonly boolean[]): number {
  return quarters.reduce((mask, on, quarter) => (on ? withQuarter(mask, quarter, true) : mask), 0);
}

/** `TW I, TW III`; empty for no schedule. */
export function formatQuarters(mask: number): string {
  return quartersOf(mask)
    .map((on, q) => (on ? QUARTER_LABELS_ID[q] : null))
    .filter((label): label is (typeof QUARTER_LABELS_ID)[number] => label !== null)
    .join(', ');
}

/** `Jan–Mar, Jul, Okt–Des` (runs of months as ranges); `Jan–Des` for the whole year. */
export function formatMonths(mask: number): string {
  const parts: string[] = [];
  let month = 0;
  while (month < MONTH_COUNT) {
    if (!(mask & (1 << month))) {
      month++;
      continue;
    }
    let end = month;
    while (end + 1 < MONTH_COUNT && mask & (1 << (end + 1))) end++;
    const first = MONTH_SHORT_ID[month] as string;
    parts.push(end === month ? first : `${first}–${MONTH_SHORT_ID[end] as string}`);
    month = end + 1;
  }
  return parts.join(', ');
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'pebruari', 'peb', 'february'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'nop', 'november', 'nopember'],
  ['des', 'dec', 'desember', 'december'],
];

const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, month) => names.map((name) => [name, month] as const)));

/** 0-based month of a name or abbreviation (`Jan`, `Agustus`, `Agt`), or null. */
export function monthOfName(text: string): number | null {
  return MONTH_BY_NAME.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

const ROMAN: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, '1': 0, '2': 1, '3': 2, '4': 3 };

/** 0-based quarter of `TW I`, `TW 2`, `Triwulan III`, `Q4`, or null. */
export function quarterOfName(text: string): number | null {
  const match = /^(?:tw|triwulan|trw|q)\s*\.?\s*(i{1,3}|iv|[1-4])$/i.exec(text.trim());
  return match ? (ROMAN[(match[1] as string).toLowerCase()] ?? null) : null;
}

/**
 * Reads a schedule written as text in one cell: quarters (`TW I, TW III`, `Triwulan 2`), months
 * and month ranges (`Jan–Mar, Jul`, `Januari - Desember`), or `sepanjang tahun`. Null when a part
 * is not understood; an empty text is no schedule (0).
 */
export function parseSchedule(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || trimmed === '-') return 0;
  if (/^(sepanjang tahun|setiap bulan|tiap bulan|jan(uari)?\s*[-–—]\s*des(ember)?)$/.test(trimmed)) return ALL_MONTHS;
  let mask = 0;
  for (const part of trimmed.split(/[,;\n]+|\s+(?:dan|&)\s+/)) {
    const piece = part.trim();
    if (!piece) continue;
    const quarter = quarterOfName(piece);
    if (quarter !== null) {
      mask = withQuarter(mask, quarter, true);
      continue;
    }
    const range = /^(.+?)\s*(?:[-–—]|s\.?\s*d\.?|sampai)\s*(.+)$/.exec(piece);
    if (range) {
      const from = monthOfName(range[1] as string);
      const to = monthOfName(range[2] as string);
      if (from === null || to === null || to < from) return null;
      for (let month = from; month <= to; month++) mask = withMonth(mask, month, true);
      continue;
    }
    const month = monthOfName(piece);
    if (month === null) return null;
    mask = withMonth(mask, month, true);
  }
  return mask;
}

/** Whether a schedule cell of a month or quarter column is ticked (`✓`, `v`, `x`, `1`, `ya`, `■`). */
export function parseTick(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (value === '' || value === '-' || value === '0' || value === '□' || value === 'tidak') return false;
  if (['✓', '✔', '√', 'v', 'x', '1', 'ya', 'y', '■', '●', '*', 'true', 'ok'].includes(value)) return true;
  return null;
}
