import { foldForSearch } from '../text/fold';

/**
 * Matching keys of the shared directory (docs/exchange.md "Shared directory"): two institutions
 * in the same area whose names say the same once case, spaces, punctuation and the common
 * abbreviations are set aside are likely one institution ("PKM  Kelara" and "Puskesmas Kelara.").
 */
const ABBREVIATIONS: Record<string, string> = {
  pkm: 'puskesmas',
  kec: 'kecamatan',
  kab: 'kabupaten',
  kel: 'kelurahan',
  ds: 'desa',
  dinkes: 'dinas kesehatan',
  disdik: 'dinas pendidikan',
  kua: 'kantor urusan agama',
};

/** Words that say how an institution is organised, not which one it is ("UPT Puskesmas Kelara"). */
const LEFT_OUT = new Set(['upt', 'uptd']);

/**
 * The name of an institution as it is compared: folded, without punctuation, abbreviations spelled
 * out, organisational prefixes left out.
 */
export function institutionNameKey(name: string): string {
  return foldForSearch(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => !LEFT_OUT.has(word))
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** The key two institutions are likely the same on: their area and their compared name. */
export function institutionKey(areaCode: string | null, name: string): string {
  return `${areaCode ?? ''}|${institutionNameKey(name)}`;
}
