import type { Prng } from './prng';

function hex32(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/**
 * UUIDv7-shaped ids like the app's (`electron/db/ids.ts`): the 48-bit millisecond time of the
 * record's synthetic creation, version 7, the RFC variant, and 74 bits from the seeded stream
 * instead of the system's random source, so the same seed gives the same ids.
 */
export function idMaker(rng: Prng): (createdAtMs: number) => string {
  return (createdAtMs) => {
    const time = createdAtMs.toString(16).padStart(12, '0');
    const random = hex32(rng.next()) + hex32(rng.next()) + hex32(rng.next());
    const variant = (8 | (parseInt(random.charAt(3), 16) & 3)).toString(16);
    return (
      `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(0, 3)}-` +
      `${variant}${random.slice(4, 7)}-${random.slice(7, 19)}`
    );
  };
}
