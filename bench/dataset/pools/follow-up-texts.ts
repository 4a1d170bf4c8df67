import type { Sector } from '../../../shared/domain/directory';
import { OBSTACLES } from './minutes-texts';
import type { Template } from './scene';

/** What an institution of a sector promises when no catalogue activity fits it. */
export const SECTOR_PROMISES: Record<Sector, readonly string[]> = {
  pemerintahan: [
    'Menganggarkan kegiatan pencegahan stunting dalam APBDes',
    'Memfasilitasi rembuk stunting desa',
    'Menyampaikan laporan kegiatan TPPS kepada Sekretariat TPPS Kabupaten',
  ],
  kesehatan: ['Menyampaikan data balita gizi kurang dan gizi buruk setiap bulan', 'Memutakhirkan data e-PPGBM'],
  keluarga_berencana: [
    'Memutakhirkan data keluarga berisiko stunting',
    'Memperkuat TPPS desa dan Tim Pendamping Keluarga',
  ],
  perencanaan: ['Menyelaraskan program dan anggaran stunting dalam rencana aksi terpadu'],
  pemberdayaan_desa: ['Mendampingi desa menyusun kegiatan stunting dalam APBDes', 'Melatih Kader Pembangunan Manusia'],
  pkk: ['Menggerakkan kader PKK mendampingi keluarga berisiko stunting', 'Menggerakkan pemanfaatan pekarangan bergizi'],
  agama: [
    'Melaksanakan bimbingan perkawinan bagi calon pengantin',
    'Menyampaikan pesan pencegahan stunting melalui penyuluh agama',
  ],
  tni_polri: ['Mengerahkan Babinsa mendampingi kunjungan rumah TPK', 'Mendukung pengamanan penyaluran bantuan pangan'],
  pendidikan: [
    'Melaksanakan minum TTD bersama setiap Jumat di sekolah',
    'Mengintegrasikan PAUD dengan layanan posyandu',
  ],
  sosial: [
    'Memutakhirkan DTKS keluarga berisiko stunting',
    'Menyalurkan bantuan pangan bagi keluarga berisiko stunting',
  ],
  pekerjaan_umum: ['Membangun sarana air minum di desa lokus', 'Membangun jamban sehat keluarga'],
  pertanian_pangan: ['Membagikan bibit sayur dan ternak untuk pekarangan keluarga berisiko stunting'],
  kependudukan: ['Menerbitkan akta kelahiran dan NIK balita di desa lokus'],
  swasta_mitra: ['Menyalurkan dana CSR untuk PMT lokal dan jamban sehat'],
  lainnya: ['Mempublikasikan data stunting kabupaten'],
};

export const PROMISE_TAILS = [
  '',
  ' bersama kader TPK',
  ' sesuai data sasaran hasil verifikasi',
  ' dan melaporkan hasilnya pada rakor berikutnya',
] as const;

export const PROGRESS_NOTES = {
  not_started: [
    (s) => `Belum dilaksanakan karena ${s.rng.pick(OBSTACLES)}.`,
    () => 'Menunggu pencairan anggaran.',
    () => 'Masih dalam tahap koordinasi dengan pemerintah desa.',
  ],
  in_progress: [
    (s) => {
      const villages = s.rng.int(3, 14);
      return `Telah dilaksanakan di ${s.rng.int(1, villages - 1)} dari ${villages} desa sasaran.`;
    },
    (s) => `Kegiatan berjalan; ${s.rng.int(15, 85)}% sasaran telah terjangkau.`,
    (s) => `Anggaran telah dicairkan, pelaksanaan dimulai bulan ${s.month}.`,
    () => 'Koordinasi dengan puskesmas dan pemerintah desa telah dilakukan.',
    () => 'Data sasaran telah diverifikasi bersama TPK.',
  ],
  done: [
    () => 'Selesai dilaksanakan; laporan dan dokumentasi diserahkan ke Sekretariat TPPS.',
    () => 'Seluruh sasaran telah terjangkau.',
    () => 'Kegiatan selesai sesuai jadwal.',
  ],
  cancelled: [
    () => 'Dibatalkan karena anggaran dialihkan (refocusing).',
    () => 'Tidak dilanjutkan; kegiatan digabung dengan program instansi lain.',
    () => 'Dibatalkan karena sasaran sudah ditangani program lain.',
  ],
} satisfies Record<string, readonly Template[]>;
