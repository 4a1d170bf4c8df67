/**
 * The *kode verifikasi*: an office's public keys as 24 decimal digits in six groups of four
 * (`4721 0093 5518 2046 7730 1189`), read aloud over the phone to compare with what the other
 * office's screen shows. Digits rather than words: every Indonesian reads digits the same way
 * whatever their regional language, a word list would need hundreds of words that no one
 * mishears on a bad line, and groups of four are how phone numbers are written and read here
 * ("nol delapan satu dua, ..."). 24 digits carry 79.7 bits: forging keys whose code matches an
 * office's would take about 2^79 key generations.
 *
 * The digits come from the first 15 bytes of a SHA-256 digest (computed on the Node side,
 * `electron/exchange/kode-verifikasi.ts`) taken modulo 10^24; the bias that leaves is below 10^-12.
 */

export const KODE_DIGITS = 24;
export const KODE_GROUP = 4;
const DIGEST_BYTES_USED = 15;

/** The code of a digest (at least 15 bytes): `dddd dddd dddd dddd dddd dddd`. */
export function kodeFromDigest(digest: Uint8Array): string {
  if (digest.length < DIGEST_BYTES_USED) throw new RangeError('digest too short');
  let value = 0n;
  for (let i = 0; i < DIGEST_BYTES_USED; i++) value = (value << 8n) | BigInt(digest[i] as number);
  const digits = (value % 10n ** BigInt(KODE_DIGITS)).toString().padStart(KODE_DIGITS, '0');
  const groups: string[] = [];
  for (let i = 0; i < KODE_DIGITS; i += KODE_GROUP) groups.push(digits.slice(i, i + KODE_GROUP));
  return groups.join(' ');
}

/** The digits of a code as someone typed it (spaces, dashes or dots between groups), or null. */
export function normaliseKode(input: string): string | null {
  const digits = input.replace(/[\s.\-–]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== KODE_DIGITS) return null;
  return digits;
}

/** Whether a code typed or read back matches the code shown. */
export function sameKode(a: string, b: string): boolean {
  const left = normaliseKode(a);
  return left !== null && left === normaliseKode(b);
}

const KODE_PATTERN = new RegExp(`^\\d{${KODE_GROUP}}( \\d{${KODE_GROUP}}){${KODE_DIGITS / KODE_GROUP - 1}}$`);

/** Whether a text is a code as `kodeFromDigest` writes it. */
export function isKode(text: string): boolean {
  return KODE_PATTERN.test(text);
}
