import { z } from 'zod';
import { AGENDA_KINDS } from '../../domain/agenda';
import { MEETING_STATUSES } from '../../domain/meetings';
import { MINUTES_KINDS } from '../../domain/minutes';
import { ATTENDANCE, PARTICIPANT_ROLES } from '../../domain/participants';
import { clockTime, email, id, isoDate, LIMITS, nip, optionalText, phone, requiredText } from './common';

const optionalId = id.nullish().transform((v) => v ?? null);
const optionalClock = clockTime.nullish().transform((v) => v ?? null);

export const meetingStatusInput = z.strictObject({
  id,
  status: z.enum(MEETING_STATUSES, { error: 'validation.option' }),
});
export const meetingApproveInput = z.strictObject({ id });
export const meetingUnlockInput = z.strictObject({ id, reason: requiredText(1000) });
/** A field left out is left as it is: the summary autosaves while the closing time is typed. */
export const meetingSummaryInput = z.strictObject({
  id,
  summary: optionalText(LIMITS.longText).optional(),
  closingTime: optionalClock.optional(),
});
export const meetingDuplicateInput = z.strictObject({
  id,
  /** True saves a reusable template; false creates a new draft meeting. */
  asTemplate: z.boolean().default(false),
  title: optionalText(300),
  date: isoDate.nullish().transform((v) => v ?? null),
});

const agendaFields = {
  kind: z.enum(AGENDA_KINDS, { error: 'validation.option' }).default('discussion'),
  title: requiredText(300),
  presenterPersonId: optionalId,
  presenterInstitutionId: optionalId,
  startTime: optionalClock,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(1440)
    .nullish()
    .transform((v) => v ?? null),
  notes: optionalText(LIMITS.longText),
};
export const agendaCreateInput = z.strictObject({
  meetingId: id,
  ...agendaFields,
  /** 0-based place in the agenda; appended when absent. */
  position: z.number().int().min(0).max(10_000).optional(),
});
export const agendaUpdateInput = z.strictObject({ id, ...agendaFields });
export const agendaMoveInput = z.strictObject({ id, toPosition: z.number().int().min(0).max(10_000) });

/** A person typed in while preparing or during the meeting, saved to the directory at once. */
const newPersonInput = z.strictObject({
  name: requiredText(),
  position: optionalText(),
  institutionId: optionalId,
  nip,
  rank: optionalText(60),
  phone,
  email,
});

export const participantAddInput = z
  .strictObject({
    meetingId: id,
    personId: optionalId,
    institutionId: optionalId,
    newPerson: newPersonInput.optional(),
    /** A walk-in who is not (yet) in the directory. */
    freeName: optionalText(),
    freePosition: optionalText(),
    /** Left out: the person's role in this meeting (chair, presenter…, see `roleInMeeting`). */
    role: z.enum(PARTICIPANT_ROLES, { error: 'validation.option' }).optional(),
    invited: z.boolean().default(true),
    /** Walk-ins are usually marked present as they are added. */
    attendance: z.enum(ATTENDANCE, { error: 'validation.option' }).optional(),
    arrivalTime: optionalClock,
  })
  .superRefine((input, ctx) => {
    const who = [input.personId, input.newPerson, input.freeName].filter(Boolean).length;
    if (who > 1) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.oneParticipant' });
    if (who === 0 && !input.institutionId) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.participantRequired' });
    }
  });
export const participantUpdateInput = z.strictObject({
  id,
  role: z.enum(PARTICIPANT_ROLES, { error: 'validation.option' }),
});
export const attendanceInput = z
  .strictObject({
    id,
    attendance: z.enum(ATTENDANCE, { error: 'validation.option' }),
    standInName: optionalText(),
    standInPosition: optionalText(),
    arrivalTime: optionalClock,
  })
  .superRefine((input, ctx) => {
    if (input.attendance === 'represented' && !input.standInName) {
      ctx.addIssue({ code: 'custom', path: ['standInName'], message: 'validation.standInRequired' });
    }
  });
/** Offers a walk-in to the directory: creates the person and links the participant to it. */
export const participantToDirectoryInput = z.strictObject({ id, institutionId: optionalId });

const minutesFields = {
  kind: z.enum(MINUTES_KINDS, { error: 'validation.option' }).default('discussion'),
  speakerPersonId: optionalId,
  speakerText: optionalText(),
  body: z.string().max(LIMITS.longText).default(''),
};
export const minutesCreateInput = z.strictObject({
  meetingId: id,
  agendaItemId: optionalId,
  ...minutesFields,
  /** Inserted right after this entry (Enter in the middle of the list); appended when absent. */
  afterId: optionalId,
});
/**
 * Only the fields sent change: the body autosaves while the kind or speaker may have just been
 * changed, and neither save may put back the other's old value.
 */
export const minutesUpdateInput = z.strictObject({
  id,
  kind: minutesFields.kind.unwrap().optional(),
  speakerPersonId: minutesFields.speakerPersonId.optional(),
  speakerText: minutesFields.speakerText.optional(),
  body: minutesFields.body.unwrap().optional(),
});

export const decisionCreateInput = z.strictObject({
  meetingId: id,
  agendaItemId: optionalId,
  body: requiredText(LIMITS.longText),
});
export const decisionUpdateInput = z.strictObject({
  id,
  agendaItemId: optionalId,
  body: requiredText(LIMITS.longText),
});

const commitmentFields = {
  agendaItemId: optionalId,
  institutionId: id,
  contactPersonId: optionalId,
  description: requiredText(2000),
  dueDate: isoDate.nullish().transform((v) => v ?? null),
  indicator: optionalText(500),
  target: optionalText(500),
};
export const commitmentCreateInput = z.strictObject({ meetingId: id, ...commitmentFields });
export const commitmentUpdateInput = z.strictObject({ id, ...commitmentFields });
