import type { InputOf } from '../../../shared/api/contract';
import { localToday } from '../../format/local-time';

export const MEETING_VIEWS = ['all', 'upcoming', 'past', 'drafts', 'templates'] as const;
export type MeetingView = (typeof MEETING_VIEWS)[number];

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
