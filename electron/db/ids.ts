import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUIDv7): unique across offices, so exchanged data merges without collisions. */
export function newId(): string {
  return uuidv7();
}
