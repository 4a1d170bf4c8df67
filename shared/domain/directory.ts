import type { DirectoryCopy } from './directory-links';
import type { RecordOrigin } from './origin';
/**
 * Sectors of a cross-sector coordination team (DOMAIN.md). Counted per meeting and used to group
 * completion rates, so the list is fixed in code; the labels live in i18n (`sector.<value>`).
 */
export const SECTORS = [
  'pemerintahan',
  'kesehatan',
  'keluarga_berencana',
  'perencanaan',
  'pemberdayaan_desa',
  'pkk',
  'agama',
  'tni_polri',
  'pendidikan',
  'sosial',
  'pekerjaan_umum',
  'pertanian_pangan',
  'kependudukan',
  'swasta_mitra',
  'lainnya',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The sectors in Indonesian, as the host writes them into what it makes itself (the XLSX ledger,
 * the dashboard's rows, the reports). The renderer's Indonesian `sector.*` are these, so the
 * screens and the files say the same words.
 */
export const SECTOR_LABELS_ID: Record<Sector, string> = {
  pemerintahan: 'Pemerintahan',
  kesehatan: 'Kesehatan',
  keluarga_berencana: 'Keluarga Berencana',
  perencanaan: 'Perencanaan',
  pemberdayaan_desa: 'Pemberdayaan Masyarakat dan Desa',
  pkk: 'PKK',
  agama: 'Agama',
  tni_polri: 'TNI/Polri',
  pendidikan: 'Pendidikan',
  sosial: 'Sosial',
  pekerjaan_umum: 'Pekerjaan Umum dan Permukiman',
  pertanian_pangan: 'Pertanian dan Pangan',
  kependudukan: 'Kependudukan dan Catatan Sipil',
  swasta_mitra: 'Swasta/Mitra',
  lainnya: 'Lainnya',
};

/** The levels in Indonesian: the host's files and the renderer's `level.*`. */
export const INSTITUTION_LEVEL_LABELS_ID: Record<InstitutionLevel, string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten/Kota',
  kecamatan: 'Kecamatan',
  desa: 'Desa/Kelurahan',
};

/** Government level an institution works at. */
export const INSTITUTION_LEVELS = ['pusat', 'provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];

export interface Institution {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  level: InstitutionLevel;
  areaCode: string | null;
  areaName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  /** The office the entry came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
  /** In the directory's list: the other records linked with this one (shown as one entry). */
  copies?: DirectoryCopy[];
}

export interface Person {
  id: string;
  /** Stored exactly as written, titles included (`H. Islam Iskandar, S.Sos.`); never split or re-cased. */
  name: string;
  position: string | null;
  institutionId: string | null;
  institutionName: string | null;
  /** 18 digits without spaces; printed grouped (see shared/format/nip.ts). */
  nip: string | null;
  rank: string | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  /** The office the entry came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
  /** In the directory's list: the other records linked with this one (shown as one entry). */
  copies?: DirectoryCopy[];
}

export interface Page<T> {
  items: T[];
  total: number;
}
