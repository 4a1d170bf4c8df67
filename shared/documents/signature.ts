import { formatNip } from '../format/nip';
import type { SignerNameCase } from '../domain/document-settings';
import type { Signature } from './model';

/** Who signs: the name as written (titles included) and the official details from the directory. */
export interface Signatory {
  name: string;
  /** The signing position, e.g. `Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten`. */
  position: string | null;
  /** Pangkat/golongan, e.g. `Pembina, IV/a`. */
  rank: string | null;
  /** 18 digits, with or without spaces. */
  nip: string | null;
}

/**
 * Regional heads and the regional secretary sign without pangkat and NIP (Permendagri 1/2023
 * art. 44): the Bupati, Wakil Bupati and Sekda, and their counterparts in a kota. Matched at the
 * start of the position, so `Staf Ahli Bupati` (a civil servant) still prints a NIP.
 */
const SIGNS_WITHOUT_NIP = /^\s*(wakil\s+)?(bupati|wali\s*kota)\b|^\s*(sekretaris\s+daerah|sekda)\b/i;

export function signsWithoutNip(position: string | null): boolean {
  return position !== null && SIGNS_WITHOUT_NIP.test(position);
}

/** Titles written before a name, kept as written when the name is printed in capitals. */
const NAME_PREFIX_TITLES = new Set([
  'prof.',
  'dr.',
  'drg.',
  'drs.',
  'dra.',
  'ir.',
  'h.',
  'hj.',
  'kh.',
  'ns.',
  'apt.',
  'bd.',
  'bdn.',
]);

/**
 * A name as the signature prints it: as written, or in capitals (`H. ISLAM ISKANDAR, S.Sos.`),
 * where the titles before the name and the degrees after its first comma stay as written.
 */
export function signatureName(name: string, nameCase: SignerNameCase = 'as_written'): string {
  if (nameCase === 'as_written') return name;
  const comma = name.indexOf(',');
  const [own, degrees] = comma < 0 ? [name, ''] : [name.slice(0, comma), name.slice(comma)];
  let prefix = true;
  const words = own.split(/(\s+)/).map((word) => {
    if (prefix && (word.trim() === '' || NAME_PREFIX_TITLES.has(word.toLocaleLowerCase('id')))) return word;
    prefix = false;
    return word.toLocaleUpperCase('id');
  });
  return words.join('') + degrees;
}

/**
 * The signature block of a signatory: `heading` is what stands above the signature (`Pimpinan
 * Rapat,` or `CAMAT KELARA,`); the place-date line is printed above it when given; the name as
 * written or in capitals, as the office prints it (Pengaturan → Dokumen).
 */
export function signatureOf(
  signatory: Signatory,
  heading: readonly string[],
  placeDate: string | null = null,
  nameCase: SignerNameCase = 'as_written',
): Signature {
  const official = !signsWithoutNip(signatory.position);
  const nip = official && signatory.nip ? formatNip(signatory.nip) : null;
  return {
    placeDate,
    heading,
    name: signatureName(signatory.name, nameCase),
    rank: official ? signatory.rank : null,
    nip,
  };
}

/** What a signature would lack: pangkat, NIP, or the signer is not in the directory at all. */
type SignerGap = 'rank' | 'nip' | 'directory';

/**
 * What a signer's block will lack on paper. Officials who sign without pangkat and NIP (Bupati,
 * Wakil Bupati, Sekda) lack nothing; a signer typed by name, not chosen from the directory, has
 * none of them; anyone else lacks the pangkat or NIP their directory entry does not have.
 */
export function signerGaps(
  position: string | null,
  details: { rank: string | null; nip: string | null } | null,
): SignerGap[] {
  if (signsWithoutNip(position)) return [];
  if (!details) return ['directory'];
  const gaps: SignerGap[] = [];
  if (!details.rank?.trim()) gaps.push('rank');
  if (!details.nip?.trim()) gaps.push('nip');
  return gaps;
}

/** A signer of the minutes whose block would lack something, and what. */
export interface SignerWarning {
  role: 'chair' | 'minute_taker';
  name: string;
  /** The signer's directory entry, to complete it; null for a signer typed by name. */
  personId: string | null;
  missing: SignerGap[];
}

/** What Sirakor checks before the chair approves the minutes. */
export interface ApprovalCheck {
  signers: SignerWarning[];
}
