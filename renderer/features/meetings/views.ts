import type { InputOf } from '../../../shared/api/contract';

export const MEETING_VIEWS = ['all', 'upcoming', 'past', 'drafts', 'templates'] as const;
export type MeetingView = (typeof MEETING_VIEWS)[number];

/** The computer's calendar date, `YYYY-MM-DD`: "upcoming" and "past" are as the office sees today. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function dayBefore(isoDate: string): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** The list filters of each view; the other filters (search, kind, area) are kept. */
export function filtersForView(view: MeetingView): Partial<InputOf<'meetings.list'>> {
  const today = localToday();
  const reset = { dateFrom: undefined, dateTo: undefined, status: undefined, templates: false, order: 'desc' as const };
  switch (view) {
    case 'upcoming':
      return { ...reset, dateFrom: today, order: 'asc' };
    case 'past':
      return { ...reset, dateTo: dayBefore(today) };
    case 'drafts':
      return { ...reset, status: 'draft' };
    case 'templates':
      return { ...reset, templates: true };
    default:
      return reset;
  }
}
