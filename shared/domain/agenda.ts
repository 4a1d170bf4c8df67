import { clockOf, minutesOfDay } from './clock';

export const AGENDA_KINDS = [
  'opening',
  'presentation',
  'discussion',
  'directives',
  'follow_up',
  'closing',
  'other',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  kind: AgendaKind;
  title: string;
  presenterPersonId: string | null;
  presenterName: string | null;
  presenterPosition: string | null;
  presenterInstitutionId: string | null;
  presenterInstitutionName: string | null;
  /** A fixed start `HH:MM`; null means "right after the previous item". */
  startTime: string | null;
  durationMinutes: number | null;
  notes: string | null;
  updatedAt: string;
}

export interface ScheduledItem {
  id: string;
  start: string;
  end: string;
  /** True when a fixed start time lies before the end of the previous item. */
  overlapsPrevious: boolean;
}

export interface AgendaSchedule {
  items: ScheduledItem[];
  /** When the agenda as planned ends. */
  end: string;
  /** Minutes past the meeting's planned end; 0 when it fits or no end is planned. */
  overrunMinutes: number;
}

/**
 * Computes when each item starts and ends: an item without a fixed time follows the previous one;
 * an item without a duration takes none. The computed end is compared with the planned end.
 */
export function scheduleAgenda(
  meetingStart: string,
  plannedEnd: string | null,
  items: readonly Pick<AgendaItem, 'id' | 'startTime' | 'durationMinutes'>[],
): AgendaSchedule {
  let cursor = minutesOfDay(meetingStart);
  const scheduled: ScheduledItem[] = [];
  for (const item of items) {
    const fixed = item.startTime === null ? null : minutesOfDay(item.startTime);
    const start = fixed ?? cursor;
    const end = start + (item.durationMinutes ?? 0);
    scheduled.push({
      id: item.id,
      start: clockOf(start),
      end: clockOf(end),
      overlapsPrevious: fixed !== null && fixed < cursor,
    });
    cursor = Math.max(cursor, end);
  }
  const overrun = plannedEnd === null ? 0 : Math.max(0, cursor - minutesOfDay(plannedEnd));
  return { items: scheduled, end: clockOf(cursor), overrunMinutes: overrun };
}
