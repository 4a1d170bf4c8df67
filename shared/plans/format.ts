import type { PlanRow, PlanVillage } from '../domain/plans';
import { formatDecimalId } from './numbers';

/**
 * Village names of rows as the export and the printed matrix write them: the name alone, or
 * `Name (Kecamatan)` when another kecamatan of the same rows has a village of that name.
 */
export function villageLabeller(rows: readonly Pick<PlanRow, 'locations'>[]): (village: PlanVillage) => string {
  const kecamatanByName = new Map<string, Set<string>>();
  for (const row of rows)
    for (const village of row.locations) {
      const set = kecamatanByName.get(village.name) ?? new Set<string>();
      set.add(village.kecamatanCode);
      kecamatanByName.set(village.name, set);
    }
  return (village) =>
    (kecamatanByName.get(village.name)?.size ?? 0) > 1 ? `${village.name} (${village.kecamatanName})` : village.name;
}

/** `42 anak`, `1.500 keluarga`, `2,5 km`; empty without a volume. */
export function formatTarget(volume: number | null, unit: string | null): string {
  if (volume === null) return unit ?? '';
  return unit ? `${formatDecimalId(volume)} ${unit}` : formatDecimalId(volume);
}
