import { formatDateId } from '../format/dates';

/**
 * The period of the chair's report to the Bupati (Perpres 72/2021, Pasal 25: TPPS report twice
 * a year): a semester of a year, or any range of dates up to a year.
 */
export type ReportPeriod =
  { kind: 'semester'; year: number; semester: 1 | 2 } | { kind: 'range'; from: string; to: string };

/** Longest custom range, days (a whole leap year). */
export const MAX_PERIOD_DAYS = 366;

const ROMAN = { 1: 'I', 2: 'II' } as const;

/** First and last day, `YYYY-MM-DD`, inclusive. */
export function periodDates(period: ReportPeriod): { from: string; to: string } {
  if (period.kind === 'range') return { from: period.from, to: period.to };
  return period.semester === 1
    ? { from: `${period.year}-01-01`, to: `${period.year}-06-30` }
    : { from: `${period.year}-07-01`, to: `${period.year}-12-31` };
}

/** Days from `from` to `to`, both counted. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `SEMESTER I TAHUN 2025`, or `PERIODE 1 JANUARI 2025 S.D. 31 MARET 2025`. */
export function periodTitle(period: ReportPeriod): string {
  if (period.kind === 'semester') return `SEMESTER ${ROMAN[period.semester]} TAHUN ${period.year}`;
  return `PERIODE ${formatDateId(period.from)} S.D. ${formatDateId(period.to)}`.toUpperCase();
}

/** `semester I tahun 2025`, or `periode 1 Januari 2025 s.d. 31 Maret 2025`, inside a sentence. */
export function periodPhrase(period: ReportPeriod): string {
  if (period.kind === 'semester') return `semester ${ROMAN[period.semester]} tahun ${period.year}`;
  return `periode ${formatDateId(period.from)} s.d. ${formatDateId(period.to)}`;
}

/** The semester that ended last before `today` (`YYYY-MM-DD`): what a report is usually made for. */
export function lastEndedSemester(today: string): { year: number; semester: 1 | 2 } {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '07-01' ? { year, semester: 1 } : { year: year - 1, semester: 2 };
}

/** The years a period touches, first to last. */
export function periodYears(period: ReportPeriod): number[] {
  const { from, to } = periodDates(period);
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  return years;
}
