import type { Sector } from '../../../shared/domain/directory';

/** The Perpres that renamed the teams TPPS took effect on 5 August 2021; titles before it say so. */
export const TPPS_SINCE = '2021-08-05';

export const TECHNICAL_TOPICS = [
  'Verifikasi dan Validasi Data Keluarga Berisiko Stunting',
  'Penyusunan Rencana Kegiatan Penurunan Stunting',
  'Persiapan Pengukuran Serentak Balita',
  'Pemutakhiran Data e-PPGBM',
  'Penyaluran PMT Lokal bagi Balita dan Ibu Hamil',
  'Penyusunan Laporan Aksi Konvergensi',
  'Pelaksanaan Audit Kasus Stunting',
  'Penguatan Tim Pendamping Keluarga',
  'Sinkronisasi Dana Desa untuk Pencegahan Stunting',
  'Percepatan Jamban Sehat dan Air Minum Layak',
  'Pendampingan Calon Pengantin',
  'Distribusi Tablet Tambah Darah Remaja Putri',
] as const;

export const MONITORING_TOPICS = [
  'Pelaksanaan Intervensi Spesifik',
  'Pelaksanaan Intervensi Sensitif',
  'Kinerja TPPS',
  'Pendampingan Keluarga Berisiko Stunting',
  'Pelaksanaan Aksi Konvergensi',
  'Tindak Lanjut Komitmen Rembuk Stunting',
] as const;

export const KABUPATEN_OTHER_TITLES = [
  'Rapat Persiapan Hari Keluarga Nasional',
  'Sosialisasi Peraturan Bupati tentang Peran Desa dalam Penurunan Stunting',
  'Audit Kasus Stunting',
  'Forum Koordinasi Mitra Pembangunan dan CSR untuk Stunting',
] as const;

export const VILLAGE_OTHER_TITLES = [
  'Musyawarah Desa Khusus Penanganan Stunting',
  'Sosialisasi Pencegahan Stunting bagi Calon Pengantin',
  'Rapat Kader Posyandu dan TPK',
  'Pertemuan Kelas Ibu Balita dan Kader',
] as const;

export const KABUPATEN_VENUES = [
  'Ruang Pola Kantor Bupati Jeneponto',
  'Aula Bappeda Kabupaten Jeneponto',
  'Ruang Rapat Wakil Bupati Jeneponto',
  'Aula Dinas Kesehatan Kabupaten Jeneponto',
  'Aula DPPKB Kabupaten Jeneponto',
] as const;

export const OPENING_TITLES = [
  'Pembukaan',
  'Pembukaan dan pembacaan doa',
  'Pembukaan dan sambutan tuan rumah',
] as const;
export const DISCUSSION_TITLES = [
  'Diskusi dan tanya jawab',
  'Pembahasan rencana tindak lanjut',
  'Penyusunan rencana aksi terpadu',
  'Pembahasan kendala di lapangan',
  'Pembahasan dan penyepakatan komitmen',
] as const;
export const CLOSING_TITLES = ['Penutup', 'Kesimpulan dan penutup', 'Pembacaan komitmen dan penutup'] as const;
export const FOLLOW_UP_TITLE = 'Reviu tindak lanjut komitmen rapat sebelumnya';

/** What an institution presents, by its sector; `{year}` is the meeting's year. */
export const PRESENTATION_TOPICS: Record<Sector, readonly string[]> = {
  kesehatan: [
    'capaian intervensi spesifik',
    'data balita stunting hasil pengukuran terakhir',
    'cakupan TTD ibu hamil dan remaja putri',
    'penanganan balita gizi buruk dan gizi kurang',
  ],
  keluarga_berencana: [
    'pendampingan keluarga berisiko stunting oleh TPK',
    'data keluarga berisiko stunting (Elsimil)',
    'pendampingan calon pengantin',
  ],
  perencanaan: ['konvergensi program dan anggaran', 'rencana kegiatan penurunan stunting {year}'],
  pemerintahan: ['laporan pelaksanaan kegiatan stunting', 'penggunaan Dana Desa untuk stunting'],
  pemberdayaan_desa: ['penggunaan Dana Desa untuk pencegahan stunting', 'peran Kader Pembangunan Manusia'],
  pkk: ['peran kader PKK dalam pendampingan keluarga', 'gerakan pemanfaatan pekarangan bergizi'],
  agama: ['bimbingan perkawinan dan pemeriksaan calon pengantin', 'pencegahan perkawinan anak'],
  tni_polri: ['dukungan Babinsa dan Bhabinkamtibmas dalam pendampingan keluarga'],
  pendidikan: ['TTD remaja putri di sekolah', 'PAUD holistik integratif'],
  sosial: ['penyaluran bantuan sosial bagi keluarga berisiko stunting', 'pemutakhiran DTKS'],
  pekerjaan_umum: ['pembangunan air minum dan sanitasi di desa lokus'],
  pertanian_pangan: ['ketersediaan pangan bergizi dan pemanfaatan pekarangan'],
  kependudukan: ['kepemilikan akta kelahiran dan NIK balita'],
  swasta_mitra: ['dukungan program CSR untuk pencegahan stunting'],
  lainnya: ['publikasi data stunting', 'dukungan program'],
};
