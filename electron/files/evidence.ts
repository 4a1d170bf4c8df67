import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';

/**
 * Files users attach live in a folder of the data folder by kind (`evidence/` for progress
 * evidence, `meeting-files/` for a meeting's photos and materials), under `<yyyy>/<uuid>.<ext>`,
 * never under a name a user chose.
 */
export const EVIDENCE_DIR = 'evidence';
export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;

const STORED_NAME = /^\d{4}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z0-9]{1,10}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$/;
// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A plain file name as a user's file picker gives it: no folders (`/`, `\`), no drive or stream
 * (`:`), no control characters, not `.` or `..`, not a Windows device name. The original name
 * is only shown and offered when saving; it never becomes a path.
 */
export function isPlainFileName(name: string): boolean {
  if (name === '' || name !== name.trim() || name === '.' || name === '..' || name.length > 200) return false;
  // eslint-disable-next-line no-control-regex
  if (/[/\\:\u0000-\u001f\u007f*?"<>|]/.test(name)) return false;
  return !RESERVED.test(name);
}

/** The stored file's extension: the original's, lower-cased, if plain letters and digits; else `bin`. */
export function safeExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'bin';
}

/** A media type is kept only if it looks like one (`image/jpeg`); anything else is dropped. */
export function cleanMediaType(mediaType: string | null): string | null {
  const lower = mediaType?.trim().toLowerCase() ?? '';
  return MEDIA_TYPE.test(lower) ? lower : null;
}

/**
 * Decodes a file's base64 as sent by the renderer. Null when it is not base64 (Node's decoder
 * skips what it cannot read, so the bytes must encode back to the same text).
 */
export function decodeBase64(data: string): Buffer | null {
  const bytes = Buffer.from(data, 'base64');
  const strip = (s: string) => s.replace(/=+$/, '');
  return strip(bytes.toString('base64')) === strip(data) ? bytes : null;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface WrittenEvidence {
  storedName: string;
  sha256: string;
  sizeBytes: number;
  /** Absolute path, to remove the file if the database transaction fails. */
  path: string;
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename durable on POSIX; Windows cannot open a folder for this and needs no sync.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort.
  }
}

/**
 * Writes a file atomically into `folder` of the data folder: into a temporary file in the same
 * folder, flushed to disk, then renamed to its final name, so a crash leaves either no file or
 * the whole file.
 */
export async function writeStoredFile(
  dataDir: string,
  folder: string,
  now: Date,
  bytes: Uint8Array,
  extension: string,
): Promise<WrittenEvidence> {
  const year = String(now.getUTCFullYear());
  const dir = join(dataDir, folder, year);
  await mkdir(dir, { recursive: true });
  const storedName = `${year}/${randomUUID()}.${extension}`;
  const path = join(dataDir, folder, ...storedName.split('/'));
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await syncDirectory(dir);
  return { storedName, sha256: sha256Of(bytes), sizeBytes: bytes.byteLength, path };
}

export function writeEvidence(
  dataDir: string,
  now: Date,
  bytes: Uint8Array,
  extension: string,
): Promise<WrittenEvidence> {
  return writeStoredFile(dataDir, EVIDENCE_DIR, now, bytes, extension);
}

/** Removes files written for a write that did not commit. */
export async function removeEvidence(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/**
 * Reads a stored file of `folder` and checks it is the one recorded: same size and SHA-256. A
 * missing, changed or unreadable file answers IO (the record stays; the user can see what is lost).
 */
export async function readStoredFile(
  dataDir: string,
  folder: string,
  stored: { storedName: string; sizeBytes: number; sha256: string },
  messages: { damaged: string; missing: string },
): Promise<Buffer> {
  if (!STORED_NAME.test(stored.storedName)) throw new AppError('IO', messages.damaged);
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dataDir, folder, ...stored.storedName.split('/')));
  } catch {
    throw new AppError('IO', messages.missing);
  }
  if (bytes.byteLength !== stored.sizeBytes || sha256Of(bytes) !== stored.sha256) {
    throw new AppError('IO', messages.damaged);
  }
  return bytes;
}

export function readEvidence(
  dataDir: string,
  stored: { storedName: string; sizeBytes: number; sha256: string },
): Promise<Buffer> {
  return readStoredFile(dataDir, EVIDENCE_DIR, stored, {
    damaged: 'error.evidenceDamaged',
    missing: 'error.notFound.evidence',
  });
}
