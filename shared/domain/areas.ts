/** Kemendagri region levels as they appear in the shipped code list. */
export const AREA_LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** A desa-level code is a kelurahan when its 4-digit part starts with 1, a desa when it starts with 2. */
type VillageKind = 'desa' | 'kelurahan';
type RegencyKind = 'kabupaten' | 'kota';

export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/** Hours ahead of UTC; Indonesia has no daylight saving time. */
export const TIME_ZONE_OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  /** desa/kelurahan for villages, kabupaten/kota for regencies, null otherwise. */
  kind: VillageKind | RegencyKind | null;
  parentCode: string | null;
}

/** An area with the names of the areas above it, so that repeated village names can be told apart. */
export interface AreaWithPath extends Area {
  path: { code: string; name: string; level: AreaLevel }[];
}

const AREA_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isAreaCode(code: string): boolean {
  return AREA_CODE.test(code);
}

export function levelOfCode(code: string): AreaLevel {
  const parts = code.split('.').length;
  return AREA_LEVELS[parts - 1] ?? 'desa';
}

export function parentOfCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

export function villageKindOfCode(code: string): VillageKind | null {
  const parts = code.split('.');
  if (parts.length !== 4) return null;
  return parts[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/** Whether `code` is `ancestor` itself or lies under it (`73.04.05.2006` lies under `73.04`). */
export function isWithinArea(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

// Province codes by time zone (Kemendagri numbering). Everything not listed is WIB.
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function timeZoneOfCode(code: string): TimeZone {
  const province = code.slice(0, 2);
  if (WIT_PROVINCES.has(province)) return 'WIT';
  if (WITA_PROVINCES.has(province)) return 'WITA';
  return 'WIB';
}
