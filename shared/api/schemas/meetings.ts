import { z } from 'zod';
import { TIME_ZONES } from '../../domain/areas';
import { HOST_LEVELS, MEETING_KINDS, MEETING_STATUSES } from '../../domain/meetings';
import { areaCode, clockTime, id, isoDate, optionalText, paging, requiredText, searchQuery } from './common';

const meetingFields = {
  title: requiredText(300),
  kind: z.enum(MEETING_KINDS, { error: 'validation.option' }),
  hostLevel: z.enum(HOST_LEVELS, { error: 'validation.option' }),
  areaCodes: z
    .array(areaCode)
    .min(1, { error: 'validation.areasRequired' })
    .max(50)
    .refine((codes) => new Set(codes).size === codes.length, { error: 'validation.duplicateArea' }),
  date: isoDate,
  startTime: clockTime,
  endTime: clockTime.nullish().transform((v) => v ?? null),
  /** Defaults to the time zone of the first area when absent. */
  timeZone: z.enum(TIME_ZONES).optional(),
  venue: optionalText(300),
  chairPersonId: id.nullish().transform((v) => v ?? null),
  chairRole: optionalText(300),
  minuteTakerPersonId: id.nullish().transform((v) => v ?? null),
  invitationNumber: optionalText(100),
};

function endAfterStart(meeting: { startTime: string; endTime: string | null }, ctx: z.RefinementCtx): void {
  if (meeting.endTime !== null && meeting.endTime <= meeting.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.endBeforeStart' });
  }
}

export const meetingCreateInput = z.strictObject(meetingFields).superRefine(endAfterStart);
export const meetingUpdateInput = z.strictObject({ id, ...meetingFields }).superRefine(endAfterStart);
export const meetingListInput = z.strictObject({
  query: searchQuery,
  /** Meetings on or after / on or before these dates (the list's "upcoming" and "past" views). */
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  /** Oldest first for upcoming meetings; newest first otherwise. */
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Lists the saved templates instead of meetings. */
  templates: z.boolean().default(false),
  status: z.enum(MEETING_STATUSES).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  /** Meetings of this area or of any area under it. */
  areaCode: areaCode.optional(),
  /** Meetings owned by this office (issue 11). */
  officeId: id.optional(),
  ...paging,
});
