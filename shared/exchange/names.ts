/**
 * Names inside a package. Entry names become file names when attached files are saved, so they
 * are a single path segment of plain characters: no separators (no `../`, no `C:\`), no leading
 * dot, no trailing dot, no device names Windows reserves. Kinds, ids and field names are the
 * identifiers of tables, rows and columns.
 */

/** The one entry holding the records, always the first. */
export const RECORDS_ENTRY = 'records.jsonl';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

export function isSafeEntryName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes('..') && !name.endsWith('.') && !WINDOWS_DEVICE.test(name);
}

/** Two names that would be the same file on Windows or macOS (case-insensitive file systems). */
export function entryNameKey(name: string): string {
  return name.toLowerCase();
}

/** A record kind: a table name (`meetings`, `commitment_updates`). */
export const KIND_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;
/** A record id: a UUID, or a Kemendagri area code (`73.04.05`). */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** A field name: a column name; `__proto__` and friends cannot match, `constructor` is refused apart. */
export const FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const OBJECT_MEMBERS = new Set(['constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'toString', 'valueOf']);

export function isFieldName(name: string): boolean {
  return FIELD_PATTERN.test(name) && !OBJECT_MEMBERS.has(name);
}
