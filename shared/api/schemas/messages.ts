import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH } from '../../messages/templates';
import { id, LIMITS } from './common';

const template = z.string().trim().min(1, { error: 'validation.required' }).max(MAX_TEMPLATE_LENGTH).nullable();

/** The office's wording per kind; null goes back to Sirakor's. Placeholders are checked by the host. */
export const messageTemplatesInput = z.strictObject({
  templates: z.strictObject({ invitation: template, summary: template, reminder: template }),
});

export const meetingMessageInput = z.strictObject({
  meetingId: id,
  kind: z.enum(['invitation', 'summary'], { error: 'validation.option' }),
});

/** Reminders of every institution with open commitments, or of one. */
export const remindersInput = z.strictObject({ institutionId: id.optional() });

/** A (possibly edited) text to open in WhatsApp for a person or an institution, or for nobody chosen yet. */
export const whatsappLinkInput = z
  .strictObject({
    text: z.string().trim().min(1, { error: 'validation.required' }).max(LIMITS.longText),
    personId: id.optional(),
    institutionId: id.optional(),
  })
  .refine((input) => !(input.personId && input.institutionId), {
    error: 'validation.invalid',
    path: ['institutionId'],
  });
