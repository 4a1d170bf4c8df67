import { unknownPlaceholdersOf } from '../text/placeholders';

/**
 * Letter numbers (nomor surat) as an office writes them: its pattern, e.g.
 * `400.5.7/{nomor}/{kode}/{bulan romawi}/{tahun}` (the classification code, the running number of
 * the year, the office's code for the kind of letter, the month in Roman numerals, the year), with
 * a code per kind of letter. Sirakor issues the running number (buku agenda surat keluar); a number
 * typed by hand is read back with the same pattern so it takes its place in the year's sequence.
 */
export const LETTER_KINDS = ['undangan', 'berita_acara', 'laporan', 'lainnya'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const NUMBER_PLACEHOLDERS = ['nomor', 'kode', 'bulan romawi', 'bulan', 'tahun'] as const;

export interface LetterNumbering {
  pattern: string;
  codes: Record<LetterKind, string>;
}

export const DEFAULT_NUMBER_PATTERN = '400.5.7/{nomor}/{kode}/{bulan romawi}/{tahun}';
export const MAX_PATTERN_LENGTH = 120;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export function romanMonth(month: number): string {
  return ROMAN[month - 1] ?? '';
}

/**
 * A short code from a place's name, as offices write them (`Kelara` → `KLR`, `Jeneponto` →
 * `JNP`): its first letter and the consonants after it, three letters.
 */
export function placeCode(name: string): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  const [first = '', ...rest] = letters;
  return (first + rest.filter((c) => !'AEIOU'.includes(c)).join('')).slice(0, 3) || 'SRK';
}

export function defaultNumbering(placeName: string): LetterNumbering {
  const code = placeCode(placeName);
  return {
    pattern: DEFAULT_NUMBER_PATTERN,
    codes: { undangan: code, berita_acara: code, laporan: code, lainnya: code },
  };
}

/** What is wrong with a pattern: an unknown placeholder, or a missing `{nomor}` or `{tahun}`. */
export function patternProblem(pattern: string): { key: string; params?: Record<string, string> } | null {
  const [unknown] = unknownPlaceholdersOf(pattern, NUMBER_PLACEHOLDERS);
  if (unknown !== undefined)
    return {
      key: 'letters.unknownPlaceholder',
      params: { placeholder: `{${unknown}}`, known: NUMBER_PLACEHOLDERS.map((p) => `{${p}}`).join(', ') },
    };
  // Without the year a number would come back every year; without the running number, every letter.
  if (!pattern.includes('{nomor}')) return { key: 'letters.patternNeedsNumber' };
  if (!pattern.includes('{tahun}')) return { key: 'letters.patternNeedsYear' };
  return null;
}

/** The number of the `sequence`-th letter of the year of `letterDate` (`YYYY-MM-DD`). */
export function formatLetterNumber(
  numbering: LetterNumbering,
  kind: LetterKind,
  sequence: number,
  letterDate: string,
): string {
  const [year = '', month = '1'] = letterDate.split('-');
  const values: Record<string, string> = {
    nomor: String(sequence),
    kode: numbering.codes[kind],
    'bulan romawi': romanMonth(Number(month)),
    bulan: String(Number(month)),
    tahun: year,
  };
  return numbering.pattern.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The key under which a number is unique: case and spaces do not make another number. */
export function numberKey(number: string): string {
  return number.toLowerCase().replace(/\s+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a number written with the office's pattern back into its running number and year; null
 * when it does not follow the pattern (a letter numbered by another system).
 */
export function parseLetterNumber(
  numbering: LetterNumbering,
  number: string,
): { sequence: number; year: number } | null {
  const codes = [...new Set(Object.values(numbering.codes))].filter(Boolean).map(escapeRegExp);
  const parts: string[] = [];
  const groups: string[] = [];
  let last = 0;
  for (const match of numbering.pattern.matchAll(/\{([^{}]*)\}/g)) {
    parts.push(escapeRegExp(numbering.pattern.slice(last, match.index).replace(/\s+/g, '')));
    const name = match[1] as string;
    groups.push(name);
    if (name === 'nomor') parts.push('0*([1-9]\\d{0,5})');
    else if (name === 'tahun') parts.push('(\\d{4})');
    else if (name === 'bulan romawi') parts.push(`(${[...ROMAN].reverse().join('|')})`);
    else if (name === 'bulan') parts.push('(\\d{1,2})');
    else parts.push(codes.length > 0 ? `(${codes.join('|')})` : '(.*?)');
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(escapeRegExp(numbering.pattern.slice(last).replace(/\s+/g, '')));
  const found = new RegExp(`^${parts.join('')}$`, 'i').exec(number.trim().replace(/\s+/g, ''));
  if (!found) return null;
  const sequence = Number(found[groups.indexOf('nomor') + 1]);
  const year = Number(found[groups.indexOf('tahun') + 1]);
  return year >= 2000 && year <= 2100 ? { sequence, year } : null;
}

/** Indonesian names of the kinds, as the register prints them (the app's `letters.kinds.*`). */
export const LETTER_KIND_LABELS_ID: Record<LetterKind, string> = {
  undangan: 'Undangan',
  berita_acara: 'Berita Acara',
  laporan: 'Laporan',
  lainnya: 'Lainnya',
};
