import type { BackupInfo } from '../../../shared/domain/backups';
import { formatLocalTimestamp } from '../../format/local-time';
import { i18next } from '../../i18n';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** `1,4 MB` in Indonesian, `1.4 MB` in English (powers of 1024, one decimal at most). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const locale = i18next.language === 'en' ? 'en-GB' : 'id-ID';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${UNITS[unit]}`;
}

/** `17 Oktober 2025 08.30`: when the copy was taken, on this computer's clock. */
export function formatBackupTime(iso: string): string {
  return formatLocalTimestamp(iso);
}

export function backupWhen(backup: BackupInfo): string {
  return formatBackupTime(backup.createdAt);
}

/** Whole percent of `done` out of `total` (100 for an empty total). */
export function percentOf(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(i18next.language === 'en' ? 'en-GB' : 'id-ID').format(count);
}
