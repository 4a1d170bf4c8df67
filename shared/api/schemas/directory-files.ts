import { z } from 'zod';
import { DIRECTORY_IMPORT_MODES } from '../../domain/directory-import';

/** A directory workbook or CSV of up to 5 MB (checked on the decoded bytes). */
export const MAX_DIRECTORY_FILE_BYTES = 5 * 1024 * 1024;

export const directoryImportInput = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  dataBase64: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(Math.ceil((MAX_DIRECTORY_FILE_BYTES * 4) / 3) * 2)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
  mode: z.enum(DIRECTORY_IMPORT_MODES, { error: 'validation.option' }).default('check'),
  /** For `import`: the sha256 the check of this same file reported, as the user's confirmation. */
  checkedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.format' })
    .optional(),
});

/** Phone numbers and e-mail addresses are personal data: exported only when asked. */
export const directoryExportInput = z.strictObject({ includeContacts: z.boolean().default(false) });
