import type { DocumentSettings } from '../../domain/document-settings';
import { TIME_ZONE_OFFSET_HOURS, type TimeZone } from '../../domain/areas';
import type { Participant } from '../../domain/participants';
import type { Orientation, PageSetup } from '../model';

export function pageSetupOf(settings: DocumentSettings, orientation: Orientation = 'portrait'): PageSetup {
  return { paper: settings.paper, orientation, margins: settings.margins };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant, in the meeting's time zone. */
export function localDateOf(timestamp: string, zone: TimeZone): string {
  const shifted = new Date(Date.parse(timestamp) + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** Words of an institution's name that say what kind of body it is, not which one. */
const GENERIC_WORDS = new Set([
  'pemerintah',
  'provinsi',
  'kabupaten',
  'kota',
  'kecamatan',
  'kelurahan',
  'desa',
  'kantor',
  'camat',
  'dinas',
  'badan',
  'se',
]);

function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('id')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a position already names its institution: every word that tells the institution apart
 * (`Kelara` of `Kecamatan Kelara`, `Puskesmas Tolo`) is in the position (`Camat Kelara`, `Kepala
 * Puskesmas Tolo`, `Wakil Bupati Jeneponto` for `Pemerintah Kabupaten Jeneponto`), or those of
 * its short name (`Kepala DPPKB Kabupaten Jeneponto` for `DPPKB`).
 */
export function positionNamesInstitution(position: string, institution: string, shortName?: string | null): boolean {
  const said = new Set(wordsOf(position));
  const named = (name: string): boolean => {
    const telling = wordsOf(name).filter((word) => !GENERIC_WORDS.has(word));
    return (telling.length ? telling : wordsOf(name)).every((word) => said.has(word));
  };
  return named(institution) || (shortName ? named(shortName) : false);
}

/**
 * `Jabatan / Instansi` of a participant: the position, followed by the institution unless the
 * position already names it (`Camat Kelara` needs no `Kecamatan Kelara` after it).
 */
export function positionAndInstitution(p: Participant): string {
  const position = p.personPosition ?? p.freePosition;
  const institution = p.institutionName;
  if (position && institution && !positionNamesInstitution(position, institution, p.institutionShortName))
    return `${position}, ${institution}`;
  return position ?? institution ?? '';
}

/** How a letter addresses an invitee: by position (`Camat Rumbia`), else by name or institution. */
export function addresseeOf(p: Participant): string {
  return p.personPosition ?? p.freePosition ?? p.institutionName ?? p.personName ?? p.freeName ?? '';
}

export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}
