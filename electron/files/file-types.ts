import { strFromU8, unzipSync } from 'fflate';
import { isZip } from '../spreadsheets/upload';

/**
 * What a file is, by its content, never by its name: JPEG and PNG by their signatures, PDF by its
 * header, and DOCX, XLSX and PPTX as ZIP packages whose [Content_Types].xml declares the main part
 * of that kind (a macro-enabled document declares another one and is not taken). A program
 * renamed `foto.jpg` is none of these.
 */
export const FILE_TYPES = ['jpeg', 'png', 'pdf', 'docx', 'xlsx', 'pptx'] as const;
export type FileType = (typeof FILE_TYPES)[number];

export const PHOTO_TYPES: readonly FileType[] = ['jpeg', 'png'];

/** Extensions a file of each type may carry in its name. */
export const EXTENSIONS: Record<FileType, readonly string[]> = {
  jpeg: ['jpg', 'jpeg', 'jfif'],
  png: ['png'],
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
};

export const MEDIA_TYPES: Record<FileType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const MAIN_PARTS: Record<'docx' | 'xlsx' | 'pptx', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
};

/** [Content_Types].xml is a few KB; a larger one is not an Office package Sirakor takes. */
const MAX_CONTENT_TYPES = 256 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function officeType(bytes: Uint8Array): FileType | null {
  let files: Record<string, Uint8Array>;
  try {
    // Only that one entry is inflated, and only if it says it is small.
    files = unzipSync(bytes, {
      filter: (file) => file.name === '[Content_Types].xml' && file.originalSize <= MAX_CONTENT_TYPES,
    });
  } catch {
    return null;
  }
  const entry = files['[Content_Types].xml'];
  if (!entry || entry.byteLength > MAX_CONTENT_TYPES) return null;
  const types = strFromU8(entry);
  const found = (Object.keys(MAIN_PARTS) as (keyof typeof MAIN_PARTS)[]).filter((kind) =>
    types.includes(`ContentType="${MAIN_PARTS[kind]}"`),
  );
  return found.length === 1 ? (found[0] as FileType) : null;
}

export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (isZip(bytes)) return officeType(bytes);
  return null;
}

/** The extension of a file name, lower case ('' without one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
