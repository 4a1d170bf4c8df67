import { DAY_NAMES_ID, MONTH_NAMES_ID, weekdayOf } from './dates';

/**
 * Numbers and dates in Indonesian words (terbilang), as legal documents write them: a berita
 * acara opens "Pada hari ini Jumat tanggal tujuh belas bulan Oktober tahun dua ribu dua puluh lima".
 */

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
const SCALES = [
  [1_000_000_000_000, 'triliun'],
  [1_000_000_000, 'miliar'],
  [1_000_000, 'juta'],
] as const;

function belowThousand(n: number): string {
  if (n < 10) return UNITS[n] as string;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`;
  return rest ? `${head} ${belowThousand(rest)}` : head;
}

/** `17` → `tujuh belas`, `2025` → `dua ribu dua puluh lima`, `1000` → `seribu`; whole numbers from 0. */
export function terbilang(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`terbilang: ${value}`);
  if (value < 1000) return belowThousand(value);
  const words: string[] = [];
  let rest = value;
  for (const [scale, name] of SCALES) {
    if (rest >= scale) {
      words.push(`${terbilang(Math.floor(rest / scale))} ${name}`);
      rest %= scale;
    }
  }
  if (rest >= 1000) {
    const thousands = Math.floor(rest / 1000);
    words.push(thousands === 1 ? 'seribu' : `${belowThousand(thousands)} ribu`);
    rest %= 1000;
  }
  if (rest > 0) words.push(belowThousand(rest));
  return words.join(' ');
}

/** `tujuh belas bulan Oktober tahun dua ribu dua puluh lima` for `2025-10-17`. */
export function dateInWordsId(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return `${terbilang(day)} bulan ${MONTH_NAMES_ID[month - 1] ?? ''} tahun ${terbilang(year)}`;
}

/** `Jumat` for `2025-10-17`. */
export function dayNameId(isoDate: string): string {
  return DAY_NAMES_ID[weekdayOf(isoDate)] as string;
}
