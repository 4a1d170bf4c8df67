import type { Db } from '../../electron/db/connection';

export const KABUPATEN_CODE = '73.04';
export const PROVINCE_CODE = '73';

export interface Village {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  kecamatan: Kecamatan;
}

export interface Kecamatan {
  code: string;
  name: string;
  /** Three letters used in letter numbers (`KLR` for Kelara). */
  abbreviation: string;
  villages: Village[];
}

export interface Kabupaten {
  code: string;
  name: string;
  kecamatan: Kecamatan[];
  villages: Village[];
}

/** `Kelara` → `KLR`: the first letter and the next consonants, as offices abbreviate. */
function abbreviationOf(name: string): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  const consonants = letters.slice(1).replace(/[AEIOU]/g, '');
  return (letters.charAt(0) + consonants).slice(0, 3);
}

/**
 * Kabupaten Jeneponto as the areas table holds it (the shipped Kemendagri list, loaded on first
 * run as the store does): 11 kecamatan and 113 desa/kelurahan, in code order.
 */
export function readJeneponto(db: Db): Kabupaten {
  const kabupaten = db.prepare('SELECT code, name FROM areas WHERE code = ?').get(KABUPATEN_CODE) as
    { code: string; name: string } | undefined;
  if (!kabupaten) throw new Error(`Area ${KABUPATEN_CODE} is missing: load the regions before generating`);
  const children = db.prepare('SELECT code, name, kind FROM areas WHERE parent_code = ? ORDER BY code');
  const kecamatan = (children.all(KABUPATEN_CODE) as { code: string; name: string }[]).map((row) => {
    const entry: Kecamatan = { code: row.code, name: row.name, abbreviation: abbreviationOf(row.name), villages: [] };
    entry.villages = (children.all(row.code) as { code: string; name: string; kind: 'desa' | 'kelurahan' }[]).map(
      (village) => ({ ...village, kecamatan: entry }),
    );
    return entry;
  });
  return { ...kabupaten, kecamatan, villages: kecamatan.flatMap((k) => k.villages) };
}

/** `Desa Gantarang`, `Kelurahan Tolo`: how titles and minutes name a village. */
export function villageLabel(village: Village): string {
  return `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}`;
}
