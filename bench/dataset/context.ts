import type { Db } from '../../electron/db/connection';
import type { Kabupaten } from './areas';
import type { Prng } from './prng';

/** What every part of the generator works with. */
export interface GenContext {
  db: Db;
  rng: Prng;
  /** A UUIDv7-shaped id for a record created at this instant (ms). */
  newId: (createdAtMs: number) => string;
  /** Multiplies every target row count; 1 is the full ten-year set. */
  scale: number;
  area: Kabupaten;
}

/** A target row count at the context's scale. */
export function scaled(ctx: GenContext, full: number): number {
  return Math.round(full * ctx.scale);
}
