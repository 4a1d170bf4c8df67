import { BACKUP_ID_PATTERN, type BackupKind } from '../../shared/domain/backups';

export const BACKUP_EXTENSION = '.sqlite';
export const SIDECAR_EXTENSION = '.json';

export interface ParsedBackupName {
  id: string;
  kind: BackupKind;
  /** Local date `YYYY-MM-DD`. */
  localDate: string;
  /** Local time `hhmmss`. */
  localTime: string;
  /** 0 for the first backup of a second, 2, 3… for the next ones. */
  sequence: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2025-10-17` in the computer's time zone: the office's day, for "one a day" and retention. */
export function localDateOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `sirakor-2025-10-17T083000-manual` (local time), with `-2`, `-3`… when the name is taken. */
export function backupIdFor(date: Date, kind: BackupKind, sequence = 0): string {
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `sirakor-${localDateOf(date)}T${time}-${kind}${sequence > 1 ? `-${sequence}` : ''}`;
}

/** The parts of a backup id, or null for any other name (which is then never touched). */
export function parseBackupId(id: string): ParsedBackupName | null {
  const match = BACKUP_ID_PATTERN.exec(id);
  if (!match) return null;
  return {
    id,
    localDate: match[1] as string,
    localTime: match[2] as string,
    kind: match[3] as BackupKind,
    sequence: match[4] ? Number(match[4]) : 0,
  };
}

/** Newest first: by local date and time in the name, then by sequence. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  const ka = `${a.localDate}T${a.localTime}`;
  const kb = `${b.localDate}T${b.localTime}`;
  if (ka !== kb) return ka < kb ? 1 : -1;
  if (a.sequence !== b.sequence) return b.sequence - a.sequence;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** ISO 8601 week of a calendar date, as `YYYY-Www` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekOf(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  // The Thursday of the same week decides the year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}
