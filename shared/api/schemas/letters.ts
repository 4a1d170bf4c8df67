import { z } from 'zod';
import { DOCUMENT_FORMATS } from '../../domain/document-settings';
import { LETTER_KINDS, MAX_PATTERN_LENGTH } from '../../letters/numbering';
import { id, isoDate, optionalText, requiredText } from './common';

const kind = z.enum(LETTER_KINDS, { error: 'validation.option' });
const year = z.number().int().min(2000, { error: 'validation.year' }).max(2100, { error: 'validation.year' });
const code = z
  .string()
  .trim()
  .max(30)
  .regex(/^[^{}/\\]*$/, { error: 'letters.codeCharacters' });

/** The office's numbering (placeholders checked by the host); null goes back to Sirakor's. */
export const letterNumberingInput = z.strictObject({
  numbering: z
    .strictObject({
      pattern: requiredText(MAX_PATTERN_LENGTH),
      codes: z.strictObject({ undangan: code, berita_acara: code, laporan: code, lainnya: code }),
    })
    .nullable(),
});

export const letterRegisterInput = z.strictObject({ year: year.optional(), query: z.string().max(100).default('') });

const entryFields = {
  kind,
  letterDate: isoDate,
  subject: requiredText(300),
  addressee: optionalText(300),
  /** The meeting the letter is for; an undangan's number becomes the meeting's invitation number. */
  meetingId: id.optional(),
};

/** The next number of the year, issued and recorded in one transaction. */
export const letterIssueInput = z.strictObject(entryFields);

/** A number typed by hand (taken elsewhere, or before Sirakor), recorded so it is never issued again. */
export const letterRecordInput = z.strictObject({ number: requiredText(120), ...entryFields });

export const letterCheckInput = z.strictObject({ number: requiredText(120), meetingId: id.optional() });

export const letterVoidInput = z.strictObject({ id, reason: requiredText(300) });

export const letterRegisterFileInput = z.strictObject({
  year,
  format: z.enum([...DOCUMENT_FORMATS, 'xlsx'], { error: 'validation.option' }),
  paper: z.enum(['A4', 'F4'], { error: 'validation.option' }).optional(),
});
