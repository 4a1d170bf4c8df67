import { formatNip } from '../format/nip';
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

/**
 * The signature block of a signatory: `heading` is what stands above the signature (`Pimpinan
 * Rapat,` or `CAMAT KELARA,`); the place-date line is printed above it when given.
 */
export function signatureOf(
  signatory: Signatory,
  heading: readonly string[],
  placeDate: string | null = null,
): Signature {
  const official = !signsWithoutNip(signatory.position);
  const nip = official && signatory.nip ? formatNip(signatory.nip) : null;
  return {
    placeDate,
    heading,
    name: signatory.name,
    rank: official ? signatory.rank : null,
    nip,
  };
}
