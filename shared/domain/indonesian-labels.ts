import type { CommitmentStatus } from './commitments';
import type { InstitutionLevel, Sector } from './directory';

/**
 * Indonesian names written into what Sirakor produces itself (the XLSX ledger, the dashboard's
 * sector rows, progress forms, WhatsApp messages): the same wording as the renderer's `sector.*` and `commitmentStatus.*` keys in
 * renderer/i18n/locales/id.ts (tests/unit/follow-up-labels.test.ts keeps them equal).
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

export const STATUS_LABELS_ID: Record<CommitmentStatus, string> = {
  not_started: 'Belum mulai',
  in_progress: 'Berjalan',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
};

export const INSTITUTION_LEVEL_LABELS_ID: Record<InstitutionLevel, string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten/Kota',
  kecamatan: 'Kecamatan',
  desa: 'Desa/Kelurahan',
};
