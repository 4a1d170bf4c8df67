import { z } from 'zod';
import { BACKUP_ID_PATTERN } from '../../domain/backups';

/**
 * The largest database file a user can hand over for a restore (the handler refuses a larger one
 * with its own message). Base64 makes it a third larger, and JavaScript strings stop near 512 MB.
 */
export const MAX_RESTORE_UPLOAD_BYTES = 320 * 1024 * 1024;
/** The schema's bound on the text itself, above the handler's limit so that its message wins. */
const MAX_UPLOAD_TEXT = 500_000_000;

/** A backup of the list, by id (its file name without `.sqlite`): never a path. */
export const backupRef = z.strictObject({
  id: z.string().max(80).regex(BACKUP_ID_PATTERN, { error: 'validation.id' }),
});

/** A backup file the user picked (from a USB stick, another PC): its name and bytes. */
export const backupUploadInput = z.strictObject({
  name: z.string().trim().min(1).max(255),
  dataBase64: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(MAX_UPLOAD_TEXT)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
});
