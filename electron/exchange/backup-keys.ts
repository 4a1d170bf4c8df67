import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../db/connection';
import { systemClock } from '../db/clock';
import { settingsRepository } from '../settings/repository';
import { OFFICE_ID_SETTING } from './office-id';

/**
 * The office's key file travels inside every backup: a `settings` row of the backup copy (never
 * of the live database) holds the file's exact text, sealed private keys and all. One file keeps
 * a backup atomic (one rename) and whole wherever it is copied (a download, a flashdisk); a
 * restore brings the row back with the database, and the first start on the restored database
 * writes the key file from it and removes the row (`identity.ts`), so a crash in between only
 * repeats that step.
 */
export const BACKUP_KEYS_SETTING = 'exchange.backupKeys';

export interface BackupKeys {
  /** The key file's text as it was at the backup. */
  file: string;
}

function settingsAt(db: Db, at: Date) {
  return settingsRepository(db, () => at);
}

export function readBackupKeys(db: Db): BackupKeys | null {
  const value = settingsRepository(db, systemClock).get<Partial<BackupKeys> | null>(BACKUP_KEYS_SETTING);
  return typeof value?.file === 'string' ? { file: value.file } : null;
}

export function removeBackupKeys(db: Db): void {
  settingsRepository(db, systemClock).remove(BACKUP_KEYS_SETTING);
}

/** Into a backup copy (open for writing): the key file as it is now, or no row when there is no key file. */
export function embedKeyFile(copy: Db, keyFile: string, at: Date): void {
  if (existsSync(keyFile)) settingsAt(copy, at).set(BACKUP_KEYS_SETTING, { file: readFileSync(keyFile, 'utf8') });
  else removeBackupKeys(copy);
}

/**
 * Into a database about to be restored that carries no keys (a backup made before keys were
 * backed up): the office's current key file, and, when the backup has no office id yet either,
 * the current office id, so that restoring an old backup of this office keeps its identity and
 * its code. Migration 009 keeps an office id it finds.
 */
export function carryCurrentKeys(candidate: Db, keyFile: string, currentOfficeId: string | null, at: Date): void {
  if (readBackupKeys(candidate) !== null || !existsSync(keyFile)) return;
  const settings = settingsAt(candidate, at);
  candidate.transaction(() => {
    embedKeyFile(candidate, keyFile, at);
    if (currentOfficeId && settings.get(OFFICE_ID_SETTING) === null) settings.set(OFFICE_ID_SETTING, currentOfficeId);
  })();
}
