import { villageLabel } from '../areas';
import { MONTHS } from '../calendar';
import type { Scene } from '../pools/scene';
import type { Prng } from '../prng';
import type { GenMeeting } from './meetings';

/** The setting a text about meeting `m` may mention, with one of its villages drawn at random. */
export function sceneOf(rng: Prng, m: GenMeeting): Scene {
  const village = m.villages.length ? rng.pick(m.villages) : null;
  return {
    rng,
    label: m.label,
    village: village ? villageLabel(village) : m.label,
    kecamatan: village?.kecamatan.name ?? m.kecamatan?.name ?? 'Binamu',
    year: m.year,
    month: MONTHS[Number(m.date.slice(5, 7)) - 1] as string,
  };
}
