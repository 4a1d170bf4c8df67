import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUIDv7): unique across offices, so exchanged data merges without collisions. */
export function newId(): string {
  return uuidv7();
}

/** Set only while atTime runs: the instant every record written then is stamped with. */
let fixedNow: Date | null = null;

export function nowIso(): string {
  return (fixedNow ?? new Date()).toISOString();
}

/**
 * Runs `write` with the records' timestamps (created, updated, approved, history) at `at`: the
 * sample data carries the dates of its story (a Rakor approved in October 2025 says so) rather
 * than the moment it was loaded. Synchronous writes only, so nothing else is stamped meanwhile.
 */
export function atTime<T>(at: Date, write: () => T): T {
  const previous = fixedNow;
  fixedNow = at;
  try {
    return write();
  } finally {
    fixedNow = previous;
  }
}
