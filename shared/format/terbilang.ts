const UNITS = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

function below1000(n: number): string {
  if (n < 12) return UNITS[n] as string;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return [`${UNITS[Math.floor(n / 10)]} puluh`, UNITS[n % 10]].filter(Boolean).join(' ');
  const hundreds = Math.floor(n / 100);
  return [hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`, below1000(n % 100)].filter(Boolean).join(' ');
}

/**
 * A whole number in Indonesian words (*terbilang*), as letters write counts and amounts:
 * `1 (satu) lembar`, `seribu dua ratus`. Up to 999,999,999,999.
 */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999_999) throw new RangeError(`terbilang: ${n}`);
  if (n === 0) return 'nol';
  const parts: string[] = [];
  for (const [size, name] of [
    [1_000_000_000, 'miliar'],
    [1_000_000, 'juta'],
    [1_000, 'ribu'],
  ] as const) {
    const count = Math.floor(n / size) % 1000;
    if (count === 0) continue;
    parts.push(size === 1_000 && count === 1 ? 'seribu' : `${below1000(count)} ${name}`);
  }
  if (n % 1000) parts.push(below1000(n % 1000));
  return parts.join(' ');
}
