import type { Measurement } from '../figure';

/**
 * One round of a figure and its floor timed side by side, alternately floor after and before the
 * figure (as the runner does for figures with a floor of their own), so that neither always finds
 * the caches the other left.
 */
export async function paired(
  round: number,
  figure: () => Promise<number>,
  floor: () => Promise<number>,
): Promise<Measurement> {
  if (round % 2 === 0) {
    const value = await figure();
    return { value, floor: await floor() };
  }
  const floorValue = await floor();
  return { value: await figure(), floor: floorValue };
}
