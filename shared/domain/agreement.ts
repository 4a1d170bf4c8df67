import { fillPlaceholders, unknownPlaceholdersOf } from '../text/placeholders';

/**
 * The wording of a berita acara kesepakatan (the signed agreement of a Rembuk Stunting or of any
 * Rakor that agrees commitments): an opening before the list of commitments and a closing after
 * it. Placeholders in braces are filled from the meeting, so one wording serves every meeting;
 * the office keeps its own as a document setting and may adjust it for one printing.
 */
export interface AgreementWording {
  opening: string;
  closing: string;
}

/** The office's wording as the Cetak dialog edits it; `custom` is false while Sirakor's default applies. */
export interface AgreementWordingSetup {
  wording: AgreementWording;
  custom: boolean;
}

/** What a placeholder stands for, as the wording help lists it. */
export const AGREEMENT_PLACEHOLDERS = [
  'hari',
  'tanggal',
  'tanggal_angka',
  'tempat',
  'rapat',
  'pimpinan',
  'peserta',
] as const;
export type AgreementPlaceholder = (typeof AGREEMENT_PLACEHOLDERS)[number];

export const DEFAULT_AGREEMENT_WORDING: AgreementWording = {
  opening:
    'Pada hari ini {hari} tanggal {tanggal} ({tanggal_angka}), bertempat di {tempat}, telah dilaksanakan ' +
    '{rapat} yang dipimpin oleh {pimpinan} dan dihadiri oleh {peserta}. Dalam rapat tersebut, para pihak ' +
    'yang bertanda tangan di bawah ini bersepakat melaksanakan komitmen tindak lanjut sebagai berikut:',
  closing:
    'Demikian berita acara kesepakatan ini dibuat dengan sebenarnya untuk dilaksanakan dengan penuh tanggung ' +
    'jawab oleh masing-masing pihak, dan dipergunakan sebagaimana mestinya.',
};

/** Longest opening or closing, characters: a page of running text. */
export const MAX_AGREEMENT_WORDING = 3_000;

/** Placeholders in `text` that are not in `AGREEMENT_PLACEHOLDERS` (`{tanggal }`, `{nama}`), as written. */
export function unknownPlaceholders(text: string): string[] {
  return unknownPlaceholdersOf(text, AGREEMENT_PLACEHOLDERS);
}

/** The wording with every placeholder replaced by its value. */
export function fillAgreementWording(text: string, values: Readonly<Record<AgreementPlaceholder, string>>): string {
  return fillPlaceholders(text, values);
}
