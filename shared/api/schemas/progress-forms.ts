import { z } from 'zod';
import { FORM_IMPORT_MODES } from '../../domain/progress-forms';
import { id } from './common';

/** A returned form is a small workbook; 5 MB is room for hundreds of rows (checked on the decoded bytes). */
export const MAX_FORM_BYTES = 5 * 1024 * 1024;

/** One institution's form, or (without an institution) a ZIP of every institution's with open commitments. */
export const progressFormsInput = z.strictObject({ institutionId: id.optional() });

export const progressFormImportInput = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  dataBase64: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(Math.ceil((MAX_FORM_BYTES * 4) / 3) * 2)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
  /** `preview` reads and reports; `apply` writes the new reports of a clean form. */
  mode: z.enum(FORM_IMPORT_MODES, { error: 'validation.option' }).default('preview'),
  /** For `apply`: the sha256 the preview of this same file reported, as the user's confirmation. */
  checkedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.format' })
    .optional(),
  /** For `apply`: the user saw that some commitments changed after the form was made, and applies anyway. */
  acceptStale: z.boolean().default(false),
});
