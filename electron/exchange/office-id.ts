import { isOfficeId } from '../../shared/exchange/stamp';
import type { Db } from '../db/connection';
import { systemClock, type Clock } from '../db/clock';
import { newId } from '../db/ids';
import { settingsRepository } from '../settings/repository';

/**
 * The local office's id: a UUIDv7 in lower-case text, kept in `settings` under
 * `exchange.officeId`. Migration 009 (ownership) writes it for existing databases; a database
 * that has none yet gets it here, at the first start, with the same key and format. An existing
 * row is never replaced, so whichever path came first, the id stays the same.
 */
export const OFFICE_ID_SETTING = 'exchange.officeId';

export class OfficeIdInvalidError extends Error {
  constructor(readonly value: unknown) {
    super(`settings ${OFFICE_ID_SETTING} holds no office id`);
    this.name = 'OfficeIdInvalidError';
  }
}

/** The stored office id, or null when there is none yet. Throws OfficeIdInvalidError for a value of another shape. */
export function readOfficeId(db: Db): string | null {
  const value = settingsRepository(db, systemClock).get<unknown>(OFFICE_ID_SETTING);
  if (value === null) return null;
  if (typeof value !== 'string' || !isOfficeId(value)) throw new OfficeIdInvalidError(value);
  return value;
}

/** The office id, made (and stored) on the first call; the same id ever after. */
export function ensureOfficeId(db: Db, now: Clock, makeId: () => string = newId): string {
  return db.transaction(() => {
    const existing = readOfficeId(db);
    if (existing) return existing;
    const id = makeId().toLowerCase();
    settingsRepository(db, now).set(OFFICE_ID_SETTING, id);
    return id;
  })();
}
