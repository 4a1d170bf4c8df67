import { z } from 'zod';
import { BACKUP_ID_PATTERN } from '../../domain/backups';
import { id } from './common';

/**
 * The largest database file a user can hand over for a restore (the handler refuses a larger one
 * with its own message). Base64 makes it a third larger, and JavaScript strings stop near 512 MB.
 */
export const MAX_RESTORE_UPLOAD_BYTES = 320 * 1024 * 1024;
/** The schema's bound on the text itself, above the handler's limit so that its message wins. */
const MAX_UPLOAD_TEXT = 500_000_000;

/** Bytes per part of a download, and the largest part of an upload (base64 makes it a third larger). */
export const BACKUP_CHUNK_BYTES = 16 * 1024 * 1024;
/** The largest file sent in parts (a database of many years, with room to spare). */
export const MAX_CHUNKED_UPLOAD_BYTES = 16 * 1024 * 1024 * 1024;

const backupId = z.string().max(80).regex(BACKUP_ID_PATTERN, { error: 'validation.id' });
const base64 = (max: number) =>
  z
    .string()
    .min(1, { error: 'validation.required' })
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' });

/** A backup of the list, by id (its file name without `.sqlite`): never a path. */
export const backupRef = z.strictObject({ id: backupId });

/** A part of a backup file: from `offset` (0 for the first part), BACKUP_CHUNK_BYTES at most. */
export const backupDownloadInput = z.strictObject({
  id: backupId,
  offset: z.number().int().min(0).max(MAX_CHUNKED_UPLOAD_BYTES).default(0),
});

/**
 * A part of a file the user picked, for files too large for one call: the first part has no
 * uploadId (the answer gives it) and offset 0; each next part starts where the last one ended.
 */
export const backupChunkInput = z.strictObject({
  uploadId: id.nullish(),
  offset: z.number().int().min(0).max(MAX_CHUNKED_UPLOAD_BYTES),
  dataBase64: base64(Math.ceil((BACKUP_CHUNK_BYTES * 4) / 3) + 4),
});

/**
 * A backup file the user picked (from a USB stick, another PC) to restore: its name, and either
 * its bytes (`dataBase64`, up to MAX_RESTORE_UPLOAD_BYTES) or the `uploadId` of a file sent in
 * parts with backups.uploadChunk.
 */
export const backupUploadInput = z
  .strictObject({
    name: z.string().trim().min(1).max(255),
    dataBase64: base64(MAX_UPLOAD_TEXT).optional(),
    uploadId: id.optional(),
  })
  .superRefine((input, ctx) => {
    if ((input.dataBase64 === undefined) === (input.uploadId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['dataBase64'], message: 'validation.required' });
    }
  });
