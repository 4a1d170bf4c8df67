import { join } from 'node:path';

/**
 * Where the files of exchanged records live in a data folder, and how they are named inside a
 * package. Evidence and meeting files are stored as `<folder>/<yyyy>/<uuid>.<ext>` (a name Sirakor
 * made, carried in the record's `stored_name`); the letterhead logo of another office as
 * `office-logos/<office id>.<ext>`.
 */

export const FILE_FOLDERS: Record<string, string> = { evidence_files: 'evidence', meeting_files: 'meeting-files' };
export const OFFICE_LOGOS_DIR = 'office-logos';
/**
 * The files of records waiting in `exchange_held` (`<folder>/<kind>/<id>`): kept until the record
 * is applied and the file moves to its place, or the record is replaced or deleted.
 */
export const HELD_FILES_FOLDER = 'exchange-held-files';
/** The documents settings (`electron/documents/setup-store.ts`) and the letterhead folder. */
export const DOCUMENT_SETTINGS_KEY = 'documents';
export const LETTERHEAD_DIR = 'letterhead';

const STORED_NAME = /^\d{4}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z0-9]{1,10}$/;
const LOGO_ENTRY = /^logo\.(png|jpg)$/;

/** A stored name as Sirakor makes them: a record from a package can name no other path. */
export function isStoredName(name: unknown): name is string {
  return typeof name === 'string' && STORED_NAME.test(name);
}

export function storedFilePath(dataDir: string, kind: string, storedName: string): string {
  return join(dataDir, FILE_FOLDERS[kind] as string, ...storedName.split('/'));
}

export function heldFilePath(dataDir: string, kind: string, id: string): string {
  return join(dataDir, HELD_FILES_FOLDER, kind, id);
}

/** The entry name of a record's file: `evidence_files-<id>.<ext>`. */
export function fileEntryName(kind: string, id: string, storedName: string): string {
  return `${kind}-${id}.${storedName.slice(storedName.lastIndexOf('.') + 1)}`;
}

export function logoEntryName(fileName: string): string {
  return `logo.${fileName.toLowerCase().endsWith('.png') ? 'png' : 'jpg'}`;
}

/** The logo's extension when `name` is a logo entry, else null. */
export function logoEntryExtension(name: string): string | null {
  return LOGO_ENTRY.exec(name)?.[1] ?? null;
}
