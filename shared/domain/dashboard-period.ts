/**
 * The period the chair's dashboard looks at: a year, a semester (1–2) or a quarter (TW 1–4) of a
 * year. A commitment belongs to the period its due date falls in.
 */
export const DASHBOARD_PERIOD_KINDS = ['year', 'semester', 'quarter'] as const;
export type DashboardPeriodKind = (typeof DASHBOARD_PERIOD_KINDS)[number];

export interface DashboardPeriod {
  kind: DashboardPeriodKind;
  year: number;
  /** 1 for a year; 1–2 for a semester; 1–4 for a quarter. */
  index: number;
}

/** Months in one period of each kind. */
const MONTHS_IN: Record<DashboardPeriodKind, number> = { year: 12, semester: 6, quarter: 3 };

/** How many periods of a kind a year holds (the largest `index`). */
export function periodsInYear(kind: DashboardPeriodKind): number {
  return 12 / MONTHS_IN[kind];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The months `YYYY-MM` of the period, first to last. */
export function periodMonths(period: DashboardPeriod): string[] {
  const length = MONTHS_IN[period.kind];
  const first = (period.index - 1) * length + 1;
  return Array.from({ length }, (_, i) => `${period.year}-${pad(first + i)}`);
}

/** First and last day `YYYY-MM-DD` of the period, both inclusive. */
export function dashboardPeriodRange(period: DashboardPeriod): { from: string; to: string } {
  const months = periodMonths(period);
  const last = months[months.length - 1] as string;
  const lastMonth = Number(last.slice(5, 7));
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return { from: `${months[0] as string}-01`, to: `${last}-${pad(lastDay)}` };
}

/** The period of a kind that holds `date` (`YYYY-MM-DD`). */
export function periodContaining(kind: DashboardPeriodKind, date: string): DashboardPeriod {
  const month = Number(date.slice(5, 7));
  return { kind, year: Number(date.slice(0, 4)), index: Math.floor((month - 1) / MONTHS_IN[kind]) + 1 };
}

/**
 * The year shown when the user has not chosen: the current year if it holds data, else the latest
 * earlier year that does, else the first later one (commitments made now, due next year), else
 * the current year (nothing at all yet). `latestUpToNow` and `firstAfterNow` are due dates.
 */
export function defaultDashboardYear(
  today: string,
  latestUpToNow: string | null,
  firstAfterNow: string | null,
): DashboardPeriod {
  const dated = latestUpToNow ?? firstAfterNow;
  return { kind: 'year', year: Number((dated ?? today).slice(0, 4)), index: 1 };
}

/** Whether two periods are the same. */
export function samePeriod(a: DashboardPeriod, b: DashboardPeriod): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** The earlier of two `YYYY-MM-DD` dates. */
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The period of another kind to show when the user switches kind: the part of the shown period
 * that holds its latest date with data, up to today (a year 2026 with data until June, looked at
 * in December, becomes its second quarter rather than an empty fourth).
 */
export function switchPeriodKind(
  kind: DashboardPeriodKind,
  shown: DashboardPeriod,
  today: string,
  lastDue: string | null,
): DashboardPeriod {
  const { from, to } = dashboardPeriodRange(shown);
  const anchor = earlier(earlier(to, today), lastDue ?? to);
  return periodContaining(kind, anchor < from ? from : anchor);
}

/** The period of a kind holding the latest data up to today (or the first data, when all of it is later). */
export function latestPeriodWithData(
  kind: DashboardPeriodKind,
  today: string,
  dataRange: { from: string; to: string },
): DashboardPeriod {
  const anchor = dataRange.from > today ? dataRange.from : earlier(today, dataRange.to);
  return periodContaining(kind, anchor);
}

/** The years offered, latest first: from the first year with data (or this one) to the last (or this one). */
export function selectableYears(today: string, dataRange: { from: string; to: string } | null): number[] {
  const current = Number(today.slice(0, 4));
  const first = Math.min(current, dataRange ? Number(dataRange.from.slice(0, 4)) : current);
  const last = Math.max(current, dataRange ? Number(dataRange.to.slice(0, 4)) : current);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
