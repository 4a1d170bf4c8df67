import { z } from 'zod';
import { id } from './common';

/** The office a package is for: a known office (encrypted to it), or any office (not encrypted). */
export const exportRecipient = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('office'), officeId: id }),
  z.strictObject({ kind: z.literal('any') }),
]);

/**
 * Kirim data: for whom, since the last package to it or everything, and whether the people's
 * phone numbers and e-mail addresses (UU 27/2022) and the evidence files go along.
 */
export const exportInput = z.strictObject({
  recipient: exportRecipient,
  everything: z.boolean().default(false),
  includeContacts: z.boolean().default(false),
  includeFiles: z.boolean().default(false),
  /** Also copy the package into the folder pertukaran. */
  toFolder: z.boolean().default(false),
});

/** A picked package sent in parts with backups.uploadChunk, handed over to be checked; or one already kept. */
export const inspectInput = z.union([
  z.strictObject({ uploadId: id, name: z.string().trim().min(1).max(255) }),
  z.strictObject({ ref: id }),
  /** A package of the folder pertukaran, by its file name. */
  z.strictObject({ folderFile: z.string().min(1).max(255) }),
]);

/** The folder pertukaran: an absolute path, or null for none. */
export const folderInput = z.strictObject({
  path: z.string().trim().min(1).max(1000).nullable(),
});

/** The user compared the kode verifikasi shown for the package's sender and trusts it. */
export const trustInput = z.strictObject({
  ref: id,
  /** The code that was shown, so a package replaced meanwhile is not trusted by mistake. */
  kode: z.string().trim().min(1).max(64),
});

export const packageRef = z.strictObject({ ref: id });

export const historyInput = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
});
