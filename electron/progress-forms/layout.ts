/**
 * The layout of a *formulir laporan progres*, shared by the writer and the reader: a title block,
 * the header on row 6, one row per commitment from row 7. Columns A–F are read-only (the sheet is
 * protected), G–K are for the institution to fill, L is hidden and holds the codes (the form's in
 * L1, each row's beside it). The reader finds the form by its code and checks the headers of the
 * columns it reads, so a form rearranged by hand is refused rather than misread.
 */
export const FORM_SHEET_NAME = 'Formulir Progres';
export const HEADER_ROW = 6;
export const FIRST_ROW = 7;
/** The form's own code sits in this row of the code column. */
export const FORM_CODE_ROW = 1;
/** Commitments one form holds at most (the reader stops there too). */
export const MAX_FORM_ROWS = 2_000;

export interface FormColumn {
  header: string;
  /** Excel column width, characters. */
  width: number;
  editable?: boolean;
}

export const COLUMNS = {
  no: 1,
  commitment: 2,
  meeting: 3,
  due: 4,
  current: 5,
  last: 6,
  status: 7,
  percent: 8,
  reportedOn: 9,
  done: 10,
  reporter: 11,
  code: 12,
} as const;

export type FormColumnKey = keyof typeof COLUMNS;

export const FORM_COLUMNS: Record<FormColumnKey, FormColumn> = {
  no: { header: 'No', width: 5 },
  commitment: { header: 'Komitmen', width: 38 },
  meeting: { header: 'Rapat asal', width: 24 },
  due: { header: 'Target waktu', width: 15 },
  current: { header: 'Status saat ini', width: 14 },
  last: { header: 'Laporan terakhir', width: 26 },
  status: { header: 'Status baru', width: 14, editable: true },
  percent: { header: 'Persen (0–100)', width: 11, editable: true },
  reportedOn: { header: 'Tanggal laporan', width: 17, editable: true },
  done: { header: 'Yang telah dilakukan', width: 38, editable: true },
  reporter: { header: 'Nama pelapor', width: 20, editable: true },
  code: { header: 'Kode (jangan diubah)', width: 2 },
};

/** The columns the institution fills, in order. */
export const EDITABLE_KEYS = ['status', 'percent', 'reportedOn', 'done', 'reporter'] as const;
export type EditableKey = (typeof EDITABLE_KEYS)[number];

export const FORM_TITLE = 'FORMULIR LAPORAN PROGRES KOMITMEN';
export const FORM_INSTRUCTIONS = [
  'Petunjuk: isi hanya kolom berwarna kuning (Status baru, Persen, Tanggal laporan, Yang telah dilakukan, Nama pelapor) untuk komitmen yang ada perkembangannya; baris yang dibiarkan kosong berarti belum ada laporan.',
  'Jangan menambah, menghapus atau memindahkan baris dan kolom. Simpan tetap sebagai berkas Excel (.xlsx) lalu kirim kembali ke sekretariat.',
];
