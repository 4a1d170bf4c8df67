import type { LetterheadLine, Margins, PaperSize } from '../documents/model';
import { villageKindOfCode } from './areas';
import type { OfficeIdentity } from './settings';

/**
 * How the office's documents look (Pengaturan → Dokumen): the kop surat, paper and margins, and
 * the place written on the place-date line. The logo is a file in the data folder, referenced
 * here by name; its bytes are read by the host and handed to the reports separately.
 */
export interface DocumentSettings {
  letterhead: {
    /** Government and office name, top to bottom, e.g. PEMERINTAH KABUPATEN JENEPONTO / KECAMATAN KELARA. */
    lines: LetterheadLine[];
    address: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
    /** File name of the emblem (PNG/JPEG) inside the data folder, or null for none. */
    logoFile: string | null;
  };
  paper: PaperSize;
  margins: Margins;
  /** `Kelara` in `Kelara, 17 Oktober 2025`. */
  placeName: string;
  /**
   * Signers' names as written (`H. Islam Iskandar, S.Sos.`, the default) or in capitals
   * (`H. ISLAM ISKANDAR, S.Sos.`), as offices differ; settings saved before it print as written.
   */
  signerNameCase?: SignerNameCase;
}

export const SIGNER_NAME_CASES = ['as_written', 'capitals'] as const;
export type SignerNameCase = (typeof SIGNER_NAME_CASES)[number];

/** Names of the office's areas as the region list spells them (`Kabupaten Jeneponto`, `Kelara`). */
interface OfficeAreaNames {
  kabupaten: string;
  kecamatan: string | null;
  desa: string | null;
}

/** A common rule for official letters (DOMAIN.md): top 2, bottom 2.5, left 3, right 2 cm. */
const DEFAULT_MARGINS: Margins = { top: 20, right: 20, bottom: 25, left: 30 };

const KABUPATEN_PREFIX = /^(kabupaten|kota)\s+/i;

/**
 * Starting settings for an office, derived from its identity: the kop names the regional
 * government and then the office (`KECAMATAN KELARA`, `DESA TOMBOLO`…); F4 paper, as most
 * regional offices file on folio.
 */
export function defaultDocumentSettings(office: OfficeIdentity, names: OfficeAreaNames): DocumentSettings {
  const government: LetterheadLine = { text: `PEMERINTAH ${names.kabupaten.toUpperCase()}`, size: 14, bold: true };
  const lines: LetterheadLine[] = [government];
  let placeName = names.kabupaten.replace(KABUPATEN_PREFIX, '');
  if (office.level === 'kabupaten') {
    lines.push({ text: office.officeName.toUpperCase(), size: 16, bold: true });
  } else if (office.level === 'kecamatan' && names.kecamatan) {
    lines.push({ text: `KECAMATAN ${names.kecamatan.toUpperCase()}`, size: 16, bold: true });
    placeName = names.kecamatan;
  } else if (office.level === 'desa' && names.desa) {
    const kind = office.desaCode ? villageKindOfCode(office.desaCode) : null;
    if (names.kecamatan) lines.push({ text: `KECAMATAN ${names.kecamatan.toUpperCase()}`, size: 14, bold: true });
    lines.push({ text: `${(kind ?? 'desa').toUpperCase()} ${names.desa.toUpperCase()}`, size: 16, bold: true });
    placeName = names.desa;
  }
  return {
    letterhead: { lines, address: office.address, phone: null, email: null, website: null, logoFile: null },
    paper: 'F4',
    margins: { ...DEFAULT_MARGINS },
    placeName,
  };
}

/** Who signs the office's letters by default, and the usual copies (Tembusan). */
export interface LetterDefaults {
  /** The head of the office in the directory (e.g. the camat); chosen again per letter if needed. */
  signerPersonId: string | null;
  /** What stands above the signature, e.g. `CAMAT KELARA,`; by default the signer's position. */
  signerHeading: string | null;
  copies: string[];
}

export const DEFAULT_LETTER_DEFAULTS: LetterDefaults = { signerPersonId: null, signerHeading: null, copies: [] };

export const MEETING_DOCUMENTS = ['undangan', 'daftar_hadir', 'daftar_hadir_terisi', 'notulen'] as const;
export type MeetingDocument = (typeof MEETING_DOCUMENTS)[number];

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The office's document settings as the settings screen edits them. */
export interface DocumentSetup {
  settings: DocumentSettings;
  letters: LetterDefaults;
  /** The logo as stored, for the settings screen to show; null when there is none. */
  logo: { fileName: string; mediaType: string; dataBase64: string } | null;
}
